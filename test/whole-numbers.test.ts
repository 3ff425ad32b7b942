/**
 * Numbers are plain decimal whole numbers everywhere: in attributes (`heading-level`,
 * `start-minutes`, `goal-minutes`, `day`) and in the fields a reader types in (the walking
 * programme's minutes, the guided check's duration). "0x1e", "1e3", "3.0" and "+3" are refused,
 * as the timeline's `day` already refused them. An attribute and the field beside it share one
 * set of bounds; a refused field says why, visibly.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parseWholeNumber } from '../src/internal/attributes.js';
import { MAX_ONSET_DAYS } from '../src/recovery-timeline/timeline-dates.js';
import '../src/index.js';
import type { BackPainCheck } from '../src/check/back-pain-check.js';
import type { BackPainFaq } from '../src/faq/back-pain-faq.js';
import type { RecoveryTimeline } from '../src/recovery-timeline/recovery-timeline.js';
import type { WalkingProgram } from '../src/walking-program/walking-program.js';
import { check as nlCheck, timeline as nlTimeline, walking as nlWalking } from '../src/content/nl.js';
import { captureWarnings, fixtureWithWarnings, passWarningSigns, shadowText } from './helpers.js';

const NOT_PLAIN = ['0x1e', '1e3', '3e0', '3.0', '+3', '-3', '', ' ', '0b11', '0o7', '1_000', 'Infinity', '12px', '３', '٣'];

describe('parseWholeNumber', () => {
  it('reads plain decimal digits, with spaces around them as HTML allows', () => {
    for (const [text, value] of [['0', 0], ['7', 7], [' 12 ', 12], ['007', 7], ['36525', 36525]] as const) expect(parseWholeNumber(text), text).to.equal(value);
  });

  it('gives NaN for anything else', () => {
    for (const text of NOT_PLAIN) expect(parseWholeNumber(text), JSON.stringify(text)).to.be.NaN;
  });
});

describe('heading-level', () => {
  for (const value of ['0x3', '3e0', '3.0', '+3', '3px']) {
    it(`refuses heading-level="${value}" with one warning and uses 2`, async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainFaq>(html`<back-pain-faq heading-level=${value}></back-pain-faq>`);
      expect(warnings.filter((warning) => warning.includes('heading-level'))).to.have.length(1);
      expect(warnings.find((warning) => warning.includes('heading-level'))).to.contain(`heading-level="${value}"`);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    });
  }

  it('takes " 3 " as 3, silently; a removed attribute is 2, silently', async () => {
    const { el, warnings } = await fixtureWithWarnings<BackPainFaq>(html`<back-pain-faq heading-level=" 3 "></back-pain-faq>`);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    const later = captureWarnings();
    try {
      el.removeAttribute('heading-level');
      await el.updateComplete;
    } finally {
      later.restore();
    }
    expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    expect([...warnings, ...later.messages]).to.deep.equal([]);
  });
});

describe('<walking-program> minutes', () => {
  const today = new Date(2026, 2, 2, 10, 0);
  for (const [attribute, value, fallback] of [['start-minutes', '0xa', '5'], ['start-minutes', '1e1', '5'], ['goal-minutes', '0x1e', '30'], ['goal-minutes', '3e1', '30'], ['goal-minutes', '30.0', '30']] as const) {
    it(`refuses ${attribute}="${value}" with one warning`, async () => {
      const template =
        attribute === 'start-minutes'
          ? html`<walking-program start-minutes=${value} goal-minutes="40" .today=${today}></walking-program>`
          : html`<walking-program start-minutes="12" goal-minutes=${value} .today=${today}></walking-program>`;
      const { el, warnings } = await fixtureWithWarnings<WalkingProgram>(template);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`${attribute}="${value}"`);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${attribute.split('-')[0]}"]`)!.value).to.equal(fallback);
    });
  }

  it('refuses "1e1" typed in a field, with the visible message that the attribute\'s bounds give', async () => {
    const el = await fixture<WalkingProgram>(html`<walking-program .today=${today}></walking-program>`);
    const start = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="start"]')!;
    start.value = '1e1';
    start.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(start.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#start-error')!.textContent).to.equal(nlWalking.outOfRange(2, 60));
    expect(el.shadowRoot!.querySelectorAll('.week')).to.have.length(0);
  });
});

describe('<back-pain-check> duration', () => {
  for (const value of ['0x1e', '1e1', '3.0', '+3']) {
    it(`refuses "${value}" days with a visible message`, async () => {
      const el = await fixture<BackPainCheck>(html`<back-pain-check today="2026-11-30"></back-pain-check>`);
      await passWarningSigns(el);
      const amount = el.shadowRoot!.querySelector<HTMLInputElement>('#amount')!;
      amount.value = value;
      amount.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await el.updateComplete;
      expect(shadowText(el)).to.contain(nlCheck.durationErrors['not-a-whole-number']);
      expect(amount.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.querySelector('#step-heading')!.textContent!.trim()).to.equal(nlCheck.steps.duration);
    });
  }
});

describe('<recovery-timeline> day and onset share the field\'s bounds', () => {
  const marker = (el: RecoveryTimeline) => el.shadowRoot!.querySelector('[part="marker"]');

  for (const [attribute, value] of [['onset', '0001-01-01'], ['onset', '1900-01-01'], ['day', String(MAX_ONSET_DAYS + 1)], ['day', '739954']] as const) {
    it(`refuses ${attribute}="${value}" with one warning, and marks no phase`, async () => {
      const template =
        attribute === 'onset'
          ? html`<recovery-timeline onset=${value} today="2026-03-20"></recovery-timeline>`
          : html`<recovery-timeline day=${value} today="2026-03-20"></recovery-timeline>`;
      const { el, warnings } = await fixtureWithWarnings<RecoveryTimeline>(template);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`${attribute}="${value}"`).and.to.contain(String(MAX_ONSET_DAYS));
      expect(marker(el)).to.equal(null);
      expect(shadowText(el)).not.to.match(/Dag \d{4,}/);
    });
  }

  it(`takes day="${MAX_ONSET_DAYS}", the last day the field takes too`, async () => {
    const { el, warnings } = await fixtureWithWarnings<RecoveryTimeline>(html`<recovery-timeline day=${MAX_ONSET_DAYS}></recovery-timeline>`);
    expect(warnings).to.deep.equal([]);
    expect(marker(el)!.textContent).to.contain(nlTimeline.dayCount(MAX_ONSET_DAYS));
  });

  it('refuses 0001-01-01 typed in the field, with its visible message', async () => {
    const el = await fixture<RecoveryTimeline>(html`<recovery-timeline today="2026-03-20"></recovery-timeline>`);
    const onset = el.shadowRoot!.querySelector<HTMLInputElement>('#onset')!;
    onset.value = '0001-01-01';
    onset.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal(nlTimeline.onsetInvalid);
    expect(marker(el)).to.equal(null);
  });
});
