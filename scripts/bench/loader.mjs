/**
 * Part 1b: three widgets (red flags, lifting, timeline) through dist/cdn/loader.js, and the same
 * three from the drop-in bundle, against plain HTML with the same visible text.
 */
import { LOADER_THREE_PAGE, BUNDLE_THREE_PAGE, PLAIN_THREE_PAGE, plainPage } from './pages.mjs';
import { flattenWidgets, loadAndMeasure } from './measure.mjs';
import { withFreshPage } from './browser.mjs';
import { ratio, summarise } from './stats.mjs';

const MEASURES = ['fcp', 'ready'];

/**
 * Loads the loader page, the bundle page and the plain page in turn, each in a fresh browser
 * context, after one warm-up round.
 * @returns {Promise<object>} medians and samples per page, and each page's ratio to plain HTML
 */
export async function benchLoaderPage({ browser, origin, pages, problems, runs }) {
  await withFreshPage(browser, problems, 'loader: making the plain page', async (page) => {
    await loadAndMeasure(page, origin + BUNDLE_THREE_PAGE);
    pages.set(PLAIN_THREE_PAGE, plainPage((await page.evaluate(flattenWidgets)).html));
  });
  const paths = { loader: LOADER_THREE_PAGE, bundle: BUNDLE_THREE_PAGE, plain: PLAIN_THREE_PAGE };
  const samples = { loader: [], bundle: [], plain: [] };
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
    ratio: { loader: toPlain('loader'), bundle: toPlain('bundle') },
    emptyWidgets: [...new Set([...samples.loader, ...samples.bundle].flatMap((result) => result.empty))],
  };
}
