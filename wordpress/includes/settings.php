<?php
/**
 * Settings → Back pain widgets: the practice's contact details, language and accent colour, the
 * defaults of every block and shortcode. The Settings API checks the nonce and manage_options.
 *
 * @package BackPainWidgets
 */

namespace BackPainWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const PAGE = 'back-pain-widgets';

add_action(
	'admin_init',
	static function () {
		register_setting(
			OPTION,
			OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
				'default'           => array(),
			)
		);
		add_settings_section( 'practice', __( 'Your practice', 'back-pain-widgets' ), '__return_false', PAGE );
		$fields = array(
			'contact-name'  => array( __( 'Practice name', 'back-pain-widgets' ), 'text', __( 'Shown with the call button on the outcome of the checks.', 'back-pain-widgets' ) ),
			'contact-phone' => array( __( 'Phone number', 'back-pain-widgets' ), 'tel', __( 'For example 020 123 45 67 or +32 9 123 45 67.', 'back-pain-widgets' ) ),
			'contact-url'   => array( __( 'Contact page', 'back-pain-widgets' ), 'url', __( 'https://…, or a path on this site such as /contact.', 'back-pain-widgets' ) ),
			'physio-url'    => array( __( '"Find a physiotherapist" page', 'back-pain-widgets' ), 'url', __( 'Used by the guided check when it advises a physiotherapist.', 'back-pain-widgets' ) ),
			'lang'          => array( __( 'Language', 'back-pain-widgets' ), 'lang', '' ),
			'accent'        => array( __( 'Accent colour', 'back-pain-widgets' ), 'color', __( 'Links and buttons. It needs enough contrast with white text; dark mode keeps its own colour.', 'back-pain-widgets' ) ),
		);
		foreach ( $fields as $key => $field ) {
			add_settings_field(
				$key,
				$field[0],
				__NAMESPACE__ . '\\settings_field',
				PAGE,
				'practice',
				array(
					'label_for'   => 'back-pain-widgets-' . $key,
					'key'         => $key,
					'type'        => $field[1],
					'description' => $field[2],
				)
			);
		}
	}
);

add_action(
	'admin_menu',
	static function () {
		$hook = add_options_page( __( 'Back pain widgets', 'back-pain-widgets' ), __( 'Back pain widgets', 'back-pain-widgets' ), 'manage_options', PAGE, __NAMESPACE__ . '\\settings_page' );
		// The preview on the settings page is a real widget.
		add_action( 'load-' . $hook, __NAMESPACE__ . '\\enqueue_assets' );
	}
);

/**
 * One input of the settings form.
 *
 * @param array{label_for: string, key: string, type: string, description: string} $args Field.
 */
function settings_field( $args ) {
	$value = settings()[ $args['key'] ];
	$name  = OPTION . '[' . $args['key'] . ']';
	if ( 'lang' === $args['type'] ) {
		$choices = array(
			''      => sprintf(
				/* translators: %s: the language code that the site's own language gives. */
				__( 'The site\'s language (%s)', 'back-pain-widgets' ),
				language_for_locale( get_locale() )
			),
			'nl'    => 'Nederlands (nl)',
			'nl-BE' => 'Nederlands, België (nl-BE)',
			'fr'    => 'Français, Belgique (fr)',
			'en'    => 'English (en)',
		);
		printf( '<select id="%s" name="%s">', esc_attr( $args['label_for'] ), esc_attr( $name ) );
		foreach ( $choices as $code => $text ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $code ), selected( $value, $code, false ), esc_html( $text ) );
		}
		echo '</select>';
	} elseif ( 'color' === $args['type'] ) {
		// An empty value keeps the widgets' own blue, so the input is a text field with a hint.
		printf( '<input type="text" id="%s" name="%s" value="%s" placeholder="#005eb8" pattern="#[0-9a-fA-F]{6}" class="regular-text">', esc_attr( $args['label_for'] ), esc_attr( $name ), esc_attr( $value ) );
	} else {
		printf( '<input type="%s" id="%s" name="%s" value="%s" class="regular-text">', esc_attr( $args['type'] ), esc_attr( $args['label_for'] ), esc_attr( $name ), esc_attr( $value ) );
	}
	if ( '' !== $args['description'] ) {
		printf( '<p class="description">%s</p>', esc_html( $args['description'] ) );
	}
}

/**
 * The submitted settings, cleaned: unknown keys dropped, addresses by the URL rule, the colour
 * as #rrggbb with enough contrast for white text. A refused value keeps the old one and says so.
 *
 * @param mixed $input The submitted array.
 * @return array<string, string>
 */
function sanitize_settings( $input ) {
	// options.php has already unslashed the form's values.
	$old   = settings();
	$input = is_array( $input ) ? $input : array();
	$get   = static function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
	};
	$clean = array(
		'contact-name'  => sanitize_text_field( $get( 'contact-name' ) ),
		'contact-phone' => sanitize_text_field( $get( 'contact-phone' ) ),
		'lang'          => known_language( $get( 'lang' ) ),
	);
	foreach ( array( 'contact-url', 'physio-url' ) as $key ) {
		$clean[ $key ] = safe_url( $get( $key ) );
		if ( '' !== $get( $key ) && '' === $clean[ $key ] ) {
			$clean[ $key ] = $old[ $key ];
			add_settings_error( OPTION, $key, __( 'A web address must start with https://, tel: or mailto:, or be a path on this site such as /contact. The previous address is kept.', 'back-pain-widgets' ) );
		}
	}
	$accent = strtolower( $get( 'accent' ) );
	if ( '' === $accent || ( preg_match( '/^#[0-9a-f]{6}$/', $accent ) && contrast_with_white( $accent ) >= 4.5 ) ) {
		$clean['accent'] = $accent;
	} else {
		$clean['accent'] = $old['accent'];
		add_settings_error( OPTION, 'accent', __( 'The accent colour must be written #rrggbb and be dark enough for white text on it (contrast 4.5:1). The previous colour is kept.', 'back-pain-widgets' ) );
	}
	return $clean;
}

/**
 * WCAG contrast ratio of a colour against white.
 *
 * @param string $hex Colour as #rrggbb.
 * @return float
 */
function contrast_with_white( $hex ) {
	$luminance = 0.0;
	foreach ( array( 0.2126, 0.7152, 0.0722 ) as $i => $weight ) {
		$channel    = hexdec( substr( $hex, 1 + 2 * $i, 2 ) ) / 255;
		$luminance += $weight * ( $channel <= 0.03928 ? $channel / 12.92 : pow( ( $channel + 0.055 ) / 1.055, 2.4 ) );
	}
	return 1.05 / ( $luminance + 0.05 );
}

/**
 * The settings page, with a preview of the red-flag check as the settings make it.
 */
function settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( OPTION );
	do_settings_sections( PAGE );
	submit_button();
	echo '</form>';
	echo '<h2>' . esc_html__( 'Preview', 'back-pain-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'The warning-sign check with these settings. Your phone number and contact page appear on its outcome.', 'back-pain-widgets' ) . '</p>';
	echo '<div style="max-width:40rem;background:#fff;padding:1rem">';
	echo render_element( 'back-pain-redflags', array() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- render_element() escapes every value.
	echo '</div></div>';
}
