/** Part 4: Lighthouse on the demo page, in the benchmark's own browser. */
import lighthouse, { desktopConfig } from 'lighthouse';
import { median, round } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = { cumulativeLayoutShift: 'cumulative-layout-shift', totalBlockingTimeMs: 'total-blocking-time', firstContentfulPaintMs: 'first-contentful-paint', largestContentfulPaintMs: 'largest-contentful-paint' };

/** Lighthouse's presets: its default (a mid-range phone on slow 4G) and its desktop one, both with simulated throttling. */
const PRESETS = { mobile: undefined, desktop: desktopConfig };

const unique = (lists) => [...new Set(lists.flat())];
/** Layout shift is a small fraction; the rest are whole milliseconds. */
const digitsOf = (metric) => (metric === 'cumulativeLayoutShift' ? 3 : 0);

/**
 * One Lighthouse run. It connects to the browser through the DevTools port Puppeteer opened and
 * uses a tab of its own.
 */
async function runOnce(browser, url, preset) {
  const { port, hostname } = new URL(browser.wsEndpoint());
  const flags = { port: Number(port), hostname, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  const { lhr } = await lighthouse(url, flags, PRESETS[preset]);
  if (lhr.runtimeError) throw new Error(`Lighthouse (${preset}): ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    throttling: lhr.configSettings.throttlingMethod,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
    metrics: Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, round(lhr.audits[id].numericValue, digitsOf(name))])),
    failedAudits: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map((audit) => audit.id),
    warnings: lhr.runWarnings,
    consoleErrors: (lhr.audits['errors-in-console'].details?.items ?? []).map((item) => item.description),
  };
}

/**
 * Runs Lighthouse on `url` `runs` times with one preset and keeps the median of each figure.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {'mobile' | 'desktop'} preset
 * @param {number} runs
 * @returns {Promise<object>} scores (0–100), CLS, total blocking time and paints, with every run's
 *   figures, the audits that failed, Lighthouse's warnings and the console errors it saw
 */
export async function runLighthouse(browser, url, preset, runs) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await runOnce(browser, url, preset));
  const middle = (pick, digits) => round(median(results.map(pick)), digits);
  return {
    preset,
    runs,
    lighthouseVersion: results[0].lighthouseVersion,
    throttling: results[0].throttling,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, middle((result) => result.scores[id], 0)])),
    ...Object.fromEntries(Object.keys(METRICS).map((name) => [name, middle((result) => result.metrics[name], digitsOf(name))])),
    samples: results.map(({ scores, metrics }) => ({ scores, metrics })),
    failedAudits: unique(results.map((result) => result.failedAudits)),
    warnings: unique(results.map((result) => result.warnings)),
    consoleErrors: unique(results.map((result) => result.consoleErrors)),
  };
}
