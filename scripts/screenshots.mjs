/**
 * Phone screenshots (390×844, Chromium) of the four outcomes of <back-pain-redflags>, and of the
 * first step and the plan of <back-pain-check>, from the drop-in bundles in dist/cdn (run
 * `npm run build` first; this script builds nothing). Answers are given as a person gives them:
 * a click on each radio, then the step's button if there is one.
 *
 *   node scripts/screenshots.mjs after   # writes docs/screenshots/redflags-<name>-after.png
 *                                        # and docs/screenshots/check-<first-step|plan>.png
 *
 * Names: the first screen of questions, each outcome as it first shows, and the whole urgent card.
 *
 * Finds Chromium through CHROME_PATH or its usual install paths.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from './browsers.mjs';
import { startServer } from './bench/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const suffix = process.argv[2] ?? 'after';
const folder = `${root}docs/screenshots`;

/** The "yes" answers that lead to each outcome; every other question is answered "no". */
const outcomes = {
  emergency: ['saddle-numbness'],
  urgent: ['fever'],
  soon: ['radiating-below-knee'],
  'self-care': [],
};

const page = (yes) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rugpijn</title><style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }</style>
<script type="module" src="/dist/cdn/back-pain-redflags.js"></script></head>
<body data-yes="${yes.join(' ')}">
<back-pain-redflags contact-name="Huisartsenpraktijk De Linde" contact-phone="020 123 45 67"></back-pain-redflags>
</body></html>`;

/** Runs in the page: answers what is shown, presses the step's button, until an outcome shows. */
async function fillIn() {
  const yes = document.body.dataset.yes.split(' ');
  const el = document.querySelector('back-pain-redflags');
  await customElements.whenDefined('back-pain-redflags');
  for (let round = 0; round < 30 && !el.shadowRoot.querySelector('#outcome'); round += 1) {
    const names = new Set([...el.shadowRoot.querySelectorAll('input[type="radio"]')].map((input) => input.name));
    for (const name of names) {
      el.shadowRoot.querySelector(`input[name="${name}"][value="${yes.includes(name) ? 'yes' : 'no'}"]`).click();
      await el.updateComplete;
    }
    el.shadowRoot.querySelector('button.next')?.click();
    await el.updateComplete;
  }
  const card = el.shadowRoot.querySelector('#outcome');
  window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 16);
}

const checkPage = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rugpijn</title><style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }</style>
<script type="module" src="/dist/cdn/back-pain-check.js"></script></head>
<body><back-pain-check today="2026-11-30"></back-pain-check></body></html>`;

/** Runs in the page: no warning signs, pain for 3 days, no factors ticked, then the plan. */
async function reachPlan() {
  const check = document.querySelector('back-pain-check');
  const redflags = check.shadowRoot.querySelector('back-pain-redflags');
  for (let round = 0; round < 30 && check.shadowRoot.querySelector('#duration').hidden; round += 1) {
    for (const name of new Set([...redflags.shadowRoot.querySelectorAll('input[type="radio"]')].map((input) => input.name))) {
      redflags.shadowRoot.querySelector(`input[name="${name}"][value="no"]`).click();
      await redflags.updateComplete;
    }
    redflags.shadowRoot.querySelector('button.next')?.click();
    await check.updateComplete;
  }
  check.shadowRoot.querySelector('#amount').value = '3';
  check.shadowRoot.querySelector('#duration .button.primary').click();
  await check.updateComplete;
  check.shadowRoot.querySelector('#factors .button.primary').click();
  await check.updateComplete;
  const plan = check.shadowRoot.querySelector('.plan');
  if (!plan) throw new Error('the plan of <back-pain-check> did not show');
  window.scrollTo(0, check.shadowRoot.querySelector('.progress').getBoundingClientRect().top + window.scrollY - 16);
}

const pages = new Map(Object.entries(outcomes).map(([name, yes]) => [`/dist/${name}.html`, page(yes)]));
pages.set('/dist/check.html', checkPage);
const server = await startServer(root, pages);
const browser = await puppeteer.launch({ executablePath: findBrowsers().chromium, headless: true, args: chromiumArgs });
try {
  await mkdir(folder, { recursive: true });
  const tab = await browser.newPage();
  await tab.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const shoot = async (name, options = {}) => {
    const path = options.file ?? `${folder}/redflags-${name}-${suffix}.png`;
    await (options.element ?? tab).screenshot({ path });
    console.log(path);
  };
  // The questions as a patient first sees them.
  await tab.goto(`${server.origin}/dist/self-care.html`, { waitUntil: 'networkidle0' });
  await tab.evaluate(() => customElements.whenDefined('back-pain-redflags'));
  await shoot('questions');
  for (const name of Object.keys(outcomes)) {
    await tab.goto(`${server.origin}/dist/${name}.html`, { waitUntil: 'networkidle0' });
    await tab.evaluate(fillIn);
    // Focus rings are for keyboard users: blur so the picture shows what a tap leaves.
    await tab.evaluate(() => document.activeElement?.blur());
    await shoot(name);
    // One whole card, to show how it ends.
    if (name === 'urgent') {
      const card = await tab.evaluateHandle(() => document.querySelector('back-pain-redflags').shadowRoot.querySelector('#outcome'));
      await shoot('urgent-card', { element: card });
    }
  }
  // The guided check: its first step, and the plan after no warning signs and 3 days of pain.
  await tab.goto(`${server.origin}/dist/check.html`, { waitUntil: 'networkidle0' });
  await tab.evaluate(() => customElements.whenDefined('back-pain-check'));
  await shoot('check-first-step', { file: `${folder}/check-first-step.png` });
  await tab.evaluate(reachPlan);
  await tab.evaluate(() => document.activeElement?.blur());
  await shoot('check-plan', { file: `${folder}/check-plan.png` });
} finally {
  await browser.close();
  await server.close();
}
