<?php
/**
 * One dynamic block per widget, the shortcode, and the scripts: registered on every request,
 * enqueued only by a request that renders a widget.
 *
 * @package BackPainWidgets
 */

namespace BackPainWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const HANDLE = 'back-pain-widgets';

/** The plugin's main file, for plugins_url(). */
function plugin_file() {
	return dirname( __DIR__ ) . '/back-pain-widgets.php';
}

/**
 * Element attribute name for a block attribute: contactUrl → contact-url.
 *
 * @param string $name camelCase name.
 * @return string
 */
function kebab( $name ) {
	return strtolower( preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', $name ) );
}

add_action(
	'init',
	static function () {
		$version = data()['version'];
		wp_register_script_module( HANDLE, plugins_url( 'assets/loader.js', plugin_file() ), array(), $version );
		wp_register_style( HANDLE, false, array(), $version );
		wp_register_script( HANDLE . '-preview', plugins_url( 'preview.js', plugin_file() ), array(), $version, false );
		wp_register_script( HANDLE . '-editor', plugins_url( 'editor.js', plugin_file() ), array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ), $version, true );
		wp_add_inline_script( HANDLE . '-editor', 'window.backPainWidgets = ' . wp_json_encode( editor_data() ) . ';', 'before' );

		// The inserter shows the widget's own title in the site's language (block.json has English).
		$language = language_for_locale( get_user_locale() );
		foreach ( data()['widgets'] as $tag => $widget ) {
			register_block_type(
				dirname( __DIR__ ) . '/blocks/' . $tag,
				array(
					'title'           => $widget['titles'][ $language ],
					'render_callback' => static function ( $attributes ) use ( $tag ) {
						$given = array();
						foreach ( (array) $attributes as $name => $value ) {
							$given[ kebab( $name ) ] = $value;
						}
						return render_element( $tag, $given );
					},
				)
			);
		}

		add_shortcode( 'back_pain_widget', __NAMESPACE__ . '\\shortcode' );
	}
);

/**
 * [back_pain_widget widget="back-pain-redflags" contact-phone="…"]: the element's own attribute
 * names. A boolean attribute may be given bare: [back_pain_widget widget="back-pain-faq" open].
 *
 * @param array<int|string, string>|string $atts Attributes as WordPress parsed them.
 * @return string
 */
function shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$given[ strtolower( $value ) ] = true;
		} else {
			$given[ strtolower( $key ) ] = $value;
		}
	}
	$tag = isset( $given['widget'] ) && is_string( $given['widget'] ) ? $given['widget'] : 'back-pain-redflags';
	unset( $given['widget'] );
	return render_element( $tag, $given );
}

/**
 * What the editor script needs beyond block.json: each attribute's kind (date, url, …).
 *
 * @return array<string, array<string, string>>
 */
function editor_data() {
	$kinds = array();
	foreach ( data()['widgets'] as $tag => $widget ) {
		foreach ( $widget['attributes'] as $name => $spec ) {
			$kinds[ 'back-pain-widgets/' . $tag ][ $name ] = $spec['kind'];
		}
	}
	return $kinds;
}

/**
 * The loader and the page's styles for the widgets, once per request.
 */
function enqueue_assets() {
	if ( is_admin() ) {
		// The settings page's preview: the same classic script as in the editor's iframe.
		wp_enqueue_script( HANDLE . '-preview' );
	} else {
		wp_enqueue_script_module( HANDLE );
	}
	enqueue_style();
}

/**
 * What this request shows, for the preload links: each widget's languages, and the files whose
 * link is printed already.
 *
 * @return array{shown: array<string, array<string, true>>, printed: array<string, true>}
 */
function &preloads() {
	static $state = array(
		'shown'   => array(),
		'printed' => array(),
	);
	return $state;
}

/**
 * Remembers a widget shown in a language, on the front end.
 *
 * @param string $tag      A tag from widgets.php.
 * @param string $language One of LANGUAGES.
 */
function queue_preloads( $tag, $language ) {
	if ( ! is_admin() ) {
		$state = &preloads();
		$state['shown'][ $tag ][ $language ] = true;
	}
}

/**
 * The files the loader will fetch for the widgets shown so far: each widget's own, or, from
 * `manyWidgets.from` different widgets on, the files with every widget, as the loader decides.
 *
 * @param array<string, array<string, true>> $shown Languages by tag.
 * @return string[] Paths under assets/.
 */
function files_to_preload( $shown ) {
	$data  = data();
	$many  = count( $shown ) >= $data['manyWidgets']['from'];
	$files = array();
	foreach ( $shown as $tag => $languages ) {
		foreach ( array_keys( $languages ) as $language ) {
			$list  = $many ? $data['manyWidgets']['files'] : $data['widgets'][ $tag ]['files'];
			$files = array_merge( $files, isset( $list[ $language ] ) ? $list[ $language ] : array() );
		}
	}
	return array_unique( $files );
}

/**
 * A modulepreload link for each file the loader will fetch: the browser then asks for them
 * together with the loader, not one round trip after it. In the head when the widgets were
 * rendered before it (block themes), else in the footer before the loader.
 */
function print_preloads() {
	$state = &preloads();
	foreach ( files_to_preload( $state['shown'] ) as $file ) {
		if ( ! isset( $state['printed'][ $file ] ) ) {
			printf( "<link rel=\"modulepreload\" href=\"%s\" />\n", esc_url( plugins_url( 'assets/' . $file, plugin_file() ) ) );
			$state['printed'][ $file ] = true;
		}
	}
}
// Before WordPress prints the script modules: in the head for block themes, else in the footer (priority 10).
add_action( 'wp_head', __NAMESPACE__ . '\\print_preloads', 5 );
add_action( 'wp_footer', __NAMESPACE__ . '\\print_preloads', 5 );

/**
 * The page's styles for the widgets, once per request.
 */
function enqueue_style() {
	if ( ! wp_style_is( HANDLE, 'enqueued' ) ) {
		wp_add_inline_style( HANDLE, page_css() );
		wp_enqueue_style( HANDLE );
	}
}

/**
 * Styles on the page around the elements: the fallback text before the script runs, the
 * practice's accent colour, and dark mode for themes that switch it with a class.
 *
 * @return string
 */
function page_css() {
	$tags   = implode( ',', array_keys( data()['widgets'] ) );
	$css    = ":is($tags){display:block;margin-block:1.5em}";
	$accent = settings()['accent'];
	if ( preg_match( '/^#[0-9a-f]{6}$/i', $accent ) ) {
		// In the light scheme only: a practice's colour rarely has enough contrast on dark.
		$css .= ":is($tags){--bp-color-accent:light-dark($accent,#7cb8ff)}";
	}
	// Twenty Twenty-One's dark mode is a class on <body>, not a color-scheme.
	$css .= "body.is-dark-theme :is($tags){color-scheme:dark}";
	return $css;
}

/*
 * The block editor's preview runs in an iframe: the loader is loaded there, by a classic script
 * that imports it, so that the preview shows the real widget.
 */
add_action(
	'enqueue_block_assets',
	static function () {
		if ( is_admin() ) {
			wp_enqueue_script( HANDLE . '-preview' );
			enqueue_style();
		}
	}
);
