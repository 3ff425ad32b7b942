/**
 * A <back-pain-redflags> rendered on the server with @lit-labs/ssr (test/ssr/render-page.mjs,
 * served on request by web-test-runner; `npm run build` first) hydrates in the browser with
 * @lit-labs/ssr-client's support loaded first: it keeps the server's DOM, stays interactive and
 * logs nothing. Both test browsers parse declarative shadow DOM (Chromium 111+, Firefox 123+).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { meta, redFlags as nl } from '../../src/content/nl.js';
import { redFlags as en } from '../../src/content/en.js';
import { RED_FLAG_IDS, RED_FLAG_RULES } from '../../src/content/structure.js';
import type { RedFlagsResultDetail } from '../../src/redflags/back-pain-redflags.js';

interface ServerRenderedPage extends Window {
  problems: string[];
  serverTitle: Element;
  defined?: boolean;
}

async function openPage(query = ''): Promise<{ page: ServerRenderedPage; widget: HTMLElement & { updateComplete: Promise<boolean> } }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '1000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/ssr/redflags.html${query}`;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as unknown as ServerRenderedPage;
  await waitUntil(() => page.defined, 'the widget module loads', { timeout: 8000 });
  const widget = page.document.querySelector('back-pain-redflags') as HTMLElement & { updateComplete: Promise<boolean> };
  await widget.updateComplete;
  return { page, widget };
}

/** What the page logged, less Lit's notice that it runs its development build (the test server's). */
const problems = (page: ServerRenderedPage) => page.problems.filter((message) => !message.includes('Lit is in dev mode'));

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('a server-rendered <back-pain-redflags>', () => {
  it('arrives with its Dutch texts in declarative shadow DOM, before any script runs', async () => {
    const response = await fetch('/test/ssr/redflags.html');
    const page = await response.text();
    expect(page).to.match(/<back-pain-redflags><template shadowroot="open" shadowrootmode="open">/);
    expect(page).to.contain(nl.title).and.to.contain(nl.flags['bladder-bowel'].question);
    expect(page).not.to.contain(en.title);
  });

  it('hydrates without a warning or error, keeping the server-rendered DOM', async () => {
    const { page, widget } = await openPage();
    expect(widget.shadowRoot!.querySelector('[part="title"]'), 'the same title node').to.equal(page.serverTitle);
    expect(page.serverTitle.textContent).to.equal(nl.title);
    expect(problems(page), problems(page).join('\n')).to.deep.equal([]);
  });

  it('answered after hydration, shows the outcome card and fires redflags-result', async () => {
    const { page, widget } = await openPage();
    const results: RedFlagsResultDetail[] = [];
    page.document.addEventListener('redflags-result', (event) => results.push((event as CustomEvent<RedFlagsResultDetail>).detail));
    // One step at a time, as a person answers: "no" to each question shown, then Next.
    const answered = new Set<string>();
    while (!widget.shadowRoot!.querySelector('#outcome')) {
      const shown = [...widget.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][value="no"]')];
      expect(shown.length, 'questions on this step').to.be.greaterThan(0);
      for (const no of shown) {
        no.click();
        answered.add(no.name);
        await widget.updateComplete;
      }
      widget.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]')!.click();
      await widget.updateComplete;
    }
    expect([...answered].sort(), 'every question was asked (follow-ups only open after a yes)').to.deep.equal(
      RED_FLAG_IDS.filter((id) => !('after' in RED_FLAG_RULES[id])).sort(),
    );
    const outcome = widget.shadowRoot!.querySelector<HTMLElement>('#outcome');
    expect(outcome!.textContent).to.contain(nl.routes['self-care'].title);
    expect(results).to.deep.equal([{ urgency: 'self-care', route: 'self-care', flags: [], signs: [], contentVersion: meta.version, lang: 'nl' }]);
    expect(problems(page), problems(page).join('\n')).to.deep.equal([]);
  });

  for (const [query, when] of [
    ['?lang=en&client=loads-first', 'the page loads English first'],
    ['?lang=en', 'English loads on demand'],
  ]) {
    it(`in English, rendered after loadLocale, hydrates and stays English and interactive when ${when}`, async () => {
      const { page, widget } = await openPage(query);
      expect(problems(page), problems(page).join('\n')).to.deep.equal([]);
      // Hydration waits for the English texts; then the widget renders once more.
      await waitUntil(() => (widget as unknown as { texts?: object }).texts, 'the English texts load');
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelector('[part="title"]'), 'the same title node').to.equal(page.serverTitle);
      expect(page.serverTitle.textContent).to.equal(en.title);
      widget.shadowRoot!.querySelector<HTMLInputElement>('input[name="saddle-numbness"][value="yes"]')!.click();
      await widget.updateComplete;
      widget.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]')!.click();
      await widget.updateComplete;
      expect(widget.shadowRoot!.querySelector('#outcome')?.textContent).to.contain(en.routes['gp-now-or-112'].title);
      expect(problems(page), problems(page).join('\n')).to.deep.equal([]);
    });
  }
});
