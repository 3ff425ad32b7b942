/** Debian's Chromium, driven by Puppeteer, with every page's errors collected for the results. */
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../browsers.mjs';

/** One size for every page, so layout and paint work are alike from run to run. */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Starts headless Chromium. Puppeteer gives it a DevTools port, which Lighthouse uses too, so
 * everything runs in this one browser process.
 * @param {string} executablePath
 */
export function launchChromium(executablePath) {
  // The bench's HTTPS server (server.mjs, `secure`) has a certificate of its own for the run.
  return puppeteer.launch({ executablePath, headless: true, args: [...chromiumArgs, '--ignore-certificate-errors'], defaultViewport: VIEWPORT });
}

/**
 * Console errors and warnings, uncaught exceptions and failed requests of the pages, each kept
 * once with how often it happened.
 */
export function createProblemLog() {
  const counts = new Map();
  const add = (page, kind, text) => {
    const key = JSON.stringify([page, kind, text]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  return {
    add,
    /** Reports what happens in `page` under the name `label`. */
    watch(page, label) {
      page.on('console', (message) => {
        if (['error', 'warn', 'warning'].includes(message.type())) add(label, `console.${message.type()}`, message.text());
      });
      page.on('pageerror', (error) => add(label, 'uncaught', error.message));
      page.on('requestfailed', (request) => add(label, 'request failed', `${request.url()}: ${request.failure()?.errorText}`));
    },
    entries: () => [...counts].map(([key, count]) => {
      const [page, kind, text] = JSON.parse(key);
      return { page, kind, text, count };
    }),
  };
}

/**
 * Gives `use` a page in a fresh browser context, with its own cache, as a first visit would
 * have, and closes the context afterwards.
 * @template T
 * @param {import('puppeteer-core').Browser} browser
 * @param {ReturnType<typeof createProblemLog>} problems
 * @param {string} label
 * @param {(page: import('puppeteer-core').Page) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withFreshPage(browser, problems, label, use) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    problems.watch(page, label);
    return await use(page);
  } finally {
    await context.close();
  }
}
