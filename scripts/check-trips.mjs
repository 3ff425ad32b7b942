/**
 * How many round trips a page through dist/cdn/loader.js waits for, in Chromium and Firefox: a
 * test server holds back every response by one round trip (ROUND_TRIP ms). The HTML is trip 0; a
 * request is fetched in the trip after the latest trip of the page's responses sent before it
 * arrived (the loader: trip 1). So a slow machine does not add trips, and a file the page could
 * only ask for after another one arrived counts one trip more. Fails when any file a page fetches,
 * until its widgets show their language and the network is quiet, is fetched later than trip 2,
 * or when a widget that the page's script adds after load needs more than one round trip.
 *
 * Pages: each widget alone, red flags + lifting + timeline (then the FAQ added by the page's
 * script), and every widget; in every built-in language. The pages are served with a strict
 * Content-Security-Policy (`script-src 'self'`). Chromium opens every page; Firefox the guided
 * check, the timeline, the three widgets and every widget.
 *
 *   node scripts/check-trips.mjs        (run `npm run build` first)
 */
import { createSecureServer } from 'node:http2';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from './browsers.mjs';
import { widgets } from './widgets.mjs';
import { localCertificate } from './local-certificate.mjs';

/** One round trip, in ms: longer than a browser takes to ask for all the files it asks for at once. */
const ROUND_TRIP = 400;
/** The last trip a page may fetch a file in (HTML = 0, loader = 1). */
const LAST_TRIP = 2;
/** Pages open at once (each has its own path prefix, so its requests are told apart). */
const AT_ONCE = 6;

if (!existsSync('dist/cdn/loader.js')) {
  console.error('dist/cdn/loader.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { BUILT_IN_LOCALES } = await import(new URL('../dist/content/registry.js', import.meta.url));
const { chromium, firefox } = findBrowsers();
if (!chromium || !firefox) {
  console.error('Chromium or Firefox not found: run `node scripts/browsers.mjs --ensure`.');
  process.exit(1);
}

const tags = widgets.map(({ tag }) => tag);
const three = ['back-pain-redflags', 'lifting-tips', 'recovery-timeline'];
const later = 'back-pain-faq';
const kinds = [
  ...tags.map((tag) => ({ label: `<${tag}>`, tags: [tag] })),
  { label: 'red flags, lifting, timeline', tags: three, later },
  { label: 'every widget', tags },
];
const inFirefox = new Set(['<back-pain-check>', '<recovery-timeline>', 'red flags, lifting, timeline', 'every widget']);

/** Each page: its id (the path prefix), language, widgets, and what the server saw. */
const pages = [];
for (const browser of ['chromium', 'firefox']) {
  for (const lang of BUILT_IN_LOCALES) {
    for (const kind of kinds) {
      if (browser === 'chromium' || inFirefox.has(kind.label)) pages.push({ id: pages.length, browser, lang, ...kind, requests: [], sent: [] });
    }
  }
}

const html = ({ lang, tags: shown }) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>trips</title><link rel="icon" href="data:,">` +
  `<script type="module" src="dist/cdn/loader.js"></script></head><body>${shown.map((tag) => `<${tag}></${tag}>`).join('')}</body></html>`;

// HTTP/2, as a CDN serves: every file of a trip on its way at once, not six at a time. Browsers
// speak it only over TLS, so the server has a certificate of its own for this run.
const tls = localCertificate();

const server = createSecureServer(tls, async (request, response) => {
  const [, id, rest] = request.url.match(/^\/(\d+)\/([^?]*)/) ?? [];
  const page = pages[Number(id)];
  if (!page) return response.writeHead(404).end();
  const trip = page.sent.length === 0 ? 0 : 1 + Math.max(...page.sent);
  let body;
  let type = 'text/javascript';
  if (rest === 'page.html') {
    body = html(page);
    type = 'text/html; charset=utf-8';
  } else if (rest === 'mark') {
    page.mark = trip;
    body = '';
    type = 'text/plain';
  } else if (normalize(rest).startsWith('dist/cdn/')) {
    page.requests.push({ file: rest.slice('dist/cdn/'.length), trip });
    body = await readFile(join(process.cwd(), normalize(rest))).catch(() => undefined);
  }
  setTimeout(() => {
    page.sent.push(trip);
    if (body === undefined) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-security-policy': "script-src 'self'" }).end(body);
  }, ROUND_TRIP);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `https://127.0.0.1:${server.address().port}`;

const shown = (wanted, lang) => wanted.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector(`.widget[lang="${lang}"]`));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the page has fetched nothing for two round trips. */
async function quiet(page) {
  let count;
  do {
    count = page.requests.length;
    await sleep(2 * ROUND_TRIP);
  } while (page.requests.length !== count);
}

async function visit(browser, page) {
  // A context of its own: its own cache and connection, as a first visit has.
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  Object.assign(page, { errors: [], requests: [], sent: [], mark: undefined });
  tab.on('pageerror', (error) => page.errors.push(error.message));
  tab.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && page.errors.push(message.text()));
  try {
    await tab.goto(`${origin}/${page.id}/page.html`);
    await tab.waitForFunction(shown, { timeout: 30000, polling: 50 }, page.tags, page.lang).catch(() => page.errors.push(`not every widget showed ${page.lang}`));
    await quiet(page);
    page.loaded = page.requests.length;
    if (page.later) {
      // As a portal's router would: a widget inserted by the page's script after load. The mark
      // request tells the server when.
      await tab.evaluate((tag) => {
        void fetch('mark');
        document.body.append(document.createElement(tag));
      }, page.later);
      await tab.waitForFunction(shown, { timeout: 30000, polling: 50 }, [page.later], page.lang).catch(() => page.errors.push(`<${page.later}>, added later, did not show ${page.lang}`));
      await quiet(page);
    }
  } finally {
    await context.close();
  }
}

