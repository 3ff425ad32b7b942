/**
 * `npm run test:frameworks`: the packed package in a Vue, a Svelte and an Angular app, as an
 * insurer's developer would use it. Run after `npm run build`. For each app in this folder:
 * 1. `npm ci` from the app's own lockfile, then `npm install --no-save` of the packed tarball;
 * 2. the framework's type checker over the app and its mistakes (`src/mistakes/`): the app must
 *    pass, and each mistake must fail with exactly the messages in the app's
 *    `expected-errors.json`, and nothing else;
 * 3. the production build, which must print no warning;
 * 4. the built app in headless Chromium: the widgets render in English, bound values reach the
 *    elements, and `redflags-result`, `risk-factors-change`, `check-step` and `check-complete`
 *    reach the app's handlers, which write them into `<output>` elements.
 * `node test/frameworks/run.mjs vue svelte` runs only those apps.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from '../../scripts/browsers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const apps = { vue: 'dist', svelte: 'dist', angular: 'dist/browser' };
/** Content types of what the apps' builds write. */
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const chosen = process.argv.slice(2);
for (const name of chosen) if (!(name in apps)) throw new Error(`No app ${name}: choose from ${Object.keys(apps).join(', ')}`);

if (!existsSync(join(root, 'dist/index.js'))) throw new Error('Run `npm run build` first: the apps install the packed package.');
const packDir = mkdtempSync(join(tmpdir(), 'back-pain-widgets-pack-'));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }));
const tarball = join(packDir, pack.filename);

const { chromium } = findBrowsers();
if (!chromium) throw new Error('Chromium not found: run `node scripts/browsers.mjs --ensure`.');

let passed = 0;
let failed = 0;
const timings = [];
try {
  for (const [name, output] of Object.entries(apps)) {
    if (chosen.length > 0 && !chosen.includes(name)) continue;
    const started = Date.now();
    const problems = await testApp(name, output);
    timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (problems.length === 0) {
      passed += 1;
      console.log(`✓ ${name}`);
    } else {
      failed += 1;
      console.error(`✗ ${name}:\n  ${problems.join('\n  ')}`);
    }
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
console.log(`Times: ${timings.join(', ')}.`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

async function testApp(name, output) {
  const cwd = join(here, name);
  const problems = [];
  const run = (command, args, { allowFailure = false } = {}) => {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' } });
    const text = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
    if (result.status !== 0 && !allowFailure) throw new Error(`${name}: \`${command} ${args.join(' ')}\` failed:\n${text}`);
    return { status: result.status, text };
  };

  // A clean install when the lockfile is newer than the last one; CI always starts clean.
  const installed = join(cwd, 'node_modules/.package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(cwd, 'package-lock.json')).mtimeMs) {
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball]);

  // Type check: the app passes; each mistake fails with its messages and nothing else.
  const expected = JSON.parse(readFileSync(join(cwd, 'expected-errors.json'), 'utf8'));
  const check = run('npm', ['run', '--silent', 'check'], { allowFailure: true });
  const found = parseErrors(check.text, cwd);
  if (found.length === 0 && check.status !== 0) problems.push(`the type check failed without a readable error:\n${check.text}`);
  for (const [file, messages] of Object.entries(expected)) {
    const inFile = found.filter((error) => error.file === file).map((error) => error.message);
    for (const message of messages) {
      if (!inFile.some((text) => text.includes(message))) problems.push(`${file}: expected the error "${message}", got ${JSON.stringify(inFile)}`);
    }
    if (inFile.length !== messages.length) problems.push(`${file}: expected ${messages.length} error(s), got ${inFile.length}: ${JSON.stringify(inFile)}`);
  }
  for (const error of found) if (!(error.file in expected)) problems.push(`unexpected error in ${error.file}: ${error.message}`);

  // Production build without warnings.
  const build = run('npm', ['run', '--silent', 'build']);
  const warnings = build.text.split('\n').filter((line) => /\bwarn(ing)?\b|^\(!\)/i.test(line));
  if (warnings.length > 0) problems.push(`the build warns:\n    ${warnings.join('\n    ')}`);

  problems.push(...(await inChromium(join(cwd, output))));
  return problems;
}

/**
 * Errors as { file, message }, from tsc-like output (`file(1,2): error TS…`, `file:1:2 - error
 * NG…`) or from svelte-check's `machine-verbose` lines (a time, then JSON), warnings included.
 */
function parseErrors(text, cwd) {
  const errors = [];
  for (const line of text.split('\n').map((text) => text.trim())) {
    const tsc = /^(\S+?)(?:\((\d+),(\d+)\)|:(\d+):(\d+)) ?:? ?-? ?error (\w+\d+): (.*)$/.exec(line);
    const svelte = /^\d+ (\{.*\})$/.exec(line);
    if (tsc) errors.push({ file: normalise(tsc[1], cwd), message: `${tsc[6]}: ${tsc[7]}` });
    if (svelte) {
      const { type, filename, code, message } = JSON.parse(svelte[1]);
      if (type === 'ERROR' || type === 'WARNING') errors.push({ file: normalise(filename, cwd), message: `${typeof code === 'number' ? `TS${code}` : code}: ${message}` });
    }
  }
  return errors;
}

function normalise(file, cwd) {
  return relative(cwd, resolve(cwd, file)).split('\\').join('/');
}

/** Serves the built app and drives it as a reader would; returns what went wrong. */
async function inChromium(folder) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    // The apps have no icon; a 404 for it would read as a failed load.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = join(folder, path === '/' ? 'index.html' : path);
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: chromiumArgs });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    const seen = await page.evaluate(useWidgets);
    const want = {
      headingLevel: 3,
      contactName: 'Zorgverzekeraar Voorbeeld',
      theme: 'light',
      physioUrl: '/physiotherapy',
      checkHeadingLevel: 2,
      checkContactName: 'Zorgverzekeraar Voorbeeld',
      headingAriaLevel: '3',
      'redflags-result': 'self-care en',
      'risk-factors-change': seen.firstRisk,
      'check-step': 'signs',
      'check-complete': 'urgent no-phase en',
    };
    for (const [key, value] of Object.entries(want)) {
      if (seen[key] !== value) problems.push(`${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(seen[key])}`);
    }
  } catch (error) {
    problems.push(`in Chromium: ${error.message}`);
  } finally {
    await browser.close();
    server.close();
  }
  return problems;
}

