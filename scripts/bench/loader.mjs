/**
 * Part 1b: three widgets (red flags, lifting, timeline) through dist/cdn/loader.js, the same
 * three from the drop-in bundle, and rendered on the server, against plain HTML with the same
 * visible text.
 */
import {
  LOADER_THREE_PAGE,
  BUNDLE_THREE_PAGE,
  PLAIN_THREE_PAGE,
  SERVER_THREE_PAGE,
  SERVER_THREE_SCRIPT,
  THREE_WIDGETS,
  plainPage,
  serverRenderedPage,
  widgetElement,
} from './pages.mjs';
import { flattenWidgets, loadAndMeasure } from './measure.mjs';
import { withFreshPage } from './browser.mjs';
import { keepServerRenderedNodes, serverRender, serverRenderedNodesKept, visibleText } from './ssr.mjs';
import { ratio, summarise } from './stats.mjs';

const MEASURES = ['fcp', 'ready'];

/** Renders the three widgets on the server and adds the page, its module and the module's chunks to `pages`. */
async function addServerRenderedPage(pages) {
  const elements = Object.fromEntries(THREE_WIDGETS.map((tag) => [tag, widgetElement(tag)]));
  const { body, scripts } = await serverRender(elements, SERVER_THREE_SCRIPT);
  pages.set(SERVER_THREE_PAGE, serverRenderedPage(body));
  for (const [path, code] of scripts) pages.set(path, code);
}

/**
 * Stops the benchmark unless the server-rendered page shows the same text as the plain page with
 * JavaScript off (so its first paint needs no script), and its widgets then hydrate: defined only
 * by the page's module, each shadow root holding exactly the elements the server sent, neither
 * replaced nor doubled. Errors in the page go to the problem log, as for every page.
 * @returns {Promise<object>} what was checked, for the results
 */
async function checkServerRenderedPage({ browser, origin, problems, plainText }) {
  const url = origin + SERVER_THREE_PAGE;
  const withoutScripts = await withFreshPage(browser, problems, 'loader: server page without JavaScript', async (page) => {
    await page.setJavaScriptEnabled(false);
    await page.goto(url, { waitUntil: 'load' });
    return visibleText((await page.evaluate(flattenWidgets)).html);
  });
  if (withoutScripts !== plainText) {
    throw new Error(`${SERVER_THREE_PAGE} without JavaScript does not show the text of ${PLAIN_THREE_PAGE}: it shows "${withoutScripts.slice(0, 200)}…"`);
  }
  const { definedEarly, widgets } = await withFreshPage(browser, problems, 'loader: server page', async (page) => {
    await page.evaluateOnNewDocument(keepServerRenderedNodes);
    await loadAndMeasure(page, url);
    return page.evaluate(serverRenderedNodesKept);
  });
  const changed = widgets.filter(({ sent, kept, now }) => sent === 0 || kept < sent || now !== sent);
  if (definedEarly.length > 0 || changed.length > 0) {
    const what = changed.map(({ tag, sent, kept, now }) => `<${tag}> was sent ${sent} elements, kept ${kept}, now has ${now}`).join('; ');
    throw new Error(`${SERVER_THREE_PAGE} did not hydrate: ${what || `defined before the page's module ran: ${definedEarly.join(', ')}`}`);
  }
  return { textWithoutJavaScriptAsPlain: true, elementsSentAndKept: Object.fromEntries(widgets.map(({ tag, kept }) => [tag, kept])) };
}

/**
 * Adds the plain page (the bundle page's widgets as static HTML) and the server-rendered page to
 * `pages`, and checks the server-rendered one (see checkServerRenderedPage).
 * @returns {Promise<object>} what was checked, for the results
 */
export async function preparePages({ browser, origin, pages, problems }) {
  const plainText = await withFreshPage(browser, problems, 'loader: making the plain page', async (page) => {
    await loadAndMeasure(page, origin + BUNDLE_THREE_PAGE);
    const { html } = await page.evaluate(flattenWidgets);
    pages.set(PLAIN_THREE_PAGE, plainPage(html));
    return visibleText(html);
  });
  await addServerRenderedPage(pages);
  return checkServerRenderedPage({ browser, origin, problems, plainText });
}

/**
 * Loads the loader page, the bundle page, the server-rendered page and the plain page in turn,
 * each in a fresh browser context, after one warm-up round.
 * @returns {Promise<object>} medians and samples per page, and each page's ratio to plain HTML
 */
export async function benchLoaderPage({ browser, origin, pages, problems, runs }) {
  const serverRenderedCheck = await preparePages({ browser, origin, pages, problems });
  const paths = { loader: LOADER_THREE_PAGE, bundle: BUNDLE_THREE_PAGE, server: SERVER_THREE_PAGE, plain: PLAIN_THREE_PAGE };
  const samples = { loader: [], bundle: [], server: [], plain: [] };
  for (let run = 0; run <= runs; run++) {
    for (const [name, path] of Object.entries(paths)) {
      const result = await withFreshPage(browser, problems, `loader: ${name} page`, (page) => loadAndMeasure(page, origin + path));
      if (run > 0) samples[name].push(result); // run 0 warms up the server and the disk cache
    }
  }
  const summary = Object.fromEntries(
    Object.entries(samples).map(([name, results]) => [name, Object.fromEntries(MEASURES.map((measure) => [measure, summarise(results, measure)]))]),
  );
  const toPlain = (name) => Object.fromEntries(MEASURES.map((measure) => [measure, ratio(summary[name][measure].median, summary.plain[measure].median)]));
  return {
    runs,
    ...summary,
    ratio: { loader: toPlain('loader'), bundle: toPlain('bundle'), server: toPlain('server') },
    serverRenderedCheck,
    emptyWidgets: [...new Set([...samples.loader, ...samples.bundle, ...samples.server].flatMap((result) => result.empty))],
  };
}