/** The files of `page` fetched later than allowed: on load after LAST_TRIP, and for the widget added later after its first round trip. */
function tooLate(page) {
  const first = page.requests.slice(0, page.loaded);
  return [...first.filter(({ trip }) => trip > LAST_TRIP), ...page.requests.slice(page.loaded).filter(({ trip }) => trip > page.mark)];
}

async function run(name, launch) {
  const browser = await launch();
  try {
    const queue = pages.filter((page) => page.browser === name);
    await Promise.all(Array.from({ length: AT_ONCE }, async () => {
      for (let page = queue.shift(); page; page = queue.shift()) await visit(browser, page);
    }));
    // On a busy machine a browser may stall long enough, between files it asks for at once, to
    // look like a round trip: a page that took too many opens once more, alone. A loader that
    // waits for a file before asking for the next takes too many both times.
    for (const page of pages.filter((each) => each.browser === name && tooLate(each).length > 0)) {
      page.again = true;
      await visit(browser, page);
    }
  } finally {
    await browser.close();
  }
}

await run('chromium', () => puppeteer.launch({ executablePath: chromium, headless: true, args: [...chromiumArgs, '--ignore-certificate-errors'] }));
await run('firefox', () => puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true, acceptInsecureCerts: true }));
server.close();

const problems = [];
const rows = [];
for (const page of pages) {
  const first = page.requests.slice(0, page.loaded);
  const last = Math.max(...first.map(({ trip }) => trip));
  const late = first.filter(({ trip }) => trip > LAST_TRIP);
  const name = `${page.browser} ${page.lang} ${page.label}`;
  let laterTrips = '';
  if (page.later) {
    const added = page.requests.slice(page.loaded);
    // The mark arrived when the widget appeared: a file fetched in a later trip waited for another.
    laterTrips = `; <${page.later}> added later: ${added.length} files, last in trip ${Math.max(...added.map(({ trip }) => trip)) - page.mark + 1} after it appeared`;
    const slow = added.filter(({ trip }) => trip > page.mark);
    if (slow.length > 0) problems.push(`${name}: <${page.later}>, added later, fetched ${slow.map(({ file }) => file).join(', ')} more than one round trip after it appeared`);
  }
  rows.push(`${name}: ${first.length} files, last in trip ${last}${laterTrips}${page.again ? ' (opened again, alone)' : ''}`);
  if (late.length > 0) problems.push(`${name}: fetched in trip ${late.map(({ trip, file }) => `${trip} ${file}`).join(', ')}`);
  for (const error of page.errors) problems.push(`${name}: ${error}`);
}
console.log(rows.join('\n'));
console.log(`(every response held back ${ROUND_TRIP} ms; HTML = trip 0, loader.js = trip 1)`);
if (problems.length > 0) {
  console.error(`\nRound-trip check failed (a page may fetch nothing after trip ${LAST_TRIP}):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`Every page fetches all it needs by trip ${LAST_TRIP}; a widget added later needs one round trip.`);
