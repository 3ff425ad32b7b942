/**
 * A page holding a server-rendered <back-pain-redflags>, rendered with @lit-labs/ssr from the
 * built package (`npm run build` first), as an insurer's Next.js server would send it. The
 * browser test (hydration.test.ts) loads it; web-test-runner.config.mjs serves it on request.
 *
 * The page records every console error and warning, uncaught error and unhandled rejection in
 * `window.problems` from its first script on, so a hydration mismatch cannot pass unseen. It keeps
 * the server-rendered title in `window.serverTitle`, so the test can tell hydration (the same
 * node kept) from a fresh client render (the node replaced).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { loadLocale } from '../../dist/content/index.js';
import '../../dist/redflags/define.js';

/**
 * The page in Dutch (no lang anywhere), or with `lang` on the widget after `loadLocale` on the
 * server; the page loads the same language before the widget when `clientLoadsFirst`.
 */
export async function renderRedflagsPage(lang, clientLoadsFirst) {
  if (lang) await loadLocale(lang);
  const widget = await collectResult(
    render(lang ? html`<back-pain-redflags lang=${lang}></back-pain-redflags>` : html`<back-pain-redflags></back-pain-redflags>`),
  );
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>Server-rendered back-pain-redflags</title>
<script>
  window.problems = [];
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      window.problems.push(level + ': ' + args.map(String).join(' '));
      original.apply(console, args);
    };
  }
  addEventListener('error', (event) => window.problems.push('uncaught: ' + event.message));
  addEventListener('unhandledrejection', (event) => window.problems.push('unhandled: ' + (event.reason && event.reason.message || event.reason)));
</script>
</head>
<body>
${widget}
<script>
  window.serverTitle = document.querySelector('back-pain-redflags').shadowRoot.querySelector('[part="title"]');
</script>
<script type="module">
  import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  import { loadLocale } from '/dist/content/index.js';
  ${lang && clientLoadsFirst ? `await loadLocale(${JSON.stringify(lang)});` : ''}
  await import('/dist/redflags/define.js');
  window.defined = true;
</script>
</body>
</html>`;
}
