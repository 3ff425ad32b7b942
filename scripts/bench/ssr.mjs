/**
 * The three widgets rendered on the server, as docs/frameworks.md tells a Node server to do it:
 * `@lit-labs/ssr` renders them from the built package (dist/) into declarative shadow DOM, and
 * one module made by a bundler from the npm modules loads Lit's hydration support first and then
 * the widgets, after the widgets' HTML. The drop-in files cannot hydrate: they bundle their own Lit.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { widgets } from '../widgets.mjs';

const ENTRY = 'server-rendered-page-entry';

/** The define module of each tag, in dist/, as the server and the bundler import it. */
function defineModules(tags) {
  return tags.map((tag) => new URL(`../../dist/${widgets.find((widget) => widget.tag === tag).folder}/define.js`, import.meta.url));
}

/**
 * The page's module: the hydration support, then the widgets, bundled and minified as a site's
 * bundler would. The templates stay as written: hydration finds each template by a hash of its
 * text, so the client must use the same templates as the server.
 * Other languages' texts stay chunks, fetched only when a widget shows that language.
 * @param {string[]} tags
 * @param {string} path where the page loads the module from; its chunks are named beside it
 * @returns {Promise<Map<string, string>>} path → code of the module and its chunks
 */
async function bundleHydration(tags, path) {
  const imports = ['@lit-labs/ssr-client/lit-element-hydrate-support.js', ...defineModules(tags).map((url) => url.pathname)];
  const entry = {
    name: 'entry',
    resolveId: (id) => (id === ENTRY ? id : null),
    load: (id) => (id === ENTRY ? imports.map((module) => `import ${JSON.stringify(module)};`).join('\n') : null),
  };
  const build = await rollup({
    input: ENTRY,
    plugins: [entry, nodeResolve({ exportConditions: ['production'] }), terser({ module: true, ecma: 2022, format: { comments: false } })],
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  });
  try {
    const name = path.slice(path.lastIndexOf('/') + 1, -'.js'.length);
    const { output } = await build.generate({ format: 'es', entryFileNames: `${name}.js`, chunkFileNames: `${name}-[name]-[hash].js` });
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    return new Map(output.map((chunk) => [folder + chunk.fileName, chunk.code]));
  } finally {
    await build.close();
  }
}

/**
 * Renders each widget element (`<lifting-tips layout="tabs"></lifting-tips>`) on the server, in
 * Dutch as the page has no other language, and makes the page's hydration module.
 * @param {Record<string, string>} elements tag → the element's HTML without content
 * @param {string} scriptPath where the page loads its module from
 * @returns {Promise<{ body: string, scripts: Map<string, string> }>} the widgets' HTML, and the module and its chunks by path
 */
export async function serverRender(elements, scriptPath) {
  const tags = Object.keys(elements);
  await Promise.all(defineModules(tags).map((url) => import(url.href)));
  const rendered = await Promise.all(
    Object.values(elements).map((element) => collectResult(render(staticHtml`${unsafeStatic(element)}`))),
  );
  return { body: rendered.join('\n'), scripts: await bundleHydration(tags, scriptPath) };
}

/**
 * In the page, before its own scripts run: once the HTML is parsed, and before any module script
 * runs (they run after the document turns `interactive`), keeps every element of the widgets'
 * shadow roots and notes which widgets are defined already (none should be).
 */
export function keepServerRenderedNodes() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const hosts = [...document.querySelectorAll('main > *')].filter((element) => element.localName.includes('-'));
    window.__serverRendered = {
      definedEarly: hosts.filter((host) => customElements.get(host.localName)).map((host) => host.localName),
      nodes: hosts.map((host) => [host.localName, [...(host.shadowRoot?.querySelectorAll('*') ?? [])]]),
    };
  });
}

/** In the page, after hydration: per widget, how many elements the server sent, how many of them are still in place, and how many its shadow root holds now. */
export function serverRenderedNodesKept() {
  const { definedEarly, nodes } = window.__serverRendered;
  const widgets = nodes.map(([tag, elements]) => ({
    tag,
    sent: elements.length,
    kept: elements.filter((element) => element.isConnected).length,
    now: document.querySelector(`main > ${tag}`).shadowRoot.querySelectorAll('*').length,
  }));
  return { definedEarly, widgets };
}

/** The text a reader sees in flattened widget markup (flattenWidgets), spaces joined. */
export const visibleText = (markup) =>
  markup.replace(/<[^>]+>/g, ' ').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&').replace(/\s+/g, ' ').trim();
