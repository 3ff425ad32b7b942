import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/walking-program/define.js';
import type { WalkingProgram } from '../src/walking-program/walking-program.js';
import { walking as nl } from '../src/content/nl.js';
import { walking as en } from '../src/content/en.js';
import { escapeText } from '../src/walking-program/ics.js';
import { planWalks } from '../src/walking-program/schedule.js';
import { registerContent } from '../src/content/index.js';
import { ANNOUNCE_AFTER_MS } from '../src/walking-program/walking-program.js';
import { captureWarnings, shadowText, fixtureWithWarnings } from './helpers.js';

/** A fixed "now": Monday 2 March 2026, 10:00 local time. */
const today = new Date(2026, 2, 2, 10, 0);

const $ = <T extends Element = HTMLElement>(el: WalkingProgram, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const input = (el: WalkingProgram, name: 'start' | 'goal' | 'date') => $<HTMLInputElement>(el, `input[name="${name}"]`)!;
const heading = (el: WalkingProgram) => $(el, '[role="heading"]')!;
const weeks = (el: WalkingProgram) =>
  [...el.shadowRoot!.querySelectorAll('.week .walks')].map((item) => item.textContent!.trim());
const buttonNamed = (el: WalkingProgram, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === name);

/** The plan a person should see, as the walksPerDay texts of the given minutes. */
const planText = (texts: typeof nl, minutes: number[]) => minutes.map((value) => texts.walksPerDay(3, value));

async function make(template = html`<walking-program .today=${today}></walking-program>`) {
  const el = await fixture<WalkingProgram>(template);
  await el.updateComplete;
  return el;
}

/** Sets a field the way typing does: a new value, then an input event. */
async function fill(el: WalkingProgram, name: 'start' | 'goal' | 'date', value: string) {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The accessible description of an input: the texts of the elements it points at, in order. */
function description(el: WalkingProgram, field: HTMLInputElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`).join(' | ');
}

let objectUrls = 0;

/** Stubs the object-URL functions and stops the real download; `restore()` puts everything back. */
function captureDownloads() {
  const { createObjectURL, revokeObjectURL } = URL;
  const blobs: Blob[] = [];
  const revoked: string[] = [];
  const links: HTMLAnchorElement[] = [];
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blobs.push(object as Blob);
    objectUrls += 1;
    return `blob:walking-test-${objectUrls}`;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
  const stopDownload = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.download) {
      links.push(target);
      event.preventDefault();
    }
  };
  document.addEventListener('click', stopDownload, true);
  return {
    blobs,
    revoked,
    links,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      document.removeEventListener('click', stopDownload, true);
    },
  };
}

describe('<walking-program>', () => {
  describe('what a person sees', () => {
    it('is accessible with the default plan: 5 to 30 minutes, three walks a day', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
      expect(heading(el).textContent!.trim()).to.equal(nl.title);
      expect(input(el, 'start').labels![0]!.textContent!.trim()).to.equal(nl.startLabel);
      expect(input(el, 'goal').labels![0]!.textContent!.trim()).to.equal(nl.goalLabel);
      expect(input(el, 'date').labels![0]!.textContent!.trim()).to.equal(nl.startDateLabel);
      expect(input(el, 'start').value).to.equal('5');
      expect(input(el, 'goal').value).to.equal('30');
      expect(input(el, 'date').value).to.equal('2026-03-02');
      expect(input(el, 'start').getAttribute('aria-invalid')).to.equal('false');
      expect(description(el, input(el, 'start'))).to.equal(nl.startHint);
      expect(weeks(el)).to.deep.equal(planText(nl, [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 21, 23, 25, 28, 30]));
      expect(el.shadowRoot!.querySelector('.week .week-label')!.textContent).to.equal(nl.weekLabel(1));
      const text = shadowText(el);
      for (const advice of [nl.checkRedFlags, nl.badDay, nl.painkillers]) expect(text).to.contain(advice);
      expect(buttonNamed(el, nl.print), 'print button').to.exist;
      expect(buttonNamed(el, nl.download), 'download button').to.exist;
    });

    it('says when to stop and contact the GP: a warning sign, pain spreading down a leg or getting much worse', async () => {
      const el = await make(html`<walking-program .today=${today}></walking-program>`);
      const stop = el.shadowRoot!.querySelector('[part="advice"] .stop')!.textContent!;
      expect(stop).to.contain('huisarts').and.to.contain('waarschuwingssignaal').and.to.contain('been').and.to.contain('veel erger');
    });

    it('starts the plan, its table and its calendar file from the minutes the reader walks now', async () => {
      const el = await make(html`<walking-program start-minutes="12" .today=${today}></walking-program>`);
      const label = el.shadowRoot!.querySelector('label[for="start"]')!.textContent!;
      expect(label).to.match(/wandelt u nu/);
      expect(el.shadowRoot!.querySelector('[part="week"] .walks')!.textContent).to.contain('12 minuten');
    });

    it('shows the dates of each week, from the first day', async () => {
      const el = await make(html`<walking-program start-date="2026-12-28" start-minutes="28" .today=${today}></walking-program>`);
      const format = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', timeZone: 'UTC' });
      const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
      const dates = [...el.shadowRoot!.querySelectorAll('.week .dates')].map((item) => item.textContent!.trim());
      expect(dates).to.deep.equal([
        format.formatRange(day('2026-12-28'), day('2027-01-03')),
        format.formatRange(day('2027-01-04'), day('2027-01-10')),
      ]);
      await fill(el, 'date', '2026-03-02');
      expect(el.shadowRoot!.querySelector('.week .dates')!.textContent).to.contain(format.formatRange(day('2026-03-02'), day('2026-03-08')));
    });

    it('is accessible with an out-of-range start, and tells what to change', async () => {
      const el = await make();
      await fill(el, 'start', '1');
      await expect(el).to.be.accessible();
      const start = input(el, 'start');
      expect(start.getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, start)).to.equal(`${nl.outOfRange(2, 60)} | ${nl.startHint}`);
      expect($(el, '[part="error"]')!.textContent!.trim()).to.equal(nl.outOfRange(2, 60));
      expect(weeks(el), 'no plan for a refused start').to.deep.equal([]);
      expect(shadowText(el), 'says why the plan is empty').to.contain(nl.planNeedsInput);
      expect(buttonNamed(el, nl.download), 'nothing to download').to.equal(undefined);
      expect(shadowText(el), 'the advice stays').to.contain(nl.badDay);
      await fill(el, 'start', '12');
      expect(start.getAttribute('aria-invalid')).to.equal('false');
      expect($(el, '[part="error"]')).to.equal(null);
      expect(weeks(el)[0]).to.equal(nl.walksPerDay(3, 12));
      expect(shadowText(el)).not.to.contain(nl.planNeedsInput);
    });

    it('refuses an empty field, a goal out of range, and a start above the goal', async () => {
      const el = await make();
      await fill(el, 'goal', '');
      expect(input(el, 'goal').getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, input(el, 'goal'))).to.equal(`${nl.outOfRange(2, 60)} | ${nl.goalHint}`);
      await fill(el, 'goal', '61');
      expect(description(el, input(el, 'goal'))).to.contain(nl.outOfRange(2, 60));
      await fill(el, 'goal', '20');
      await fill(el, 'start', '25');
      await expect(el).to.be.accessible();
      expect(input(el, 'goal').getAttribute('aria-invalid')).to.equal('false');
      expect(input(el, 'start').getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, input(el, 'start'))).to.equal(`${nl.startAboveGoal} | ${nl.startHint}`);
      expect(weeks(el)).to.deep.equal([]);
    });

    it('shows the plan as a table with a caption, column headers and one row a week, after the bad-day rule', async () => {
      for (const [start, goal] of [[5, 30], [10, 20], [2, 60], [20, 20]]) {
        const el = await make(html`<walking-program start-minutes=${start} goal-minutes=${goal} .today=${today}></walking-program>`);
        const table = $<HTMLTableElement>(el, '.plan table')!;
        expect(table, 'a real table').to.exist;
        expect(table.caption!.textContent!.trim()).to.equal(nl.planCaption(3));
        const columns = [...table.tHead!.querySelectorAll('th[scope="col"]')].map((cell) => cell.textContent!.trim());
        expect(columns).to.deep.equal([nl.weekColumn, nl.datesColumn, nl.walksColumn]);
        const rows = [...table.tBodies[0]!.rows];
        const expected = planWalks(start, goal);
        if (!expected.ok) throw new Error('a valid plan');
        expect(rows, `${start} to ${goal} minutes`).to.have.length(expected.weeks.length);
        rows.forEach((row, index) => {
          const header = row.querySelector('th[scope="row"]')!;
          expect(header.textContent!.trim()).to.equal(nl.weekLabel(index + 1));
          expect(row.cells).to.have.length(3);
          expect(row.cells[2]!.textContent!.trim()).to.equal(nl.walksPerDay(3, expected.weeks[index]!));
        });
        const badDay = [...el.shadowRoot!.querySelectorAll('.advice li')].find((item) => item.textContent!.trim() === nl.badDay)!;
        expect(badDay, 'the bad-day rule').to.exist;
        expect(badDay.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING, 'the bad-day rule comes before the plan').to.not.equal(0);
      }
    });

    it('is accessible with the table in English', async () => {
      const el = await make(html`<walking-program lang="en" .today=${today}></walking-program>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      await expect(el).to.be.accessible();
      expect($<HTMLTableElement>(el, 'table')!.caption!.textContent!.trim()).to.equal(en.planCaption(3));
    });

    it('shows a single week when the start is the goal', async () => {
      const el = await make(html`<walking-program start-minutes="20" goal-minutes="20" .today=${today}></walking-program>`);
      await expect(el).to.be.accessible();
      expect(weeks(el)).to.deep.equal(planText(nl, [20]));
    });

    it('uses heading-level for its title and the plan heading one below', async () => {
      const el = await make(html`<walking-program heading-level="3" .today=${today}></walking-program>`);
      const levels = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((item) => item.getAttribute('aria-level'));
      expect(levels).to.deep.equal(['3', '4']);
      expect($(el, '.plan [role="heading"]')!.textContent!.trim()).to.equal(nl.planHeading);
    });

    it('ends with the sources and the review date', async () => {
      const el = await make();
      const footer = $(el, 'footer')!;
      expect(footer.querySelectorAll('li')).to.have.length(2);
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe('attributes', () => {
    it('presets the start, the goal and the first day', async () => {
      const el = await make(html`<walking-program start-minutes="10" goal-minutes="20" start-date="2026-04-06" .today=${today}></walking-program>`);
      expect(input(el, 'start').value).to.equal('10');
      expect(input(el, 'goal').value).to.equal('20');
      expect(input(el, 'date').value).to.equal('2026-04-06');
      expect(weeks(el)).to.deep.equal(planText(nl, [10, 11, 12, 13, 14, 15, 17, 19, 20]));
    });

    it('follows attribute changes, and starts at the goal when the goal is below 5', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make();
        el.setAttribute('goal-minutes', '3');
        await el.updateComplete;
        expect(input(el, 'start').value).to.equal('3');
        expect(weeks(el)).to.deep.equal(planText(nl, [3]));
        el.setAttribute('start-minutes', '2');
        await el.updateComplete;
        expect(weeks(el)).to.deep.equal(planText(nl, [2, 3]));
        el.removeAttribute('goal-minutes');
        el.removeAttribute('start-minutes');
        await el.updateComplete;
        expect(input(el, 'goal').value).to.equal('30');
        expect(input(el, 'start').value).to.equal('5');
        expect(warnings.messages, 'valid values and removal are quiet').to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('takes the first day from the today property by default', async () => {
      const el = await make(html`<walking-program .today=${new Date(2027, 0, 31, 23, 30)}></walking-program>`);
      expect(input(el, 'date').value).to.equal('2027-01-31');
      el.today = new Date(2027, 1, 1, 8, 0);
      await el.updateComplete;
      expect(input(el, 'date').value).to.equal('2027-02-01');
    });

    const bad = [
      ['start-minutes', 'abc', '5', '30'],
      ['start-minutes', '1', '5', '30'],
      ['start-minutes', '7.5', '5', '30'],
      ['start-minutes', '45', '5', '30'],
      ['goal-minutes', 'lots', '5', '30'],
      ['goal-minutes', '61', '5', '30'],
      ['goal-minutes', '0', '5', '30'],
    ] as const;
    for (const [attribute, value, start, goal] of bad) {
      it(`falls back for ${attribute}="${value}" with one warning that names the attribute and the range`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await make();
          el.setAttribute(attribute, value);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`${attribute}="${value}"`).and.to.contain('Accepted: a whole number from 2 to');
          expect(input(el, 'start').value).to.equal(start);
          expect(input(el, 'goal').value).to.equal(goal);
          expect(weeks(el)).to.have.length(18);
        } finally {
          warnings.restore();
        }
      });
    }

    for (const value of ['2026-02-30', 'tomorrow', '02-03-2026', '20265-03-02', '9999-12-31', '2027-03-03', '2025-03-01']) {
      it(`starts today for start-date="${value}", with one warning`, async () => {
        const { el, warnings } = await fixtureWithWarnings<WalkingProgram>(html`<walking-program start-date=${value} .today=${today}></walking-program>`);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`start-date="${value}"`).and.to.contain('YYYY-MM-DD').and.to.contain('within a year of today');
        expect(input(el, 'date').value).to.equal('2026-03-02');
        expect(weeks(el)).to.have.length(18);
      });
    }

    it('warns once for each bad attribute', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make(html`<walking-program start-minutes="99" goal-minutes="x" start-date="soon"></walking-program>`);
        el.lang = 'en';
        await waitUntil(() => heading(el)?.textContent?.trim() === en.title);
        expect(warnings.messages.map((message) => message.split('=')[0])).to.deep.equal([
          '<walking-program>: goal-minutes',
          '<walking-program>: start-minutes',
          '<walking-program>: start-date',
        ]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('language', () => {
    it('speaks English with lang="en", keeping what was typed, and switches back', async () => {
      const el = await make();
      await fill(el, 'start', '10');
      el.lang = 'en';
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(input(el, 'start').labels![0]!.textContent!.trim()).to.equal(en.startLabel);
      expect(input(el, 'start').value).to.equal('10');
      expect(weeks(el)[0]).to.equal(en.walksPerDay(3, 10));
      expect(shadowText(el)).to.contain(en.badDay);
      expect(buttonNamed(el, en.download)).to.exist;
      await fill(el, 'goal', '70');
      expect(description(el, input(el, 'goal'))).to.equal(`${en.outOfRange(2, 60)} | ${en.goalHint}`);
      await expect(el).to.be.accessible();
      el.lang = 'nl';
      await el.updateComplete;
      expect(heading(el).textContent!.trim()).to.equal(nl.title);
      expect(description(el, input(el, 'goal'))).to.equal(`${nl.outOfRange(2, 60)} | ${nl.goalHint}`);
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<WalkingProgram>(html`<walking-program lang="de" .today=${today}></walking-program>`);
      expect(heading(el).textContent!.trim()).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="de"').and.to.contain('nl, en');
    });
  });

  describe('keyboard', () => {
    it('updates the plan while a number is typed, and with the arrow keys', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><walking-program .today=${today}></walking-program></div>`);
      const el = wrapper.querySelector('walking-program')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'start'));
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(weeks(el)[0]).to.equal(nl.walksPerDay(3, 6));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'goal'));
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '8' });
      await el.updateComplete;
      expect(input(el, 'goal').value).to.equal('8');
      expect(weeks(el)).to.deep.equal(planText(nl, [6, 7, 8]));
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(input(el, 'goal').getAttribute('aria-invalid'), 'an empty goal').to.equal('true');
      await sendKeys({ type: '9' });
      await el.updateComplete;
      expect(weeks(el)).to.deep.equal(planText(nl, [6, 7, 8, 9]));
    });

    it('keeps a half-typed number in its field, and shows a new preset over what was typed', async () => {
      const el = await make();
      const start = input(el, 'start');
      start.focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '7' });
      await el.updateComplete;
      expect(weeks(el)[0]).to.equal(nl.walksPerDay(3, 7));
      await sendKeys({ type: '-' });
      await el.updateComplete;
      // "7-" reads as "" and empties the plan; the re-render must not wipe what was typed.
      expect(shadowText(el)).to.contain(nl.planNeedsInput);
      expect(start.validity.badInput, 'the "7-" is still there').to.equal(true);
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(start.value).to.equal('7');
      el.setAttribute('goal-minutes', '20');
      await el.updateComplete;
      expect(start.value, 'the preset start of the new goal').to.equal('5');
      expect(input(el, 'goal').value).to.equal('20');
      expect(weeks(el)[0]).to.equal(nl.walksPerDay(3, 5));
    });

    it('reads out what to change when a refused number is left, not at every keystroke', async () => {
      const el = await make();
      const status = $(el, '[role="status"]')!;
      input(el, 'start').focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '1' });
      await el.updateComplete;
      expect(input(el, 'start').getAttribute('aria-invalid')).to.equal('true');
      expect(status.textContent!.trim(), 'quiet while typing').to.equal('');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(status.textContent!.trim(), 'said when the field is left').to.equal(nl.outOfRange(2, 60));
      await sendKeys({ type: '0' });
      await el.updateComplete;
      expect(status.textContent!.trim(), 'quiet again while the goal is typed').to.equal('');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(status.textContent!.trim(), 'both refusals, after Enter').to.equal(`${nl.outOfRange(2, 60)} ${nl.outOfRange(2, 60)}`);
      input(el, 'start').focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '4' });
      input(el, 'goal').focus();
      await el.updateComplete;
      expect(status.textContent!.trim(), 'only the goal is left to fix').to.equal(nl.outOfRange(2, 60));
    });

    it('reads out the changed plan once, when typing pauses, not at every keystroke', async () => {
      const el = await make();
      const status = $(el, '[role="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      const said: string[] = [];
      const observer = new MutationObserver(() => {
        const text = status.textContent!.trim();
        if (text && text !== said.at(-1)) said.push(text);
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      try {
        input(el, 'goal').focus();
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ type: '2' });
        await sendKeys({ type: '0' });
        await el.updateComplete;
        expect(status.textContent!.trim(), 'quiet while typing').to.equal('');
        expect(weeks(el)).to.have.length(14);
        await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_AFTER_MS + 300));
        await el.updateComplete;
        expect(said).to.deep.equal([nl.planChanged(14, 20)]);
        expect(status.textContent!.trim()).to.equal(nl.planChanged(14, 20));
        await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_AFTER_MS));
        await el.updateComplete;
        expect(said, 'said once').to.have.length(1);
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ type: '5' });
        await el.updateComplete;
        expect(status.textContent!.trim(), 'quiet again while typing').to.equal('');
        await waitUntil(() => status.textContent!.trim() !== '', 'the next change is read out', { timeout: ANNOUNCE_AFTER_MS * 3 });
        expect(said).to.deep.equal([nl.planChanged(14, 20), nl.planChanged(16, 25)]);
      } finally {
        observer.disconnect();
      }
    });

    it('reads out nothing before the person changes anything', async () => {
      const el = await make();
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_AFTER_MS + 200));
      await el.updateComplete;
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('');
    });

    it('prints with a click, Enter and Space on the print button', async () => {
      const el = await make();
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed += 1;
      };
      try {
        buttonNamed(el, nl.print)!.click();
        expect(printed).to.equal(1);
        buttonNamed(el, nl.print)!.focus();
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: ' ' });
        expect(printed).to.equal(3);
      } finally {
        window.print = original;
      }
    });

    it('downloads with Enter on the download button', async () => {
      const el = await make();
      const downloads = captureDownloads();
      try {
        buttonNamed(el, nl.download)!.focus();
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: ' ' });
        expect(downloads.blobs).to.have.length(2);
        await waitUntil(() => downloads.revoked.length === 2, 'both URLs revoked', { timeout: 3000 });
      } finally {
        downloads.restore();
      }
    });
  });

  describe('the first day', () => {
    /** Dates as the message writes them. */
    const long = (iso: string) => new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

    /** Fills the date field, collecting any error a listener or a render throws meanwhile. */
    async function fillDate(el: WalkingProgram, value: string) {
      const thrown: string[] = [];
      const onError = (event: ErrorEvent) => thrown.push(event.message);
      window.addEventListener('error', onError);
      try {
        await fill(el, 'date', value);
        await el.updateComplete;
      } finally {
        window.removeEventListener('error', onError);
      }
      return thrown;
    }

    for (const value of ['20265-03-02', '9999-12-31', '2027-03-03', '2025-03-01']) {
      it(`refuses ${value} with a visible message beside the field, and offers no plan or calendar file`, async () => {
        const el = await make();
        expect(await fillDate(el, value), 'nothing thrown').to.deep.equal([]);
        const date = input(el, 'date');
        expect(date.getAttribute('aria-invalid')).to.equal('true');
        const message = nl.startDateOutOfRange(long('2025-03-02'), long('2027-03-02'));
        expect($(el, '#date-error')?.textContent?.trim()).to.equal(message);
        expect(description(el, date)).to.contain(message);
        expect(buttonNamed(el, nl.download), 'no calendar file').to.equal(undefined);
        expect(weeks(el)).to.deep.equal([]);
        expect(shadowText(el)).to.contain(nl.planNeedsInput);
        await expect(el).to.be.accessible();

        await fillDate(el, '2027-03-02');
        expect(date.getAttribute('aria-invalid')).to.equal('false');
        expect($(el, '#date-error')).to.equal(null);
        expect(weeks(el)).to.have.length(18);
      });
    }

    it('offers the picker the same bounds', async () => {
      const el = await make();
      expect(input(el, 'date').min).to.equal('2025-03-02');
      expect(input(el, 'date').max).to.equal('2027-03-02');
    });

    it('makes a valid calendar file from the last day allowed, for the longest plan', async () => {
      const el = await make(html`<walking-program start-minutes="2" goal-minutes="60" .today=${today}></walking-program>`);
      await fillDate(el, '2027-03-02');
      const downloads = captureDownloads();
      try {
        buttonNamed(el, nl.download)!.click();
        const lines = (await downloads.blobs[0]!.text()).replace(/\r\n[ \t]/g, '').split('\r\n');
        const starts = lines.filter((line) => line.startsWith('DTSTART'));
        expect(starts).to.have.length(28 * 3);
        for (const line of starts) expect(line).to.match(/^DTSTART:(\d{8})T\d{6}$/);
        expect(starts.at(-1)).to.equal('DTSTART:20270907T180000');
        await waitUntil(() => downloads.revoked.length === 1, 'URL revoked', { timeout: 3000 });
      } finally {
        downloads.restore();
      }
    });

    it('with a clock in the year 9999, throws nothing and offers no calendar file that would run past it', async () => {
      const el = await make(html`<walking-program .today=${new Date(9999, 11, 30, 10, 0)}></walking-program>`);
      expect(input(el, 'date').getAttribute('aria-invalid')).to.equal('true');
      expect(buttonNamed(el, nl.download)).to.equal(undefined);
    });
  });

  describe('calendar download', () => {
    it('makes a text/calendar Blob of the plan in the browser, downloads it and revokes its URL', async () => {
      const el = await make(html`<walking-program start-minutes="10" goal-minutes="12" start-date="2026-04-06" .today=${today}></walking-program>`);
      const downloads = captureDownloads();
      const requestsBefore = performance.getEntriesByType('resource').length;
      try {
        buttonNamed(el, nl.download)!.click();
        expect(downloads.blobs).to.have.length(1);
        const blob = downloads.blobs[0]!;
        expect(blob).to.be.instanceOf(Blob);
        expect(blob.type.split(';')[0]).to.equal('text/calendar');
        const text = await blob.text();
        expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
        expect(text.match(/^BEGIN:VEVENT\r$/gm)).to.have.length(3 * 3);
        expect(text).to.contain('DTSTART:20260406T090000\r\n');
        expect(text).to.contain('DTSTART:20260420T180000\r\n');
        expect(text).to.contain(`SUMMARY:${escapeText(nl.calendarTitle(11))}\r\n`);
        expect(text).to.contain('DTSTAMP:20260302T');

        const [link] = downloads.links;
        expect(link!.download).to.equal(nl.calendarFileName);
        const url = `blob:walking-test-${objectUrls}`;
        expect(link!.getAttribute('href')).to.equal(url);
        expect(link!.isConnected, 'the temporary link is gone').to.equal(false);
        expect(downloads.revoked, 'kept while the browser reads it').to.deep.equal([]);
        await waitUntil(() => downloads.revoked.length === 1, 'URL revoked', { timeout: 3000 });
        expect(downloads.revoked).to.deep.equal([url]);
        expect(performance.getEntriesByType('resource').length, 'no request').to.equal(requestsBefore);
      } finally {
        downloads.restore();
      }
    });

    it('sanitises a registered calendar file name', async () => {
      registerContent('nl', { walking: { calendarFileName: '../\u202Eplan\u0000.exe' } });
      const downloads = captureDownloads();
      try {
        const el = await make();
        buttonNamed(el, nl.download)!.click();
        expect(downloads.links[0]!.download).to.equal('plan.exe.ics');
        await waitUntil(() => downloads.revoked.length === 1, 'URL revoked', { timeout: 3000 });
      } finally {
        downloads.restore();
        registerContent('nl', { walking: { calendarFileName: nl.calendarFileName } });
      }
    });

    it('writes the calendar in the language shown, from what was typed', async () => {
      const el = await make(html`<walking-program lang="en" .today=${today}></walking-program>`);
      await waitUntil(() => buttonNamed(el, en.download), 'English buttons');
      await fill(el, 'start', '30');
      const downloads = captureDownloads();
      try {
        buttonNamed(el, en.download)!.click();
        const text = await downloads.blobs[0]!.text();
        expect(text.match(/^BEGIN:VEVENT\r$/gm)).to.have.length(3);
        expect(text).to.contain(`SUMMARY:${escapeText(en.calendarTitle(30))}\r\n`);
        expect(text.replace(/\r\n /g, '')).to.contain(`DESCRIPTION:${escapeText(en.calendarDescription)}\r\n`);
        expect(downloads.links[0]!.download).to.equal(en.calendarFileName);
        await waitUntil(() => downloads.revoked.length === 1, 'URL revoked', { timeout: 3000 });
      } finally {
        downloads.restore();
      }
    });
  });

  describe('print', () => {
    it('prints only the plan and the advice: the form and the buttons are hidden on paper', async () => {
      const el = await make();
      const hidden = new Set<string>();
      for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) {
          if (!(rule instanceof CSSMediaRule) || rule.conditionText !== 'print') continue;
          for (const inner of rule.cssRules) {
            if (inner instanceof CSSStyleRule && inner.style.display === 'none') {
              inner.selectorText.split(',').forEach((selector) => hidden.add(selector.trim()));
            }
          }
        }
      }
      for (const selector of ['form', '.button', '.intro', '.why']) expect([...hidden], selector).to.include(selector);
      for (const kept of ['.plan', '.weeks', '.advice', '.red-flags']) expect([...hidden]).not.to.include(kept);
    });
  });
});
