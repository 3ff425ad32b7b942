import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/recovery-timeline/define.js';
import type { RecoveryTimeline } from '../src/recovery-timeline/recovery-timeline.js';
import { timeline as nl } from '../src/content/nl.js';
import { timeline as en } from '../src/content/en.js';
import { PHASE_DAYS, PHASE_IDS, type PhaseId } from '../src/content/structure.js';
import { getContent, loadLocale } from '../src/content/index.js';
import { BUILT_IN_LOCALES } from '../src/content/registry.js';
import { PHASE_BOUNDARY_DAYS } from './timeline-boundaries.js';
import { captureWarnings, shadowText, fixtureWithWarnings } from './helpers.js';

const heading = (el: RecoveryTimeline) => el.shadowRoot!.querySelector('[role="heading"]')!;
const list = (el: RecoveryTimeline) => el.shadowRoot!.querySelector('ol')!;
const items = (el: RecoveryTimeline) => [...list(el).children] as HTMLLIElement[];
const details = (el: RecoveryTimeline) => items(el).map((item) => item.querySelector('details')!);
const summaries = (el: RecoveryTimeline) => items(el).map((item) => item.querySelector('summary')!);
const openIds = (el: RecoveryTimeline) => PHASE_IDS.filter((_, index) => details(el)[index]!.open);
const marker = (el: RecoveryTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.marker');
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

/** The id of the phase marked current, after checking that at most one item is. */
function currentId(el: RecoveryTimeline): PhaseId | undefined {
  const marked = el.shadowRoot!.querySelectorAll('[aria-current]');
  expect(marked.length, 'at most one element with aria-current').to.be.at.most(1);
  if (marked.length === 0) return undefined;
  expect(marked[0]!.getAttribute('aria-current')).to.equal('step');
  const index = items(el).indexOf(marked[0] as HTMLLIElement);
  expect(index, 'aria-current on a list item of the timeline').to.be.at.least(0);
  return PHASE_IDS[index];
}

/** The local calendar date `days` before now, as YYYY-MM-DD. */
function localDateDaysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function expectWholeTimelineWithoutMarker(el: RecoveryTimeline) {
  expect(items(el)).to.have.length(PHASE_IDS.length);
  expect(currentId(el)).to.equal(undefined);
  expect(marker(el)).to.equal(null);
  expect(openIds(el), 'every phase closed').to.deep.equal([]);
  for (const id of PHASE_IDS) expect(shadowText(el)).to.contain(nl.phases[id].title);
}

describe('<recovery-timeline>', () => {
  describe('accessibility', () => {
    it('is accessible without a current phase, as an ordered list of closed phases', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline></recovery-timeline>`);
      await expect(el).to.be.accessible();
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(list(el).localName).to.equal('ol');
      expectWholeTimelineWithoutMarker(el);
      PHASE_IDS.forEach((id, index) => {
        const summary = text(summaries(el)[index]!);
        expect(summary).to.contain(nl.phases[id].title).and.to.contain(nl.phases[id].when);
      });
    });

    const states: [number, PhaseId][] = [
      [1, 'first-days'],
      [10, 'weeks-2-6'],
      [50, 'after-6-weeks'],
      [100, 'after-12-weeks'],
    ];
    for (const [day, phase] of states) {
      it(`is accessible on day ${day}, with ${phase} marked, in words, and open`, async () => {
        const el = await fixture<RecoveryTimeline>(html`<recovery-timeline day=${day}></recovery-timeline>`);
        await expect(el).to.be.accessible();
        expect(currentId(el)).to.equal(phase);
        expect(openIds(el)).to.deep.equal([phase]);
        const current = items(el)[PHASE_IDS.indexOf(phase)]!;
        expect(current.querySelector('.marker'), 'the marker sits in the current phase').to.equal(marker(el));
        expect(marker(el)!.querySelector('strong')!.textContent).to.equal(nl.youAreHere);
        expect(text(marker(el)!)).to.contain(nl.dayCount(day));
        const advice = text(current.querySelector('.advice')!);
        for (const part of [nl.normalHeading, nl.phases[phase].normal, nl.helpsHeading, ...nl.phases[phase].helps, nl.contactHeading, nl.phases[phase].contact]) {
          expect(advice).to.contain(part);
        }
      });
    }

    it('is accessible with every phase open', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline day="3"></recovery-timeline>`);
      details(el).forEach((phase) => (phase.open = true));
      await expect(el).to.be.accessible();
      expect(openIds(el)).to.deep.equal([...PHASE_IDS]);
    });

    it('is accessible in English, from an onset date', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline lang="en" onset="2026-03-01" today="2026-03-06"></recovery-timeline>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      await expect(el).to.be.accessible();
      expect(currentId(el)).to.equal('first-week');
      expect(text(marker(el)!)).to.contain(en.youAreHere).and.to.contain(en.dayCount(5));
    });

    it('names each phase in its disclosure, with the three parts of its advice as headings two levels below the title', async () => {
      for (const level of [2, 3, 4]) {
        const el = await fixture<RecoveryTimeline>(html`<recovery-timeline heading-level=${level} day="0"></recovery-timeline>`);
        expect(heading(el).getAttribute('aria-level')).to.equal(String(level));
        expect(summaries(el)[0]!.textContent).to.contain(nl.phases['first-days'].title).and.to.contain(nl.phases['first-days'].when);
        expect(el.shadowRoot!.querySelectorAll('summary [role="heading"]'), 'no heading lost inside a summary').to.have.length(0);
        for (const item of items(el)) {
          const [phaseHeading, ...subHeadings] = [...item.querySelectorAll('.advice [role="heading"]')];
          const phase = PHASE_IDS[items(el).indexOf(item)]!;
          expect(text(phaseHeading!), 'the phase, for moving by headings').to.equal(nl.phases[phase].title);
          expect(phaseHeading!.getAttribute('aria-level')).to.equal(String(Math.min(level + 1, 6)));
          expect(subHeadings.map(text)).to.deep.equal([nl.normalHeading, nl.helpsHeading, nl.contactHeading]);
          for (const sub of subHeadings) expect(sub.getAttribute('aria-level')).to.equal(String(Math.min(level + 2, 6)));
        }
      }
    });

    it('never gives a sub-heading a level above 6', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline heading-level="6" day="0"></recovery-timeline>`);
      const levels = [...el.shadowRoot!.querySelectorAll('.advice [role="heading"]')].map((sub) => sub.getAttribute('aria-level'));
      expect(levels).to.have.length(PHASE_IDS.length * 4);
      expect(new Set(levels)).to.deep.equal(new Set(['6']));
    });

    it('has the documented parts', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline day="20"></recovery-timeline>`);
      for (const part of ['phases', 'phase', 'current', 'marker', 'summary', 'advice']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
      expect(el.shadowRoot!.querySelectorAll('[part~="current"]')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('[part~="phase"]')).to.have.length(PHASE_IDS.length);
    });
  });

  describe('the current phase by day', () => {
    for (const [day, phase] of PHASE_BOUNDARY_DAYS) {
      it(`marks ${phase} on day ${day}, and only that phase`, async () => {
        const el = await fixture<RecoveryTimeline>(html`<recovery-timeline day=${day}></recovery-timeline>`);
        expect(currentId(el)).to.equal(phase);
        expect(el.shadowRoot!.querySelectorAll('[aria-current="step"]')).to.have.length(1);
        expect(text(marker(el)!)).to.contain(nl.dayCount(day));
      });
    }

    it('never marks recurrence, and moves the mark when the day changes', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline day="2"></recovery-timeline>`);
      for (let day = 0; day <= 120; day += 1) {
        el.day = day;
        await el.updateComplete;
        const id = currentId(el);
        if (id === 'recurrence' || id === undefined) expect.fail(`day ${day} marks ${id}`);
      }
      el.day = 2;
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['first-days']);
      el.setAttribute('day', '3');
      await el.updateComplete;
      expect(currentId(el)).to.equal('first-week');
      expect(openIds(el), 'the old phase closes, the new one opens').to.deep.equal(['first-week']);
      el.removeAttribute('day');
      await el.updateComplete;
      expect(currentId(el)).to.equal(undefined);
    });
  });

  describe('days as people count them', () => {
    const numbers = (words: string) => [...words.matchAll(/\d+/g)].map(([digits]) => Number(digits));

    it('calls the day the pain started day 1, never day 0, in every language', async () => {
      for (const locale of BUILT_IN_LOCALES) {
        await loadLocale(locale);
        const t = getContent(locale)!.timeline;
        const el = await fixture<RecoveryTimeline>(html`<recovery-timeline lang=${locale} day="0"></recovery-timeline>`);
        await waitUntil(() => heading(el)?.textContent?.trim() === t.title, `${locale} title`);
        const shown = shadowText(el);
        expect(shown, locale).to.not.match(/\b(dag|day|jour) 0\b/i);
        expect(text(marker(el)!), locale).to.match(/\b(Dag|Day|Jour) 1\b/);
        expect(numbers(t.dayCount(1))[0], `${locale}: started yesterday`).to.equal(2);
        expect(numbers(t.dayCount(9))[0], `${locale}: 9 days ago`).to.equal(10);
      }
    });

    it('names in each phase the days of PHASE_DAYS, in every language', async () => {
      for (const locale of BUILT_IN_LOCALES) {
        await loadLocale(locale);
        const { phases } = getContent(locale)!.timeline;
        for (const [id, { from, to }] of Object.entries(PHASE_DAYS)) {
          expect(numbers(phases[id as PhaseId].when).slice(0, to === null ? 1 : 2), `${locale} ${id}`).to.deep.equal(to === null ? [from] : [from, to]);
        }
      }
    });

    for (const [day, phase] of PHASE_BOUNDARY_DAYS) {
      it(`shows day ${day + 1} (day="${day}") in the phase whose days include it`, async () => {
        const el = await fixture<RecoveryTimeline>(html`<recovery-timeline lang="en" day=${day}></recovery-timeline>`);
        await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
        expect(currentId(el)).to.equal(phase);
        const shownDay = numbers(text(marker(el)!))[0]!;
        expect(shownDay).to.equal(day + 1);
        // The phase's text names these days (tested above).
        const { from, to } = PHASE_DAYS[phase as keyof typeof PHASE_DAYS];
        expect(shownDay >= from && (to === null || shownDay <= to), `day ${shownDay} within "${en.phases[phase].when}"`).to.equal(true);
      });
    }
  });

  describe('onset and today', () => {
    it('counts the days from onset to today (a date string)', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline onset="2026-01-10" today="2026-02-20"></recovery-timeline>`);
      expect(currentId(el)).to.equal('weeks-2-6');
      expect(text(marker(el)!)).to.contain(nl.dayCount(41)).and.to.contain('Dag 42');
      el.today = '2026-02-21';
      await el.updateComplete;
      expect(text(marker(el)!)).to.contain(nl.dayCount(42)).and.to.contain('Dag 43');
      expect(currentId(el), 'day 43 is the first day after 6 weeks').to.equal('after-6-weeks');
    });

    it('counts from a Date for today, by its local calendar date, across daylight saving', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline onset="2026-03-28" .today=${new Date(2026, 2, 30, 0, 30)}></recovery-timeline>`);
      expect(text(marker(el)!)).to.contain(nl.dayCount(2));
      expect(currentId(el)).to.equal('first-days');
      el.onset = '2026-10-24';
      el.today = new Date(2026, 9, 26, 23, 30);
      await el.updateComplete;
      expect(text(marker(el)!)).to.contain(nl.dayCount(2));
    });

    it('counts a leap day', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline onset="2028-02-28" today="2028-03-01"></recovery-timeline>`);
      expect(text(marker(el)!)).to.contain(nl.dayCount(2));
    });

    it('takes today from the clock when no today is given', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline onset=${localDateDaysAgo(0)}></recovery-timeline>`);
      expect(text(marker(el)!)).to.contain(nl.dayCount(0));
      el.onset = localDateDaysAgo(50);
      await el.updateComplete;
      expect(currentId(el)).to.equal('after-6-weeks');
      expect(text(marker(el)!)).to.contain(nl.dayCount(50));
    });

    it('lets day win over onset', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline day="5" onset="2026-01-01" today="2026-06-01"></recovery-timeline>`);
      expect(currentId(el)).to.equal('first-week');
      expect(text(marker(el)!)).to.contain(nl.dayCount(5));
    });
  });

  describe("the reader's own onset date", () => {
    const field = (el: RecoveryTimeline) => el.shadowRoot!.querySelector<HTMLInputElement>('input#onset');
    const error = (el: RecoveryTimeline) => text(el.shadowRoot!.querySelector('#onset-error')!);

    async function enter(el: RecoveryTimeline, value: string) {
      const input = field(el)!;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    }

    it('offers a labelled date field, up to today, when the page sets neither day nor onset', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline today="2026-03-20"></recovery-timeline>`);
      await expect(el).to.be.accessible();
      const input = field(el)!;
      expect(input.type).to.equal('date');
      expect(input.labels![0]!.textContent).to.equal(nl.onsetLabel);
      expect(input.max).to.equal('2026-03-20');
      expect(input.getAttribute('aria-describedby')).to.equal('onset-hint');
      expect(error(el)).to.equal('');
      expectWholeTimelineWithoutMarker(el);
    });

    it('marks the phase of a date 10 days ago, and follows a new date', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline today="2026-03-20"></recovery-timeline>`);
      await enter(el, '2026-03-10');
      expect(currentId(el)).to.equal('weeks-2-6');
      expect(openIds(el)).to.deep.equal(['weeks-2-6']);
      expect(text(marker(el)!)).to.contain(nl.youAreHere).and.to.contain(nl.dayCount(10));
      expect(field(el)!.getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();
      await enter(el, '2026-03-19');
      expect(currentId(el)).to.equal('first-days');
      expect(text(marker(el)!)).to.contain(nl.dayCount(1));
      await enter(el, '');
      expect(currentId(el)).to.equal(undefined);
    });

    it('uses the clock for today: 10 days ago by the calendar', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline></recovery-timeline>`);
      expect(field(el)!.max).to.equal(localDateDaysAgo(0));
      await enter(el, localDateDaysAgo(10));
      expect(currentId(el)).to.equal('weeks-2-6');
      expect(text(marker(el)!)).to.contain(nl.dayCount(10));
    });

    const wrong: [string, string, keyof typeof nl][] = [
      ['a future date', '2026-03-21', 'onsetFuture'],
      ['a date far in the future', '2999-01-01', 'onsetInvalid'],
      ['an impossibly old date', '1066-10-14', 'onsetInvalid'],
    ];
    for (const [what, value, message] of wrong) {
      it(`explains ${what} (${value}) in words beside the field, and marks no phase`, async () => {
        const { el, warnings } = await fixtureWithWarnings<RecoveryTimeline>(html`<recovery-timeline today="2026-03-20"></recovery-timeline>`);
        await enter(el, '2026-03-10');
        await enter(el, value);
        expect(currentId(el)).to.equal(undefined);
        expect(marker(el)).to.equal(null);
        expect(error(el)).to.equal(nl[message]);
        const input = field(el)!;
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.equal('onset-error onset-hint');
        expect(el.shadowRoot!.querySelector('#onset-error')!.getAttribute('role')).to.equal('alert');
        expect(warnings, 'the reader is told, not the console').to.deep.equal([]);
        await expect(el).to.be.accessible();
        await enter(el, '2026-03-20');
        expect(error(el)).to.equal('');
        expect(currentId(el)).to.equal('first-days');
      });
    }

    it('explains a date that the field cannot read (such as 31 February) and marks no phase', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline today="2026-03-20"></recovery-timeline>`);
      await enter(el, '2026-03-10');
      const input = field(el)!;
      // A half-typed or impossible date leaves the value empty and sets validity.badInput.
      input.value = '';
      Object.defineProperty(input, 'validity', { value: { badInput: true }, configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(currentId(el)).to.equal(undefined);
      expect(error(el)).to.equal(nl.onsetInvalid);
    });

    it('speaks English in the field and its errors', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline lang="en" today="2026-03-20"></recovery-timeline>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(field(el)!.labels![0]!.textContent).to.equal(en.onsetLabel);
      await enter(el, '2026-04-01');
      expect(error(el)).to.equal(en.onsetFuture);
      await expect(el).to.be.accessible();
    });

    it('shows no field when the page sets day or onset, or a bad day', async () => {
      for (const template of [
        html`<recovery-timeline day="3"></recovery-timeline>`,
        html`<recovery-timeline onset="2026-03-01" today="2026-03-06"></recovery-timeline>`,
      ]) {
        const el = await fixture<RecoveryTimeline>(template);
        expect(field(el)).to.equal(null);
      }
      const { el } = await fixtureWithWarnings<RecoveryTimeline>(html`<recovery-timeline day="-1"></recovery-timeline>`);
      expect(field(el)).to.equal(null);
    });

    it('stores nothing', async () => {
      const before = [localStorage.length, sessionStorage.length, document.cookie];
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline today="2026-03-20"></recovery-timeline>`);
      await enter(el, '2026-03-10');
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
    });
  });

  describe('bad values', () => {
    const bad: [string, string][] = [
      ['day', '-1'],
      ['day', '1.5'],
      ['day', 'ten'],
      ['day', ''],
      ['day', '1e1'],
      ['onset', '2026-02-30'],
      ['onset', 'yesterday'],
      ['onset', '2026-3-1'],
      ['onset', '2026-03-02'],
    ];
    for (const [attribute, value] of bad) {
      it(`shows the whole timeline without a mark for ${attribute}="${value}", with one warning`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<RecoveryTimeline>(html`<recovery-timeline today="2026-03-01"></recovery-timeline>`);
          el.setAttribute(attribute, value);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`${attribute}="${value}"`).and.to.contain('Accepted');
          expect(warnings.messages[0]).to.contain(attribute === 'day' ? 'whole number' : 'YYYY-MM-DD');
          expectWholeTimelineWithoutMarker(el);
        } finally {
          warnings.restore();
        }
      });
    }

    it('marks the phase again once the value is fixed, and warns again for a new bad value', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RecoveryTimeline>(html`<recovery-timeline day="-3"></recovery-timeline>`);
        expect(currentId(el)).to.equal(undefined);
        el.setAttribute('day', '3');
        await el.updateComplete;
        expect(currentId(el)).to.equal('first-week');
        el.setAttribute('day', '-3');
        await el.updateComplete;
        expect(currentId(el)).to.equal(undefined);
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });

    it('warns for a negative or fractional day set as a property', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RecoveryTimeline>(html`<recovery-timeline .day=${2.5}></recovery-timeline>`);
        expectWholeTimelineWithoutMarker(el);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('day="2.5"');
        el.setAttribute('day', '4');
        el.day = -1;
        await el.updateComplete;
        expect(warnings.messages).to.have.length(2);
        expect(warnings.messages[1], 'names the value in use, not the old attribute').to.contain('day="-1"');
      } finally {
        warnings.restore();
      }
    });

    it('uses the clock, with one warning, for a bad today', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RecoveryTimeline>(html`<recovery-timeline onset=${localDateDaysAgo(9)} today="2026-02-30"></recovery-timeline>`);
        expect(text(marker(el)!)).to.contain(nl.dayCount(9));
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('today="2026-02-30"').and.to.contain('YYYY-MM-DD');
        el.today = new Date('nonsense');
        await el.updateComplete;
        expect(warnings.messages).to.have.length(2);
        expect(text(marker(el)!)).to.contain(nl.dayCount(9));
      } finally {
        warnings.restore();
      }
    });
  });

  describe('keyboard', () => {
    it('opens and closes each phase with Enter and Space, in reading order', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><recovery-timeline day="1"></recovery-timeline></div>`);
      const el = wrapper.querySelector('recovery-timeline')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'first phase has focus').to.equal(summaries(el)[0]);
      await sendKeys({ press: 'Enter' });
      expect(details(el)[0]!.open, 'Enter closes the open current phase').to.equal(false);
      await sendKeys({ press: 'Enter' });
      expect(details(el)[0]!.open, 'and opens it again').to.equal(true);

      // Tab passes through the open phase's text (nothing focusable) to the next phase.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'second phase has focus').to.equal(summaries(el)[1]);
      // The space bar as ' ': Firefox's driver knows no key named "Space".
      await sendKeys({ press: ' ' });
      await waitUntil(() => details(el)[1]!.open, 'Space opens the second phase');
      await sendKeys({ press: ' ' });
      await waitUntil(() => !details(el)[1]!.open, 'Space closes it');
      expect(currentId(el), 'opening a phase does not move the mark').to.equal('first-days');
    });

    it('keeps the reader’s choice when it renders again', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline day="10"></recovery-timeline>`);
      summaries(el)[2]!.click();
      summaries(el)[5]!.click();
      await waitUntil(() => details(el)[5]!.open);
      expect(openIds(el)).to.deep.equal(['recurrence']);
      el.headingLevel = 3;
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['recurrence']);
    });
  });

  describe('language', () => {
    it('speaks English with lang="en", and switches back', async () => {
      const el = await fixture<RecoveryTimeline>(html`<recovery-timeline lang="en" day="0"></recovery-timeline>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(shadowText(el)).to.contain(en.phases['after-6-weeks'].title).and.to.contain(en.intro);
      expect(text(marker(el)!)).to.contain(en.youAreHere).and.to.contain(en.dayCount(0));
      el.lang = 'nl';
      await el.updateComplete;
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(text(marker(el)!)).to.contain(nl.youAreHere).and.to.contain(nl.dayCount(0));
      expect(currentId(el)).to.equal('first-days');
    });

    it('follows the closest [lang] ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><recovery-timeline day="60"></recovery-timeline></div>`);
      const el = wrapper.querySelector('recovery-timeline')!;
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English from the ancestor');
      expect(text(marker(el)!)).to.contain(en.dayCount(60));
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<RecoveryTimeline>(
        html`<recovery-timeline lang="de" day="4"></recovery-timeline>`,
      );
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="de"').and.to.contain('nl, en');
      expect(currentId(el)).to.equal('first-week');
    });
  });

  it('ends with the sources and the review date', async () => {
    const el = await fixture<RecoveryTimeline>(html`<recovery-timeline></recovery-timeline>`);
    const footer = el.shadowRoot!.querySelector('footer')!;
    expect(footer.querySelectorAll('li')).to.have.length(3);
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});
