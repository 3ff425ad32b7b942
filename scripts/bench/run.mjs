/**
 * `npm run bench`: what the widgets cost a page, in headless Chromium, in one browser process.
 *
 *   1. render: a page with every widget against plain HTML with the same visible text; and
 *      three widgets through the loader, from the bundle and rendered on the server, against
 *      plain HTML; then the loader and server-rendered pages on a throttled phone, with waterfalls
 *   2. scale: 1, 10 and 100 instances of each widget
 *   3. interaction: answering the last red-flag question until the outcome card is on screen
 *   4. Lighthouse on the demo page
 *
 * Prints a Markdown table and writes bench/results.json (every sample, the machine, the page
 * errors seen) and bench/results.md. Figures are reported, never asserted: machines are noisy.
 * Needs the build output (`npm run build`) and Chromium (CHROME_PATH or its usual install path).
 *
 *   node scripts/bench/run.mjs --only loader   part 1b alone, printed, nothing written
 *   node scripts/bench/run.mjs --only phone    part 1c alone, printed, nothing written
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { widgets } from '../widgets.mjs';
import { benchLoaderPage, preparePages } from './loader.mjs';
import { benchPhone } from './phone.mjs';
import { findBrowsers } from '../browsers.mjs';
import { VIEWPORT, createProblemLog, launchChromium } from './browser.mjs';
import { benchRedflagsInteraction } from './interaction.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { createPages } from './pages.mjs';
import { benchRenderAgainstPlain } from './render.mjs';
import { loaderTable, phoneTable, toMarkdown } from './report.mjs';
import { benchScale } from './scale.mjs';
import { startServer } from './server.mjs';
import { round } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = join(ROOT, 'bench');

// Run counts that keep the whole benchmark near four minutes on a 2-core machine (249 s measured, without the build).
const SETTINGS = {
  viewport: VIEWPORT,
  renderRuns: 11,
  loaderRuns: 11,
  phoneRuns: 11,
  scaleCounts: [1, 10, 100],
  scaleRuns: 5,
  interactionRuns: 20,
  lighthousePresets: ['mobile', 'desktop'],
  lighthouseRuns: 3,
  lighthouseUrl: '/demo/index.html',
};

/** Stops with a message when the build output the pages load is missing. */
function checkBuildOutput(tags) {
  const needed = ['dist/cdn/back-pain-widgets.js', 'dist/cdn/loader.js', ...tags.map((tag) => `dist/cdn/${tag}.js`), 'demo/index.html'];
  const missing = needed.filter((path) => !existsSync(join(ROOT, path)));
  if (missing.length > 0) {
    const more = missing.length > 1 ? ` and ${missing.length - 1} more files` : '';
    throw new Error(`${missing[0]}${more} missing: run \`npm run build\` first (\`npm run bench\` builds before it measures).`);
  }
}

function findChromium() {
  const path = findBrowsers().chromium;
  if (!path) {
    throw new Error('Chromium was not found. Install it (on Debian or Ubuntu: sudo apt-get install chromium) or point CHROME_PATH at it.');
  }
  return path;
}

async function describeMachine(browser) {
  return {
    cpu: os.cpus()[0].model.trim(),
    cores: os.cpus().length,
    memoryGB: round(os.totalmem() / 1e9, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: (await browser.version()).replace(/^\D+\//, ''),
  };
}

/** Runs every part in one browser, then writes and prints the results. */
async function main() {
  const started = performance.now();
  const step = (name) => console.error(`bench: ${name}… (${Math.round((performance.now() - started) / 1000)} s)`);
  const tags = widgets.map(({ tag }) => tag);
  checkBuildOutput(tags);
  const executablePath = findChromium();

  const pages = createPages(tags, SETTINGS.scaleCounts);
  const server = await startServer(ROOT, pages);
  // The phone part also serves the same pages as most hosts do: HTTPS with HTTP/2 and brotli.
  const secureServer = await startServer(ROOT, pages, { secure: true });
  const browser = await launchChromium(executablePath);
  const problems = createProblemLog();
  const shared = { browser, origin: server.origin, origins: { http2: secureServer.origin, http1: server.origin }, pages, problems };
  try {
    if (process.argv.includes('--only') && process.argv.includes('phone')) {
      step('1c three widgets on a throttled phone');
      await preparePages(shared);
      console.log(phoneTable(await benchPhone({ ...shared, runs: SETTINGS.phoneRuns })));
      problems.entries().forEach(({ page, kind, text, count }) => console.error(`${page}: ${kind} (${count}×): ${text}`));
      return;
    }
    if (process.argv.includes('--only') && process.argv.includes('loader')) {
      step('1b three widgets through the loader');
      console.log(loaderTable(await benchLoaderPage({ ...shared, runs: SETTINGS.loaderRuns })));
      problems.entries().forEach(({ page, kind, text, count }) => console.error(`${page}: ${kind} (${count}×): ${text}`));
      return;
    }
    const machine = await describeMachine(browser);
    step('1/4 every widget against plain HTML');
    const render = await benchRenderAgainstPlain({ ...shared, runs: SETTINGS.renderRuns });
    step('1b/4 three widgets through the loader');
    const loader = await benchLoaderPage({ ...shared, runs: SETTINGS.loaderRuns });
    step('1c/4 three widgets on a throttled phone');
    const phone = await benchPhone({ ...shared, runs: SETTINGS.phoneRuns });
    step('2/4 1, 10 and 100 instances of each widget');
    const scale = await benchScale({ ...shared, tags, counts: SETTINGS.scaleCounts, runs: SETTINGS.scaleRuns });
    step('3/4 red-flag interaction');
    const interaction = await benchRedflagsInteraction({ ...shared, runs: SETTINGS.interactionRuns });
    step('4/4 Lighthouse on the demo');
    const lighthouse = [];
    for (const preset of SETTINGS.lighthousePresets) {
      const result = await runLighthouse(browser, server.origin + SETTINGS.lighthouseUrl, preset, SETTINGS.lighthouseRuns);
      result.consoleErrors.forEach((text) => problems.add(`lighthouse ${preset}: demo`, 'console.error', text));
      lighthouse.push(result);
    }

    const results = {
      date: new Date().toISOString(),
      machine,
      settings: SETTINGS,
      render,
      loader,
      phone,
      scale,
      interaction,
      lighthouse,
      pageProblems: problems.entries(),
      durationSeconds: round((performance.now() - started) / 1000, 1),
    };
    await writeResults(results);
  } finally {
    await browser.close();
    await server.close();
    await secureServer.close();
  }
}

/** Writes the figures, and puts the table in the README between its bench markers, so the README always shows the latest run. */
async function writeResults(results) {
  const markdown = toMarkdown(results);
  await mkdir(OUTPUT, { recursive: true });
  await writeFile(join(OUTPUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(OUTPUT, 'results.md'), markdown);
  const readmePath = join(ROOT, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const marked = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (marked.test(readme)) await writeFile(readmePath, readme.replace(marked, (_, start, end) => `${start}${markdown.trimEnd()}\n${end}`));
  console.log(markdown);
  console.error(`bench: done in ${results.durationSeconds} s; written to bench/results.json, bench/results.md and the README's table`);
}

main().catch((error) => {
  console.error(`bench failed: ${error.message}`);
  process.exitCode = 1;
});
