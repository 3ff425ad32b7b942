import { svelte } from '@sveltejs/vite-plugin-svelte';

// Svelte 5 needs nothing for custom elements: it sets what an element has as a property, the rest as attributes.
export default { plugins: [svelte()] };
