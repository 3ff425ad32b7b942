<?php
/**
 * Plugin Name:       Back pain widgets
 * Description:       Patient information about low back pain as blocks and a shortcode: the warning-sign check, treatments, self-care, questions and answers. Dutch, Flemish, French and English.
 * Version:           {{VERSION}}
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       back-pain-widgets
 *
 * @package BackPainWidgets
 */

namespace BackPainWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const MINIMUM_WORDPRESS = '6.5';

/*
 * WordPress refuses to activate the plugin below the "Requires at least" header, but a site that
 * is downgraded afterwards keeps it active: then it loads nothing and says why.
 */
if ( version_compare( get_bloginfo( 'version' ), MINIMUM_WORDPRESS, '<' ) ) {
	add_action(
		'admin_notices',
		static function () {
			printf(
				'<div class="notice notice-error"><p>%s</p></div>',
				esc_html(
					sprintf(
						/* translators: 1: required WordPress version, 2: this site's WordPress version. */
						__( 'Back pain widgets needs WordPress %1$s or later; this site runs %2$s. The widgets are switched off until WordPress is updated.', 'back-pain-widgets' ),
						MINIMUM_WORDPRESS,
						get_bloginfo( 'version' )
					)
				)
			);
		}
	);
	return;
}

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/blocks.php';
