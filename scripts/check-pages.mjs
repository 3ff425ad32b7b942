/**
 * What pages download through dist/cdn/loader.js, in headless Chromium: each page loads the
 * loader and some widgets; every script it fetches from dist/cdn is recorded, and their brotli
 * sizes (as on disk, quality 11) are summed. Fails when a page is over its target in
 * size-budgets.json (`loaderPages`; for a page not there yet, over its allowance in
 * `loaderPages.overTarget`, bytes over the target, or within its target while an allowance is left), when a widget does not
 * show its texts in the page's language, or when a page fetches texts in the other language.
 *
 * - one widget, Dutch and English: its own file's formula + oneWidgetExtra; the guided check: checkPage;
 * - red flags, lifting and timeline: threeWidgets; then a fourth widget added by the page's own
 *   script after load must appear too (the loader watches the document);
 * - every widget: allWidgets.
 * It also checks that dist/cdn/files.json lists the files the loader fetched, for each widget alone
 * and for every widget (its `manyWidgets` files).
 *
 *   node scripts/check-pages.mjs        (run `npm run build` first)
 */
import { readFileSync, existsSync } from 'node:fs';
import { findBrowsers } from './browsers.mjs';
import { launchChromium } from './bench/browser.mjs';
import { startServer } from './bench/server.mjs';
import { brotli, budgets, fileLimit, kB, widgets } from './size-formulas.mjs';

