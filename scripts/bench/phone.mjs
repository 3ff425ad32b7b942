/**
 * Part 1c: the three-widget pages of part 1b as a patient's phone gets them: CPU slowed 4× and
 * a slow 4G network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), through Chromium's
 * DevTools protocol. The loader page (also with the preload links the WordPress plugin prints)
 * and the server-rendered page against plain HTML with the same text, with a waterfall of what
 * each page fetched.
 */
import { LOADER_THREE_PAGE, PLAIN_THREE_PAGE, PRELOAD_THREE_PAGE, SERVER_THREE_PAGE } from './pages.mjs';
import { loadAndMeasure } from './measure.mjs';
import { withFreshPage } from './browser.mjs';
import { ratio, round, summarise } from './stats.mjs';

export const PHONE = { cpuSlowdown: 4, roundTripMs: 150, downloadKbps: 1600, uploadKbps: 750 };

/**
 * First contentful paint, and every widget's content painted: the frame after the one in which
 * every custom element first shows its texts. A server-rendered widget shows them from its
 * declarative shadow root before any script runs, so hydration does not count; a client-rendered
 * one once its code and texts have arrived. For plain HTML, the frame after its HTML is parsed.
 */
const MEASURES = ['fcp', 'contentPainted'];

/** In the page, before its scripts: records `contentPainted` (see MEASURES). */
function recordContentPainted() {
  const shown = () =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.includes('-'))
      .every((element) => element.shadowRoot?.querySelector('.widget') && element.shadowRoot.textContent.trim() !== '');
  const check = () => {
    if (document.readyState !== 'loading' && shown()) {
      // The frame that shows the content, then the next: it is on screen by then.
      requestAnimationFrame(() => requestAnimationFrame(() => (window.__contentPainted = performance.now())));
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

/** Goals of the issue that asked for this part: how much slower than plain HTML each page may be. */
export const GOALS = { loader: 1.5, server: 1.1 };

async function throttle(page) {
  const session = await page.createCDPSession();
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.roundTripMs,
    downloadThroughput: (PHONE.downloadKbps * 1000) / 8,
    uploadThroughput: (PHONE.uploadKbps * 1000) / 8,
  });
  await session.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
}

/** In the page: each file it fetched, its start and end in ms from navigation start. */
function waterfall() {
  const [navigation] = performance.getEntriesByType('navigation');
  const entries = [navigation, ...performance.getEntriesByType('resource')];
  return entries.map((entry) => ({ file: new URL(entry.name).pathname, startMs: entry.startTime, endMs: entry.responseEnd }));
}

/**
 * How the pages are served: over HTTPS with HTTP/2 and brotli, as most hosts and CDNs serve today
 * (every file of a page on its way at once), and over plain HTTP/1.1 with gzip, where a browser
 * fetches six files at a time.
 */
export const TRANSPORTS = { http2: 'HTTP/2 and brotli, over HTTPS', http1: 'HTTP/1.1 and gzip' };

/**
 * Loads the loader, server-rendered and plain pages in turn, throttled, each in a fresh browser
 * context, after one warm-up round, from both servers (see TRANSPORTS). Needs the pages part 1b
 * made (`preparePages` in loader.mjs).
 * @param {{ origins: { http2: string, http1: string } }} options the servers' origins, by transport
 * @returns {Promise<object>} per transport: medians per page, ratios to plain HTML, and the waterfall of each page's last run
 */
export async function benchPhone({ browser, origins, problems, runs }) {
  const paths = { loader: LOADER_THREE_PAGE, preload: PRELOAD_THREE_PAGE, server: SERVER_THREE_PAGE, plain: PLAIN_THREE_PAGE };
  const samples = Object.fromEntries(Object.keys(TRANSPORTS).map((transport) => [transport, Object.fromEntries(Object.keys(paths).map((name) => [name, []]))]));
  const waterfalls = Object.fromEntries(Object.keys(TRANSPORTS).map((transport) => [transport, {}]));
  for (let run = 0; run <= runs; run++) {
    for (const transport of Object.keys(TRANSPORTS)) {
      for (const [name, path] of Object.entries(paths)) {
        const result = await withFreshPage(browser, problems, `phone: ${name} page, ${TRANSPORTS[transport]}`, async (page) => {
          await throttle(page);
          await page.evaluateOnNewDocument(recordContentPainted);
          const times = await loadAndMeasure(page, origins[transport] + path);
          times.contentPainted = await page.waitForFunction(() => window.__contentPainted, { timeout: 30_000 }).then((handle) => handle.jsonValue());
          const files = (await page.evaluate(waterfall)).map(({ file, startMs, endMs }) => ({ file, startMs: round(startMs), endMs: round(endMs) }));
          return { ...times, files };
        });
        if (run === 0) continue; // warms up the servers and the disk cache
        samples[transport][name].push(result);
        waterfalls[transport][name] = result.files;
      }
    }
  }
  const byTransport = Object.entries(samples).map(([transport, pages]) => {
    const summary = Object.fromEntries(
      Object.entries(pages).map(([name, results]) => [name, Object.fromEntries(MEASURES.map((measure) => [measure, summarise(results, measure)]))]),
    );
    const toPlain = (name) => Object.fromEntries(MEASURES.map((measure) => [measure, ratio(summary[name][measure].median, summary.plain[measure].median)]));
    return { transport: TRANSPORTS[transport], ...summary, ratio: { loader: toPlain('loader'), preload: toPlain('preload'), server: toPlain('server') }, waterfalls: waterfalls[transport] };
  });
  return { runs, phone: PHONE, goals: GOALS, transports: byTransport };
}
