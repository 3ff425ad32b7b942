// A classic script in the block editor's preview iframe: it imports the loader beside it, so that
// the previews that the server renders become the real widgets.
import( new URL( 'assets/loader.js', document.currentScript.src ).href );