if (!existsSync('dist/cdn/loader.js')) {
  console.error('dist/cdn/loader.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { chromium } = findBrowsers();
if (!chromium) {
  console.error('Chromium not found: set CHROME_PATH, or run `node scripts/browsers.mjs --ensure`.');
  process.exit(1);
}

const targets = budgets.loaderPages;
const filesList = JSON.parse(readFileSync('dist/cdn/files.json', 'utf8'));
const pages = new Map();
const page = (lang, tags) => {
  const path = `/check/${lang}-${tags.join('+')}.html`;
  const body = tags.map((tag) => `<${tag}></${tag}>`).join('\n');
  pages.set(path, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${tags.length} widgets</title>` +
    `<link rel="icon" href="data:,"><script type="module" src="/dist/cdn/loader.js"></script></head><body>${body}</body></html>`);
  return path;
};

const server = await startServer(process.cwd(), pages);
const browser = await launchChromium(chromium);
const problems = [];
const rows = [];

/** Shown when every one of `tags` has rendered its texts in `lang`. */
const shown = (tags, lang) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector(`.widget[lang="${lang}"]`));

/**
 * Opens a page in a fresh browser context, waits until its widgets show `lang`, runs `then` (more
 * steps on the page), and returns the dist/cdn files fetched before and after `then`.
 */
async function visit(path, lang, tags, then) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const fetched = [];
    const errors = [];
    tab.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/dist/cdn/')) fetched.push(pathname.slice('/dist/cdn/'.length));
      if (!response.ok()) errors.push(`${pathname}: HTTP ${response.status()}`);
    });
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => ['error', 'warn'].includes(message.type()) && errors.push(message.text()));
    await tab.goto(server.origin + path);
    await tab.waitForFunction(shown, { timeout: 15000 }, tags, lang).catch(() => errors.push(`not every widget showed ${lang} within 15 s`));
    const first = [...fetched];
    if (then) await then(tab, errors);
    return { first, all: [...fetched], errors };
  } finally {
    await context.close();
  }
}

const otherLanguage = { nl: 'en', en: 'nl' };
const weigh = (files) => files.reduce((sum, file) => sum + brotli(readFileSync(`dist/cdn/${file}`)), 0);

const allowances = targets.overTarget ?? {};
const checked = new Set();

/** Records one page's weight and checks its target, its errors and that it fetched no text of another language. */
function check(label, lang, files, target, errors) {
  const size = weigh(files);
  const key = `${lang} ${label}`;
  const ceiling = allowances[key] === undefined ? undefined : target + allowances[key];
  checked.add(key);
  rows.push([label, lang, String(files.length), kB(size), kB(target), ceiling ? kB(ceiling) : '', size > target ? `${kB(size - target)} over target` : '']);
  if (ceiling === undefined && size > target) problems.push(`${key}: ${size} bytes brotli in ${files.length} files, over its target of ${target} by ${size - target}`);
  if (ceiling !== undefined && size > ceiling) problems.push(`${key}: ${size} bytes brotli in ${files.length} files, over its target of ${target} and its allowance of ${allowances[key]} by ${size - ceiling}`);
  if (ceiling !== undefined && size <= target) problems.push(`${key}: within its target now; remove its allowance from size-budgets.json`);
  const foreign = files.filter((file) => file.startsWith(`locales/${otherLanguage[lang]}-`));
  if (foreign.length > 0) problems.push(`${key}: fetched texts in another language: ${foreign.join(', ')}`);
  for (const error of errors) problems.push(`${key}: ${error}`);
}

/** files.json tells servers what to preload: exactly what the loader fetched, nothing missing, nothing more. */
function checkListed(key, listed = [], fetched) {
  const files = fetched.filter((file) => file !== 'loader.js');
  const unlisted = files.filter((file) => !listed.includes(file));
  const unfetched = listed.filter((file) => !files.includes(file));
  if (unlisted.length + unfetched.length > 0) {
    problems.push(`${key}: dist/cdn/files.json differs from what the loader fetched: not listed ${unlisted.join(', ') || '-'}; listed, not fetched ${unfetched.join(', ') || '-'}`);
  }
}

for (const lang of ['nl', 'en']) {
  for (const widget of widgets) {
    const { tag } = widget;
    const { all, errors } = await visit(page(lang, [tag]), lang, [tag]);
    const target = tag === 'back-pain-check' ? targets.checkPage : fileLimit(widget) + targets.oneWidgetExtra;
    check(`<${tag}>`, lang, all, target, errors);
    checkListed(`${lang} <${tag}>`, filesList.widgets[tag]?.[lang], all);
  }

  const three = ['back-pain-redflags', 'lifting-tips', 'recovery-timeline'];
  const later = 'back-pain-faq';
  const { first, all, errors } = await visit(page(lang, three), lang, three, async (tab, laterErrors) => {
    // As a portal's router would: a widget inserted by the page's script after load.
    await tab.evaluate((tag) => document.body.append(document.createElement(tag)), later);
    await tab.waitForFunction(shown, { timeout: 15000 }, [later], lang).catch(() => laterErrors.push(`<${later}>, added after load, did not show ${lang} within 15 s`));
  });
  check('red flags, lifting, timeline', lang, first, targets.threeWidgets, []);
  rows.push([`  + <${later}> added later`, lang, String(all.length), kB(weigh(all)), '', '', '']);
  for (const error of errors) problems.push(`${lang} three widgets: ${error}`);

  const tags = widgets.map(({ tag }) => tag);
  const every = await visit(page(lang, tags), lang, tags);
  check('every widget', lang, every.all, targets.allWidgets, every.errors);
  if (tags.length >= filesList.manyWidgets.from) checkListed(`${lang} every widget`, filesList.manyWidgets.files[lang], every.all);
}

await browser.close();
await server.close();
for (const key of Object.keys(allowances)) if (key !== '$comment' && !checked.has(key)) problems.push(`size-budgets.json: an allowance for "${key}", a page this check does not open`);

const header = ['page (through loader.js)', 'lang', 'files', 'brotli kB', 'target kB', 'allowed kB', ''];
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
console.log('(every file from dist/cdn the page fetched, each compressed on its own; 1 kB = 1000 bytes, brotli quality 11)');

if (problems.length > 0) {
  console.error(`\nPage check failed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('Every page is within its target (or its allowance over it while it is not there yet), shows its language and fetches no other language.');
