import { expect, fixture, html } from '@open-wc/testing';
import { redFlags as nl } from '../src/content/nl.js';
import { registerContent } from '../src/content/index.js';
import '../src/redflags/define.js';
import { captureWarnings, shadowText } from './helpers.js';

/**
 * A page's override of a text function is checked with one sample when it is registered; for
 * other input it may still throw or return something that is no text. That one text then keeps
 * the built-in wording, with a warning: never a blank widget.
 */

const stepOfSeven = nl.stepProgress(1, 7);
const progress = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="progress"]')?.textContent?.trim();

async function renderWith(stepProgress: (step: number, total: number) => unknown) {
  const warnings = captureWarnings();
  try {
    expect(registerContent('nl', { redFlags: { stepProgress: stepProgress as (step: number, total: number) => string } }).ok, 'passes the sample').to.equal(true);
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<back-pain-redflags></back-pain-redflags>`);
    await el.updateComplete;
    return { el, warnings: warnings.messages };
  } finally {
    warnings.restore();
  }
}

describe('an override text function that fails for some input', () => {
  // Restored after the checks: the widget re-renders as soon as content changes.
  afterEach(() => registerContent('nl', { redFlags: { stepProgress: nl.stepProgress } }));

  it('keeps the built-in wording when it throws, with a warning naming the text', async () => {
    const { el, warnings } = await renderWith((step, total) => {
      if (total !== 2) throw new Error('no wording for this');
      return `Deel ${step}`;
    });
    expect(progress(el)).to.equal(stepOfSeven);
    expect(shadowText(el)).to.contain(nl.title);
    expect(warnings.filter((message) => message.includes('redFlags.stepProgress')), warnings.join('\n')).to.have.length(1);
  });

  for (const [kind, result] of [['a number', 42], ['undefined', undefined], ['an empty string', ' '], ['an object', { toString: () => 'x' }]] as const) {
    it(`keeps the built-in wording when it returns ${kind}`, async () => {
      const { el, warnings } = await renderWith((step, total) => (total === 2 ? `Deel ${step}` : result));
      expect(progress(el)).to.equal(stepOfSeven);
      expect(warnings.filter((message) => message.includes('redFlags.stepProgress')), warnings.join('\n')).to.have.length(1);
    });
  }

  it('refuses at registration, without throwing, a function that throws for the sample', () => {
    const warnings = captureWarnings();
    try {
      const result = registerContent('nl', {
        redFlags: {
          stepProgress: () => {
            throw new Error('broken');
          },
        },
      });
      expect(result.ok).to.equal(false);
      expect(result.errors).to.deep.equal(['redFlags.stepProgress: expected a function that returns a non-empty string']);
    } finally {
      warnings.restore();
    }
  });
});
