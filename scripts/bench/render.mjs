/** Part 1: a page with every widget against plain HTML with the same visible text. */
import { PLAIN_PAGE, WIDGET_PAGE, plainPage } from './pages.mjs';
import { flattenWidgets, loadAndMeasure } from './measure.mjs';
import { withFreshPage } from './browser.mjs';
import { ratio, summarise } from './stats.mjs';

const MEASURES = ['fcp', 'lcp', 'ready', 'nextFrame', 'heapMB'];

/** Renders the widget page once and adds its markup, as static HTML, to `pages` as the plain page. */
async function addPlainPage({ browser, origin, pages, problems }) {
  return withFreshPage(browser, problems, 'render: making the plain page', async (page) => {
    await loadAndMeasure(page, origin + WIDGET_PAGE);
    const { html, elements } = await page.evaluate(flattenWidgets);
    pages.set(PLAIN_PAGE, plainPage(html));
    return { bytes: Buffer.byteLength(pages.get(PLAIN_PAGE)), elements };
  });
}

const summariseRuns = (runs) =>
  Object.fromEntries(MEASURES.map((measure) => [measure, summarise(runs, measure, measure === 'heapMB' ? 2 : 1)]));

/**
 * Loads the widget page and the plain page in turn (A, B, A, B…), each in a fresh browser
 * context, after one pair that warms up the server and the disk cache.
 * @returns {Promise<object>} medians and samples per page, the ratios widget / plain, and the plain page's size
 */
export async function benchRenderAgainstPlain({ browser, origin, pages, problems, runs }) {
  const plain = await addPlainPage({ browser, origin, pages, problems });
  const samples = { widgets: [], plain: [] };
  for (let run = 0; run <= runs; run++) {
    const widgets = await withFreshPage(browser, problems, 'render: widget page', (page) => loadAndMeasure(page, origin + WIDGET_PAGE));
    const plainRun = await withFreshPage(browser, problems, 'render: plain page', (page) => loadAndMeasure(page, origin + PLAIN_PAGE));
    if (run === 0) continue; // the warm-up pair
    samples.widgets.push(widgets);
    samples.plain.push(plainRun);
  }
  const widgetPage = summariseRuns(samples.widgets);
  const plainPageResult = summariseRuns(samples.plain);
  return {
    runs,
    widgetPage,
    plainPage: { ...plainPageResult, bytes: plain.bytes, elements: plain.elements },
    ratio: Object.fromEntries(MEASURES.map((measure) => [measure, ratio(widgetPage[measure].median, plainPageResult[measure].median)])),
    emptyWidgets: [...new Set(samples.widgets.flatMap((run) => run.empty))],
  };
}
