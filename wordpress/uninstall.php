<?php
/**
 * Uninstall: the settings are the only data the plugin stores.
 *
 * @package BackPainWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'back_pain_widgets' );

// On multisite each site has its own settings.
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $back_pain_widgets_site ) {
		delete_blog_option( $back_pain_widgets_site, 'back_pain_widgets' );
	}
}