/** Runs in the page: waits for the widgets, answers them and reads what the app's handlers wrote. */
async function useWidgets() {
  const wait = async (test, what) => {
    for (let tries = 0; tries < 200; tries += 1) {
      const value = test();
      if (value) return value;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const output = (id) => document.getElementById(id)?.textContent?.trim() ?? null;

  /** Answers each open question of a red-flag check, `yes` for the given ids, step by step. */
  const answer = async (redflags, yes, done) => {
    for (let round = 0; round < 40 && !done(); round += 1) {
      await redflags.updateComplete;
      const radios = [...redflags.shadowRoot.querySelectorAll('input[type="radio"]')];
      const open = radios.filter((radio) => radio.offsetParent !== null && !redflags.shadowRoot.querySelector(`input[name="${radio.name}"]:checked`));
      for (const name of new Set(open.map((radio) => radio.name))) {
        redflags.shadowRoot.querySelector(`input[name="${name}"][value="${yes.includes(name) ? 'yes' : 'no'}"]`).click();
        await redflags.updateComplete;
      }
      redflags.shadowRoot.querySelector('button[part="next"]')?.click();
    }
  };

  const redflags = await wait(() => document.querySelector('back-pain-redflags')?.shadowRoot?.querySelector('input') && document.querySelector('back-pain-redflags'), '<back-pain-redflags>');
  await answer(redflags, [], () => output('redflags-result'));
  await wait(() => output('redflags-result'), 'the redflags-result handler');

  const risks = await wait(() => document.querySelector('back-pain-risk-factors')?.shadowRoot?.querySelector('input[type="checkbox"]'), '<back-pain-risk-factors>');
  risks.click();
  await wait(() => output('risk-factors-change'), 'the risk-factors-change handler');

  const check = await wait(() => document.querySelector('back-pain-check')?.shadowRoot?.querySelector('back-pain-redflags')?.shadowRoot?.querySelector('input') && document.querySelector('back-pain-check'), '<back-pain-check>');
  await wait(() => output('check-step'), 'the check-step handler');
  await answer(check.shadowRoot.querySelector('back-pain-redflags'), ['fever'], () => output('check-complete'));
  await wait(() => output('check-complete'), 'the check-complete handler');

  return {
    headingLevel: redflags.headingLevel,
    contactName: redflags.contactName,
    theme: redflags.theme,
    physioUrl: check.physioUrl,
    checkHeadingLevel: check.headingLevel,
    checkContactName: check.contactName,
    headingAriaLevel: redflags.shadowRoot.querySelector('[role="heading"]')?.getAttribute('aria-level') ?? null,
    firstRisk: risks.value,
    'redflags-result': output('redflags-result'),
    'risk-factors-change': output('risk-factors-change'),
    'check-step': output('check-step'),
    'check-complete': output('check-complete'),
  };
}
