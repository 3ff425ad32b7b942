/**
 * The pages the benchmark loads, made in memory so that they follow the list of widgets in
 * widgets.json. All are Dutch (the texts built into the bundles) and share one small page
 * style, like the demo's without its header, buttons and event log.
 */
import { readFileSync } from 'node:fs';

/** Attributes the demo gives a widget, so that the pages show what the demo shows. */
const DEMO_ATTRIBUTES = {
  'lifting-tips': ' layout="tabs"',
  'recovery-timeline': ' day="10"',
};

const PAGE_STYLE = 'body { margin: 0 auto; max-width: 52rem; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; }';

/** The widgets' own rule for text meant for screen readers only, for the plain copy of them. */
const VISUALLY_HIDDEN_STYLE =
  '.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }';

export const WIDGET_PAGE = '/bench/widgets.html';
export const PLAIN_PAGE = '/bench/plain.html';

/** Three widgets through the loader, the same three from the bundle, and as plain HTML. */
export const THREE_WIDGETS = ['back-pain-redflags', 'lifting-tips', 'recovery-timeline'];
export const LOADER_THREE_PAGE = '/bench/loader-three.html';
/** The loader page with a modulepreload link for each file the loader will fetch, as the WordPress plugin prints them. */
export const PRELOAD_THREE_PAGE = '/bench/loader-preload-three.html';
export const BUNDLE_THREE_PAGE = '/bench/bundle-three.html';
export const PLAIN_THREE_PAGE = '/bench/plain-three.html';
/** The same three rendered on the server, and the module that hydrates them (made by ssr.mjs). */
export const SERVER_THREE_PAGE = '/bench/server-three.html';
export const SERVER_THREE_SCRIPT = '/bench/server-three.js';

/** Path of the page with `count` instances of one widget, loaded from the widget's own file. */
export const instancesPage = (tag, count) => `/bench/${tag}-${count}.html`;

function page({ title, style, script, body, endScript, preloads = [] }) {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <style>${style}</style>
    ${preloads.map((href) => `<link rel="modulepreload" href="${href}" />`).join('\n    ')}
    ${script ? `<script type="module" src="${script}"></script>` : ''}
  </head>
  <body>
    <main>
${body}
    </main>
    ${endScript ? `<script type="module" src="${endScript}"></script>` : ''}
  </body>
</html>
`;
}

/** What the loader fetches for these widgets in Dutch, from dist/cdn/files.json, each once. */
function loaderFiles(tags) {
  const { widgets } = JSON.parse(readFileSync(new URL('../../dist/cdn/files.json', import.meta.url), 'utf8'));
  return [...new Set(tags.flatMap((tag) => widgets[tag].nl))].map((file) => `/dist/cdn/${file}`);
}

export const widgetElement = (tag) => `<${tag}${DEMO_ATTRIBUTES[tag] ?? ''}></${tag}>`;

/**
 * The pages that need no rendering first: every widget from the drop-in bundle, three widgets
 * through the loader and from the bundle, and each widget `count` times from its own file.
 * @param {string[]} tags
 * @param {number[]} counts
 * @returns {Map<string, string>} path → HTML
 */
export function createPages(tags, counts) {
  const pages = new Map([
    [WIDGET_PAGE, page({ title: 'Every widget', style: PAGE_STYLE, script: '/dist/cdn/back-pain-widgets.js', body: tags.map(widgetElement).join('\n') })],
    [LOADER_THREE_PAGE, page({ title: 'Three widgets', style: PAGE_STYLE, script: '/dist/cdn/loader.js', body: THREE_WIDGETS.map(widgetElement).join('\n') })],
    [
      PRELOAD_THREE_PAGE,
      page({ title: 'Three widgets', style: PAGE_STYLE, preloads: loaderFiles(THREE_WIDGETS), script: '/dist/cdn/loader.js', body: THREE_WIDGETS.map(widgetElement).join('\n') }),
    ],
    [BUNDLE_THREE_PAGE, page({ title: 'Three widgets', style: PAGE_STYLE, script: '/dist/cdn/back-pain-widgets.js', body: THREE_WIDGETS.map(widgetElement).join('\n') })],
  ]);
  for (const tag of tags) {
    for (const count of counts) {
      const body = Array.from({ length: count }, () => widgetElement(tag)).join('\n');
      pages.set(instancesPage(tag, count), page({ title: `${count} × ${tag}`, style: PAGE_STYLE, script: `/dist/cdn/${tag}.js`, body }));
    }
  }
  return pages;
}

/** The plain page: the widgets' rendered markup as static HTML, with no script. */
export const plainPage = (body) =>
  page({ title: 'Every widget as plain HTML', style: `${PAGE_STYLE}\n${VISUALLY_HIDDEN_STYLE}`, body });

/** The server-rendered page: the widgets' declarative shadow DOM, then the module that hydrates them, as docs/frameworks.md places it. */
export const serverRenderedPage = (body) =>
  page({ title: 'Three widgets rendered on the server', style: PAGE_STYLE, body, endScript: SERVER_THREE_SCRIPT });
