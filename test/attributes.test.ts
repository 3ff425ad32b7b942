import { expect, fixture, html } from '@open-wc/testing';
import { checkBooleanAttribute, parseKeyword } from '../src/internal/attributes.js';
import type { BackPainFaq } from '../src/faq/back-pain-faq.js';
import type { LiftingTips } from '../src/lifting-tips/lifting-tips.js';
import type { BackPainSelfcare } from '../src/selfcare/back-pain-selfcare.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import { captureWarnings, fixtureWithWarnings } from './helpers.js';
import '../src/index.js';

const LAYOUTS = ['list', 'tabs'] as const;

/** Runs `action` and returns the warnings it logged. */
function warningsOf(action: () => void): string[] {
  const warnings = captureWarnings();
  try {
    action();
    return warnings.messages;
  } finally {
    warnings.restore();
  }
}

describe('parseKeyword', () => {
  it('reads a keyword in any case and without surrounding spaces, silently', async () => {
    const el = await fixture<HTMLElement>(html`<x-widget></x-widget>`);
    for (const value of ['tabs', 'Tabs', 'TABS', ' tabs ']) {
      const messages = warningsOf(() => expect(parseKeyword(el, 'layout', value, LAYOUTS, 'Showing the list.'), value).to.equal('tabs'));
      expect(messages, value).to.deep.equal([]);
    }
  });

  it('returns undefined without a warning for an empty or absent value (the default applies)', async () => {
    const el = await fixture<HTMLElement>(html`<x-widget></x-widget>`);
    for (const value of ['', '  ', null, undefined]) {
      const messages = warningsOf(() => expect(parseKeyword(el, 'layout', value, LAYOUTS, 'Showing the list.')).to.equal(undefined));
      expect(messages, String(value)).to.deep.equal([]);
    }
  });

  it('warns once for an unknown keyword, naming the attribute, the value and the accepted values', async () => {
    const el = await fixture<HTMLElement>(html`<x-widget></x-widget>`);
    const messages = warningsOf(() => {
      expect(parseKeyword(el, 'layout', 'grid', LAYOUTS, 'Showing the list.')).to.equal(undefined);
      parseKeyword(el, 'layout', 'grid', LAYOUTS, 'Showing the list.');
    });
    expect(messages).to.deep.equal(['<x-widget>: layout="grid" is not valid. Accepted: list, tabs. Showing the list.']);
  });

  it('warns again for the same mistake once a good value came in between', async () => {
    const el = await fixture<HTMLElement>(html`<x-widget></x-widget>`);
    const messages = warningsOf(() => {
      parseKeyword(el, 'layout', 'grid', LAYOUTS, 'Showing the list.');
      parseKeyword(el, 'layout', 'list', LAYOUTS, 'Showing the list.');
      parseKeyword(el, 'layout', 'grid', LAYOUTS, 'Showing the list.');
    });
    expect(messages).to.have.length(2);
  });
});

describe('checkBooleanAttribute', () => {
  it('accepts HTML’s ways of writing "on" silently: no value, the attribute’s name, "true", in any case', async () => {
    const el = await fixture<HTMLElement>(html`<x-widget></x-widget>`);
    for (const value of ['', 'open', 'OPEN', 'true', 'True']) {
      el.setAttribute('open', value);
      expect(warningsOf(() => checkBooleanAttribute(el, 'open', 'Opening every answer.')), value).to.deep.equal([]);
    }
    el.removeAttribute('open');
    expect(warningsOf(() => checkBooleanAttribute(el, 'open', 'Opening every answer.'))).to.deep.equal([]);
  });

  it('warns once for open="false": it is on, and removing the attribute switches it off', async () => {
    const el = await fixture<HTMLElement>(html`<x-widget open="false"></x-widget>`);
    const messages = warningsOf(() => {
      checkBooleanAttribute(el, 'open', 'Opening every answer.');
      checkBooleanAttribute(el, 'open', 'Opening every answer.');
    });
    expect(messages).to.have.length(1);
    expect(messages[0]).to.equal(
      '<x-widget>: open="false" is not valid. Accepted: no value, or remove the attribute to switch it off. Opening every answer.',
    );
  });
});

describe('attributes in the widgets', () => {
  it('takes a keyword in any case: <lifting-tips layout="Tabs"> shows tabs, without a warning', async () => {
    const { el, warnings } = await fixtureWithWarnings<LiftingTips>(html`<lifting-tips layout="Tabs"></lifting-tips>`);
    expect(el.shadowRoot!.querySelectorAll('[role="tab"]').length).to.be.greaterThan(1);
    expect(warnings).to.deep.equal([]);
  });

  it('takes a keyword in any case: <back-pain-redflags theme="DARK"> is dark, without a warning', async () => {
    const { el, warnings } = await fixtureWithWarnings<BackPainRedflags>(html`<back-pain-redflags theme="DARK"></back-pain-redflags>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.widget')!).colorScheme).to.equal('dark');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.widget')!).backgroundColor).to.equal('rgb(21, 24, 28)');
    expect(warnings).to.deep.equal([]);
  });

  it('opens every answer for <back-pain-faq open="false">, as HTML does, with one warning that says how to switch it off', async () => {
    const { el, warnings } = await fixtureWithWarnings<BackPainFaq>(html`<back-pain-faq open="false"></back-pain-faq>`);
    const details = [...el.shadowRoot!.querySelectorAll('details')];
    expect(details.length).to.be.greaterThan(1);
    expect(details.every((item) => item.open)).to.equal(true);
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.contain('<back-pain-faq>: open="false"').and.to.contain('remove the attribute');
    el.removeAttribute('open');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('details')].some((item) => item.open)).to.equal(false);
  });

  it('warns once for a wrong keyword, naming the accepted values: <back-pain-selfcare mode="panic">', async () => {
    const { el, warnings } = await fixtureWithWarnings<BackPainSelfcare>(html`<back-pain-selfcare mode="panic"></back-pain-selfcare>`);
    expect(warnings, warnings.join('\n')).to.deep.equal(['<back-pain-selfcare>: mode="panic" is not valid. Accepted: all, everyday, acute. Showing all.']);
    expect(el.shadowRoot!.querySelector('[part="everyday"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="acute"]')).to.exist;
  });
});
