import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { RED_FLAG_IDS, RED_FLAG_RULES } from '../src/content/structure.js';
import { captureWarnings } from './helpers.js';
import '../src/index.js';

/**
 * Every URL attribute of every widget, and how to bring its link on screen. A value written as a
 * path must stay on this site: the browser resolves `//evil.example` and its cousins to another
 * origin, so those are refused, while an absolute https address (the practice's own site) stays.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Answers "no" to every first question of a red-flag check shown as a list, so its outcome shows. */
async function completeRedflags(redflags: Widget) {
  const firstAsked = RED_FLAG_IDS.filter((id) => !('after' in RED_FLAG_RULES[id]));
  for (const id of firstAsked) {
    redflags.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${id}"][value="no"]`)!.click();
    await redflags.updateComplete;
  }
}

const urlAttributes: { tag: string; attribute: string; extra?: string; show?: (el: Widget) => Promise<void> }[] = [
  { tag: 'recovery-timeline', attribute: 'redflags-href' },
  { tag: 'back-pain-faq', attribute: 'redflags-href' },
  { tag: 'back-pain-treatments', attribute: 'redflags-href' },
  { tag: 'walking-program', attribute: 'redflags-href' },
  { tag: 'back-pain-selfcare', attribute: 'redflags-href' },
  { tag: 'back-pain-redflags', attribute: 'contact-url', extra: 'layout="list"', show: completeRedflags },
  { tag: 'back-pain-check', attribute: 'contact-url' },
  { tag: 'back-pain-check', attribute: 'physio-url' },
];

/** Written as paths, resolved by a browser to another site. */
const foreignPaths = ['//evil.example', '///evil.example', '/\\evil.example', ' //evil.example/', '\t//evil.example', '/\\/evil.example'];

/** Every link in the widget, shadow roots within it included. */
function allLinks(root: ParentNode): HTMLAnchorElement[] {
  const found: HTMLAnchorElement[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) found.push(node);
    if (node.shadowRoot) found.push(...allLinks(node.shadowRoot));
  }
  return found;
}

async function render(tag: string, attribute: string, value: string, extra = '', show?: (el: Widget) => Promise<void>) {
  const warnings = captureWarnings();
  try {
    const el = await fixture<Widget>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(extra)}></${unsafeStatic(tag)}>`);
    el.setAttribute(attribute, value);
    await el.updateComplete;
    await show?.(el);
    await el.updateComplete;
    // Resolved as the browser does when the link is followed: against the page.
    const hrefs = allLinks(el.shadowRoot!).map((a) => new URL(a.getAttribute('href')!, document.baseURI));
    return { el, hrefs, warnings: warnings.messages };
  } finally {
    warnings.restore();
  }
}

describe('URL attributes: same-site paths stay on this site', () => {
  for (const { tag, attribute, extra, show } of urlAttributes) {
    describe(`<${tag} ${attribute}>`, () => {
      for (const value of foreignPaths) {
        it(`refuses ${JSON.stringify(value)} with one warning naming ${attribute}`, async () => {
          const { hrefs, warnings } = await render(tag, attribute, value, extra, show);
          const foreign = hrefs.filter((url) => (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== location.origin);
          expect(foreign.map(String), 'no link to another site').to.deep.equal([]);
          expect(warnings, warnings.join('\n')).to.have.length(1);
          // The guided check hands contact-url to the red-flag check inside it, which warns.
          expect(warnings[0]).to.contain(`: ${attribute}="`).and.to.contain('Accepted');
        });
      }

      it('keeps a same-site path, a #place and the practice’s own https site, without a warning', async () => {
        for (const value of ['/rugpijn/contact', '#check', 'https://practice.example/contact']) {
          const { warnings } = await render(tag, attribute, value, extra, show);
          expect(warnings, `${value}: ${warnings.join('\n')}`).to.deep.equal([]);
        }
      });
    });
  }

  it('shows the link for a same-site path and for the practice’s https site', async () => {
    for (const value of ['/rugpijn/contact', 'https://practice.example/contact']) {
      const { hrefs } = await render('back-pain-selfcare', 'redflags-href', value);
      expect(hrefs.map(String)).to.include(new URL(value, document.baseURI).href);
    }
  });

  it('shows a tel: and a mailto: contact-url as links that name the number or address', async () => {
    for (const [value, label] of [
      ['tel:+31201234567', '+31201234567'],
      ['mailto:praktijk@example.org', 'praktijk@example.org'],
    ]) {
      const { el, hrefs, warnings } = await render('back-pain-redflags', 'contact-url', value!, 'layout="list"', completeRedflags);
      expect(warnings, warnings.join('\n')).to.deep.equal([]);
      expect(hrefs.map(String)).to.include(value);
      const link = allLinks(el.shadowRoot!).find((a) => a.getAttribute('href') === value)!;
      expect(link.textContent).to.contain(label);
      expect(link.hasAttribute('target'), 'a call or e-mail opens no empty tab').to.equal(false);
    }
  });
});
