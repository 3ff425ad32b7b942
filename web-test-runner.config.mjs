import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from './scripts/browsers.mjs';

const { chromium, firefox } = findBrowsers();
const only = process.env.BROWSERS?.split(',');

// One page at a time per browser: background pages get no animation frames in Chromium and no
// focus in Firefox (known web-test-runner issues), which makes tests time out at random.
// The two browsers still run side by side.
const browsers = [
  chromium && chromeLauncher({ concurrency: 1, launchOptions: { executablePath: chromium, headless: true, args: chromiumArgs } }),
  firefox &&
    chromeLauncher({
      concurrency: 1,
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
].filter((browser, index) => browser && (!only || only.includes(['chromium', 'firefox'][index])));

/** The policy of the strictest host pages (insurer portals); the embedding tests use it. */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Pages that also list the Trusted Types policies they allow, each with the list it is served
 * with after the strict policy (test/embedding/trusted-types.test.ts).
 */
export const trustedTypesPages = {
  '/test/embedding/pages/trusted-types-every-file.html': "trusted-types lit-html 'allow-duplicates'",
  '/test/embedding/pages/trusted-types-once.html': 'trusted-types lit-html',
  '/test/embedding/pages/trusted-types-without-lit.html': 'trusted-types page-policy',
};

/** Pages rendered on request with @lit-labs/ssr, as a server would send them (test/ssr/). */
function serverRenderedPages() {
  return {
    name: 'server-rendered-pages',
    async serve(context) {
      if (context.path !== '/test/ssr/redflags.html') return undefined;
      const { renderRedflagsPage } = await import('./test/ssr/render-page.mjs');
      return { body: await renderRedflagsPage(context.query.lang, context.query.client === 'loads-first'), type: 'html' };
    },
  };
}

/**
 * `forced-colors` command: emulateMedia from @web/test-runner-commands leaves this media feature
 * alone, so tests of Windows high-contrast mode set it here through puppeteer. Firefox cannot
 * emulate it (puppeteer speaks WebDriver BiDi there): the command then answers false.
 */
function forcedColors() {
  const devTools = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.name !== 'Chrome') return false;
      // Puppeteer's emulateMediaFeatures refuses forced-colors; the DevTools protocol takes it.
      // The session stays open: the emulation lasts only as long as the session that set it.
      const page = session.browser.getPage(session.id);
      if (!devTools.has(page)) devTools.set(page, await page.createCDPSession());
      const value = payload?.active ? 'active' : 'none';
      await devTools.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

export default {
  // The framework apps under test/frameworks install their own packages, tests included: not ours.
  files: ['test/**/*.test.ts', '!test/frameworks/**'],
  nodeResolve: true,
  browsers,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 420000,
  middleware: [
    async function strictContentSecurityPolicy(context, next) {
      await next();
      if (context.path.startsWith('/test/embedding/pages/csp')) context.set('Content-Security-Policy', strictPolicy);
      const trustedTypes = trustedTypesPages[context.path];
      if (trustedTypes) context.set('Content-Security-Policy', `${strictPolicy}; ${trustedTypes}`);
    },
  ],
  plugins: [bundleReactTests(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), serverRenderedPages(), forcedColors()],
};

/**
 * React ships CommonJS, which the browser cannot import. Tests of the React wrappers are served
 * bundled, as an app's bundler would see the package: React, the built dist/ and the test.
 */
function bundleReactTests() {
  return {
    name: 'bundle-react-tests',
    async serve(context) {
      if (!/^\/test\/react\/.+\.test\.ts$/.test(context.path)) return undefined;
      const result = await build({
        entryPoints: [`.${context.path}`],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        tsconfig: 'test/types/tsconfig.json',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
