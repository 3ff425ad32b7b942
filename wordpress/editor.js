/*
 * The editor side of every widget block: a control for each attribute in the sidebar, and the
 * server's rendering as the preview (preview.js makes it the real widget). The blocks, their
 * titles and attributes come from block.json; window.backPainWidgets gives each attribute's kind.
 */
( function ( wp, kinds ) {
	const { createElement: el } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, TextControl, SelectControl, ToggleControl } = wp.components;
	const ServerSideRender = wp.serverSideRender;
	const { __ } = wp.i18n;

	const kebab = ( name ) => name.replace( /[A-Z]/g, ( c ) => '-' + c.toLowerCase() );
	const label = ( name ) => {
		const words = kebab( name ).replace( /-/g, ' ' );
		return words.charAt( 0 ).toUpperCase() + words.slice( 1 );
	};
	const inputType = { url: 'url', date: 'date', number: 'number', phone: 'tel' };

	function control( name, definition, kind, value, set ) {
		if ( definition.type === 'boolean' ) {
			return el( ToggleControl, { key: name, label: label( name ), checked: !! value, onChange: set } );
		}
		if ( definition.enum ) {
			const options = [ { label: __( 'Default', 'back-pain-widgets' ), value: '' } ].concat(
				definition.enum.filter( ( v ) => v !== '' ).map( ( v ) => ( { label: v, value: v } ) )
			);
			// "Default" removes the attribute, so the widget (or the settings) decide.
			return el( SelectControl, { key: name, label: label( name ), value: value || '', options, onChange: ( next ) => set( next === '' ? undefined : next ) } );
		}
		return el( TextControl, {
			key: name,
			label: label( name ),
			type: inputType[ kind ] || 'text',
			value: value === undefined || value === null ? '' : String( value ),
			help: kind === 'url' ? __( 'https://…, tel:, mailto: or a path on this site such as /contact.', 'back-pain-widgets' ) : undefined,
			onChange: ( next ) => set( definition.type === 'number' ? ( next === '' ? undefined : Number( next ) ) : next ),
		} );
	}

	for ( const name of Object.keys( kinds ) ) {
		const blockKinds = kinds[ name ];
		wp.blocks.registerBlockType( name, {
			edit( props ) {
				const definitions = wp.blocks.getBlockType( name ).attributes;
				const controls = Object.keys( definitions )
					.filter( ( attribute ) => blockKinds[ kebab( attribute ) ] )
					.map( ( attribute ) =>
						control( attribute, definitions[ attribute ], blockKinds[ kebab( attribute ) ], props.attributes[ attribute ], ( value ) =>
							props.setAttributes( { [ attribute ]: value } )
						)
					);
				return el(
					'div',
					useBlockProps(),
					el( InspectorControls, null, el( PanelBody, { title: __( 'Settings', 'back-pain-widgets' ) }, controls ) ),
					el( ServerSideRender, { block: name, attributes: props.attributes } )
				);
			},
			save: () => null,
		} );
	}
} )( window.wp, window.backPainWidgets );
