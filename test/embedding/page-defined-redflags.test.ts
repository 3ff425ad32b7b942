/**
 * A page that defined `<back-pain-redflags>` itself, with a class of its own, before the guided
 * check loads: the check still renders, and starting again does not throw.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { check } from '../../src/content/nl.js';
import { captureWarnings } from '../helpers.js';

customElements.define('back-pain-redflags', class extends HTMLElement {});
const warnings = captureWarnings();
await import('../../src/check/define.js');
warnings.restore();

type Check = HTMLElement & { updateComplete: Promise<unknown>; restart(): void };

describe('a page that defined back-pain-redflags itself', () => {
  it('the guided check renders, says which copy is used, and starts again without an error', async () => {
    expect(warnings.messages.join('\n')).to.contain('<back-pain-redflags> is already defined');
    const el = await fixture<Check>(html`<back-pain-check></back-pain-check>`);
    expect(el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim()).to.equal(check.title);
    expect(() => el.restart()).not.to.throw();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim()).to.equal(check.title);
  });
});
