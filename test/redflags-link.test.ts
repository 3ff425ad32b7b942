import { expect, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { common as nl } from '../src/content/nl.js';
import { common as en } from '../src/content/en.js';
import { fixtureWithWarnings } from './helpers.js';
import '../src/index.js';

/** The widgets that give advice, and where their link to the page's red-flag check sits. */
const widgets = [
  { tag: 'recovery-timeline', container: '.widget' },
  { tag: 'back-pain-faq', container: '#when-gp [part="answer"]' },
  { tag: 'back-pain-treatments', container: '.widget' },
  { tag: 'walking-program', container: '.widget' },
];

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

const render = (tag: string, attributes: string) =>
  fixtureWithWarnings<Widget>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
const links = (el: Widget) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="redflags-link"]')];

describe('redflags-href on the widgets that give advice', () => {
  for (const { tag, container } of widgets) {
    describe(`<${tag}>`, () => {
      it('links "Do the check first" to the page’s self-check, in place', async () => {
        const { el, warnings } = await render(tag, 'redflags-href="/rugpijn/check"');
        expect(warnings).to.deep.equal([]);
        const found = links(el);
        expect(found).to.have.length(1);
        expect(found[0]!.getAttribute('href')).to.equal(new URL('/rugpijn/check', document.baseURI).href);
        expect(found[0]!.textContent!.trim()).to.equal(nl.redFlagsCheck);
        expect(el.shadowRoot!.querySelector(container)!.contains(found[0]!), container).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('speaks English with lang="en"', async () => {
        const { el } = await render(tag, 'lang="en" redflags-href="#check"');
        await waitUntil(() => links(el)[0]?.textContent?.trim() === en.redFlagsCheck, 'English link text');
        expect(links(el)[0]!.getAttribute('href')).to.equal(new URL('#check', document.baseURI).href);
      });

      it('shows no link without redflags-href, and does not warn', async () => {
        const { el, warnings } = await render(tag, '');
        expect(links(el)).to.have.length(0);
        expect(el.shadowRoot!.textContent).not.to.contain(nl.redFlagsCheck);
        expect(warnings).to.deep.equal([]);
      });

      it('shows no link for a refused value, with one warning that names the attribute and what it accepts', async () => {
        const { el, warnings } = await render(tag, 'redflags-href="javascript:alert(1)"');
        expect(links(el)).to.have.length(0);
        expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain(`<${tag}>: redflags-href="javascript:alert(1)"`).and.to.contain('Accepted: an http or https address');
      });

      it('adds and removes the link when the attribute changes', async () => {
        const { el } = await render(tag, '');
        el.setAttribute('redflags-href', 'https://example.org/check');
        await el.updateComplete;
        expect(links(el).map((link) => link.href)).to.deep.equal(['https://example.org/check']);
        el.removeAttribute('redflags-href');
        await el.updateComplete;
        expect(links(el)).to.have.length(0);
      });
    });
  }
});
