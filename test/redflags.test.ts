import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/redflags/define.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import { meta, common as nlCommon, redFlags as nl } from '../src/content/nl.js';
import { redFlags as en } from '../src/content/en.js';
import {
  EMERGENCY_SIGNS,
  QUESTION_GROUPS,
  RED_FLAG_IDS,
  RED_FLAG_RULES,
  URGENCIES,
  type QuestionGroupId,
  type RedFlagId,
  type RouteId,
  type Urgency,
} from '../src/content/structure.js';
import { assessRedFlags } from '../src/redflags/triage.js';
import { getContent } from '../src/content/index.js';
import { BUILT_IN_LOCALES } from '../src/content/registry.js';
import { captureWarnings, shadowText, fixtureWithWarnings, whilePrinted } from './helpers.js';

type Answers = Partial<Record<RedFlagId, 'yes' | 'no'>>;

const GROUPS = Object.keys(QUESTION_GROUPS) as QuestionGroupId[];
/** Questions asked before any answer: every one but the follow-ups, which a yes opens. */
const FIRST_ASKED = RED_FLAG_IDS.filter((id) => !('after' in RED_FLAG_RULES[id]));
const firstAskedIn = (group: QuestionGroupId) => FIRST_ASKED.filter((id) => (QUESTION_GROUPS[group] as readonly RedFlagId[]).includes(id));
const STEPS = GROUPS.length;
/** The first step that asks an emergency sign, and that sign. */
const EMERGENCY_STEP = GROUPS.findIndex((group) => QUESTION_GROUPS[group].some((id) => RED_FLAG_RULES[id].urgency === 'emergency'));
const FIRST_EMERGENCY_SIGN = (QUESTION_GROUPS[GROUPS[EMERGENCY_STEP]!] as readonly RedFlagId[]).find(
  (id) => RED_FLAG_RULES[id].urgency === 'emergency',
)!;
// Elements are compared with ===: a failed equal() on two elements makes the runner serialise
// them, which can stall the browser instead of failing the test.

/** A question in the last step (none is needed earlier), for tests of going back. */
const LAST_STEP_SIGN = firstAskedIn(GROUPS[STEPS - 1]!)[0]!;

const root = (el: BackPainRedflags) => el.shadowRoot!;

function radio(el: BackPainRedflags, id: RedFlagId, value: 'yes' | 'no'): HTMLInputElement {
  const input = root(el).querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`);
  if (!input) throw new Error(`no ${value} radio for ${id}`);
  return input;
}

/** Clicks the given answers; their questions must be on screen. */
async function answer(el: BackPainRedflags, answers: Answers) {
  for (const [id, value] of Object.entries(answers)) {
    radio(el, id as RedFlagId, value).click();
    await el.updateComplete;
  }
}

const shownQuestions = (el: BackPainRedflags) =>
  [...root(el).querySelectorAll<HTMLElement>('[role="radiogroup"]')].map((group) => group.querySelector('input')!.name as RedFlagId);
const nextButton = (el: BackPainRedflags) => root(el).querySelector<HTMLButtonElement>('button[part="next"]');
const previousButton = (el: BackPainRedflags) => root(el).querySelector<HTMLButtonElement>('button[part="previous"]');
const legend = (el: BackPainRedflags) => root(el).querySelector<HTMLElement>('legend .legend-text')!;

async function pressNext(el: BackPainRedflags) {
  nextButton(el)!.click();
  await el.updateComplete;
}

/** The questions on screen that `answers` answers and that are not answered yet. */
const unanswered = (el: BackPainRedflags, answers: Answers) =>
  shownQuestions(el).filter((id) => answers[id] && !radio(el, id, answers[id]!).checked);

/**
 * Goes through the steps as a person does: on each step the given answers for the questions
 * shown, then "Next", until an outcome shows or a step stops with questions open.
 */
async function complete(el: BackPainRedflags, answers: Answers) {
  for (let step = 0; step <= STEPS && !card(el); step += 1) {
    // A yes can open follow-up questions on the same step: answer until none is left.
    for (let pending = unanswered(el, answers); pending.length > 0; pending = unanswered(el, answers)) {
      await answer(el, Object.fromEntries(pending.map((id) => [id, answers[id]])));
    }
    await pressNext(el);
    if (root(el).querySelector('.unanswered')) return;
  }
}

const allNo = Object.fromEntries(FIRST_ASKED.map((id) => [id, 'no'])) as Partial<Record<RedFlagId, 'yes' | 'no'>>;

/** "No" to every question, follow-ups included (they are answered only once they show). */
const everyNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, 'no'])) as Record<RedFlagId, 'yes' | 'no'>;

/** The route of the answers below on a Dutch page (docs/clinical-rules.md). */
const ROUTE_FOR: Record<Urgency, RouteId> = { emergency: 'gp-now-or-112', urgent: 'gp-today', soon: 'gp-soon', 'self-care': 'self-care' };

/** Answers that lead to each outcome. */
const answersFor: Record<Urgency, Answers> = {
  emergency: { ...allNo, [FIRST_EMERGENCY_SIGN]: 'yes' },
  urgent: { ...allNo, [FIRST_ASKED.find((id) => RED_FLAG_RULES[id].urgency === 'urgent')!]: 'yes' },
  soon: { ...allNo, [FIRST_ASKED.find((id) => RED_FLAG_RULES[id].urgency === 'soon')!]: 'yes' },
  'self-care': allNo,
};

const card = (el: BackPainRedflags) => root(el).querySelector<HTMLElement>('#outcome');
const heading = (el: BackPainRedflags) => root(el).querySelector('[role="heading"]')!;

async function outcomeFor(urgency: Urgency, template = html`<back-pain-redflags></back-pain-redflags>`) {
  const el = await fixture<BackPainRedflags>(template);
  await complete(el, answersFor[urgency]);
  return el;
}

describe('<back-pain-redflags>', () => {
  it('is accessible as the first step, with its progress above the questions', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    await expect(el).to.be.accessible();
    expect(heading(el).textContent?.trim()).to.equal(nl.title);
    expect(root(el).querySelectorAll('fieldset')).to.have.length(1);
    expect(shownQuestions(el)).to.deep.equal(firstAskedIn(GROUPS[0]!));
    expect(legend(el).textContent).to.contain(nl.stepProgress(1, STEPS)).and.to.contain(nl.groups[GROUPS[0]!]);
    expect(previousButton(el) === null, 'no back button on step 1').to.equal(true);
    expect(nextButton(el)!.textContent!.trim()).to.equal(nl.next);
    expect(card(el) === null).to.equal(true);
  });

  it('is accessible on every step, and shows "Show advice" on the last', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    for (let step = 0; step < STEPS; step += 1) {
      expect(legend(el).textContent).to.contain(nl.stepProgress(step + 1, STEPS));
      expect(shownQuestions(el)).to.deep.equal(firstAskedIn(GROUPS[step]!));
      expect(nextButton(el)!.textContent!.trim()).to.equal(step === STEPS - 1 ? nl.showResult : nl.next);
      await expect(el).to.be.accessible();
      await answer(el, Object.fromEntries(shownQuestions(el).map((id) => [id, 'no'])));
      await pressNext(el);
    }
    expect(card(el)!.classList.contains('self-care')).to.equal(true);
  });

  it('gives each step its own radios, so no choice carries over to the next question', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    const firstStep = root(el).querySelector('fieldset')!;
    await answer(el, Object.fromEntries(shownQuestions(el).map((id) => [id, 'no'])));
    await pressNext(el);
    const secondStep = root(el).querySelector('fieldset')!;
    expect(secondStep === firstStep, 'a new group of questions, not the first one refilled').to.equal(false);
    expect(firstStep.isConnected, 'the first step is gone').to.equal(false);
    expect(root(el).querySelectorAll('input:checked')).to.have.length(0);
  });

  for (const urgency of URGENCIES) {
    it(`shows an accessible ${urgency} card in place of the questions, with what to do and why`, async () => {
      const el = await outcomeFor(urgency);
      const outcome = card(el)!;
      expect(outcome, 'outcome card').to.exist;
      expect(outcome.classList.contains(urgency)).to.equal(true);
      expect(root(el).querySelector('form') === null, 'the questions make way for the outcome').to.equal(true);
      expect(root(el).activeElement === outcome, 'focus on the card after the button press').to.equal(true);
      const text = outcome.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain(nl.outcomes[urgency].label);
      expect(text).to.contain(nl.routes[ROUTE_FOR[urgency]].title);
      expect(outcome.querySelector('.badge svg[aria-hidden="true"]'), 'icon beside the words').to.exist;
      const yes = Object.entries(answersFor[urgency]).filter(([, value]) => value === 'yes');
      for (const [id] of yes) expect(text).to.contain(nl.flags[id as RedFlagId].summary);
      if (urgency === 'self-care') expect(text).to.contain(nl.noSigns);
      const call = outcome.querySelector('a[href="tel:112"]');
      expect(Boolean(call), '112 button only for emergencies').to.equal(urgency === 'emergency');
      await expect(el).to.be.accessible();
    });
  }

  it('ends every non-emergency card with a safety-net box naming the emergency signs, and not the emergency card', async () => {
    for (const urgency of URGENCIES) {
      const el = await outcomeFor(urgency);
      const outcome = card(el)!;
      const box = outcome.querySelector<HTMLElement>('[part="safety-net"]');
      if (urgency === 'emergency') {
        expect(box === null, 'no safety net on the emergency card').to.equal(true);
        expect(outcome.textContent, 'no line back to the GP').not.to.contain(nl.worried);
        continue;
      }
      expect(box, `${urgency} safety net`).to.exist;
      expect(box!.parentElement!.lastElementChild === box, `${urgency}: the card ends with it`).to.equal(true);
      const boxHeading = box!.querySelector('[role="heading"]')!;
      expect(boxHeading.textContent!.trim()).to.equal(nlCommon.safetyNetHeading);
      expect(Number(boxHeading.getAttribute('aria-level'))).to.equal(4);
      expect(box!.textContent).to.contain(nlCommon.safetyNetIntro);
      expect([...box!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(
        EMERGENCY_SIGNS.map((id) => nlCommon.emergencySigns[id]),
      );
      expect(getComputedStyle(box!).borderTopStyle, 'a border of its own').to.equal('solid');
      expect(parseFloat(getComputedStyle(box!).borderTopWidth)).to.be.at.least(2);
      // The safety net is its own box, no longer a bullet among the actions.
      for (const action of nl.routes[ROUTE_FOR[urgency]].actions) expect(action).not.to.contain('112');
      expect(outcome.textContent).to.contain(nl.worried);
    }
  });

  it('tells the four cards apart without colour: border, header band, icon and words', async () => {
    const look: Record<string, { border: string; band: boolean; icon: string; label: string; title: string }> = {};
    for (const urgency of URGENCIES) {
      const el = await outcomeFor(urgency, html`<back-pain-redflags theme="light"></back-pain-redflags>`);
      const outcome = card(el)!;
      const style = getComputedStyle(outcome);
      const header = outcome.querySelector<HTMLElement>('[part="outcome-header"]')!;
      const band = getComputedStyle(header).backgroundColor;
      look[urgency] = {
        border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopLeftRadius}`,
        band: band !== 'rgba(0, 0, 0, 0)' && band !== 'transparent',
        icon: outcome.querySelector('.badge svg')!.innerHTML,
        label: outcome.querySelector('.badge')!.textContent!.trim(),
        title: outcome.querySelector('.card-title')!.textContent!.trim(),
      };
      if (urgency === 'emergency') {
        expect(getComputedStyle(header).color, 'white text in the red header').to.equal('rgb(255, 255, 255)');
        expect(band).to.equal('rgb(179, 38, 30)');
      }
    }
    for (const key of ['border', 'icon', 'label', 'title'] as const) {
      const values = URGENCIES.map((urgency) => look[urgency]![key]);
      expect(new Set(values).size, `${key}: ${values.join(' | ')}`).to.equal(URGENCIES.length);
    }
    expect(URGENCIES.map((urgency) => look[urgency]!.band)).to.deep.equal([true, true, true, false]);
  });

  it('prints every card’s header and badge as black on white: paper drops backgrounds, white text would vanish', async () => {
    for (const urgency of URGENCIES) {
      const el = await outcomeFor(urgency, html`<back-pain-redflags theme="light"></back-pain-redflags>`);
      const outcome = card(el)!;
      await whilePrinted(el, () => {
        for (const part of [outcome.querySelector('[part="outcome-header"]')!, outcome.querySelector('.badge')!]) {
          const style = getComputedStyle(part);
          expect(style.color, `${urgency} ${part.className}: text`).to.equal('rgb(0, 0, 0)');
          expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)'], `${urgency} ${part.className}: background ${style.backgroundColor}`).to.include(style.backgroundColor);
        }
      });
    }
  });

  it('makes calling 112 the emergency card’s first control, full width', async () => {
    const el = await outcomeFor('emergency', html`<back-pain-redflags contact-phone="020 123 45 67"></back-pain-redflags>`);
    const outcome = card(el)!;
    const focusable = outcome.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]:not([tabindex="-1"])');
    expect(focusable[0]!.getAttribute('href')).to.equal('tel:112');
    expect(focusable[0]!.getAttribute('part')).to.equal('call-112');
    expect(focusable[0]!.textContent!.trim()).to.equal(nl.call112);
    const body = outcome.querySelector<HTMLElement>('.card-body')!;
    const padding = parseFloat(getComputedStyle(body).paddingLeft) + parseFloat(getComputedStyle(body).paddingRight);
    expect(focusable[0]!.getBoundingClientRect().width).to.be.closeTo(body.clientWidth - padding, 1);
    expect(root(el).activeElement === outcome).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement === focusable[0], 'Tab from the card reaches 112 first').to.equal(true);
  });

  it('never moves focus when an answer changes: arrow keys on an emergency sign', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    for (let step = 0; step < EMERGENCY_STEP; step += 1) {
      await answer(el, Object.fromEntries(shownQuestions(el).map((id) => [id, 'no'])));
      await pressNext(el);
    }
    const yes = radio(el, FIRST_EMERGENCY_SIGN, 'yes');
    yes.focus();
    const scrolled = window.scrollY;
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(yes.checked, 'the arrow keys chose "yes" on an emergency sign').to.equal(true);
    expect(root(el).activeElement === yes, 'focus stays on the answer').to.equal(true);
    expect(card(el) === null, 'the outcome waits for the button').to.equal(true);
    expect(window.scrollY).to.equal(scrolled);
  });

  it('shows the emergency card after that step’s Next, with questions still open', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    for (let step = 0; step < EMERGENCY_STEP; step += 1) {
      await answer(el, Object.fromEntries(shownQuestions(el).map((id) => [id, 'no'])));
      await pressNext(el);
    }
    await answer(el, { [FIRST_EMERGENCY_SIGN]: 'yes' });
    expect(card(el) === null).to.equal(true);
    expect(shownQuestions(el).some((id) => !radio(el, id, 'yes').checked && !radio(el, id, 'no').checked), 'some open').to.equal(true);
    await pressNext(el);
    expect(card(el)?.classList.contains('emergency')).to.equal(true);
    expect(root(el).activeElement === card(el)).to.equal(true);
  });

  it('can be completed with the keyboard alone: Tab, arrow keys and Enter, counted', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <button>before</button><back-pain-redflags></back-pain-redflags>
    </div>`);
    const widget = el.querySelector('back-pain-redflags')!;
    await widget.updateComplete;
    el.querySelector('button')!.focus();
    let presses = 0;
    const press = async (key: string) => {
      presses += 1;
      await sendKeys({ press: key });
      await widget.updateComplete;
    };
    const focused = () => widget.shadowRoot!.activeElement as HTMLElement | null;
    for (let step = 0; step < STEPS; step += 1) {
      for (const id of firstAskedIn(GROUPS[step]!)) {
        await press('Tab');
        expect((focused() as HTMLInputElement)?.name, `step ${step + 1}: ${id} has focus`).to.equal(id);
        // Tab lands on the first radio ("yes"); the arrow key moves to "no" and selects it.
        await press('ArrowDown');
        expect(radio(widget, id, 'no').checked, `${id} answered no`).to.equal(true);
        expect(focused() === radio(widget, id, 'no'), 'focus stays on the answer').to.equal(true);
      }
      await press('Tab');
      expect(focused() === nextButton(widget), `step ${step + 1}: Next has focus`).to.equal(true);
      await press('Enter');
      if (step < STEPS - 1) {
        expect(focused() === legend(widget), `step ${step + 2}: its legend has focus`).to.equal(true);
        expect(legend(widget).textContent).to.contain(nl.stepProgress(step + 2, STEPS));
      }
    }
    await waitUntil(() => card(widget), 'an outcome card');
    expect(card(widget)!.classList.contains('self-care')).to.equal(true);
    expect(focused() === card(widget)).to.equal(true);
    // Two presses per question (Tab, arrow) and two per step (Tab to Next, Enter).
    expect(presses).to.equal(2 * FIRST_ASKED.length + 2 * STEPS);
    console.log(`Keyboard-only completion of the red-flag check: ${presses} key presses`);
    await press('Tab');
    expect(focused()?.getAttribute('part')).to.equal('change-answers');
    await press('Tab');
    expect(focused()?.getAttribute('part')).to.equal('restart');
    await press('Enter');
    expect(card(widget) === null, 'start again, by keyboard').to.equal(true);
    expect(focused() === legend(widget), 'back at step 1').to.equal(true);
  });

  it('keeps answers when going back, from a step and from the outcome', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    const firstStep = firstAskedIn(GROUPS[0]!);
    await answer(el, Object.fromEntries(firstStep.map((id) => [id, 'no'])));
    await pressNext(el);
    const secondStep = shownQuestions(el);
    await answer(el, { [secondStep[0]!]: 'no' });
    previousButton(el)!.click();
    await el.updateComplete;
    expect(legend(el).textContent).to.contain(nl.stepProgress(1, STEPS));
    expect(root(el).activeElement === legend(el), 'focus on the step heading').to.equal(true);
    for (const id of firstStep) expect(radio(el, id, 'no').checked, `${id} kept`).to.equal(true);
    await pressNext(el);
    expect(radio(el, secondStep[0]!, 'no').checked, 'later answer kept too').to.equal(true);

    const followUps = RED_FLAG_IDS.filter((id) => (RED_FLAG_RULES[id] as { after?: RedFlagId }).after === LAST_STEP_SIGN);
    await complete(el, { ...allNo, [LAST_STEP_SIGN]: 'yes', ...Object.fromEntries(followUps.map((id) => [id, 'no'])) });
    expect(card(el)).to.exist;
    root(el).querySelector<HTMLButtonElement>('[part="change-answers"]')!.click();
    await el.updateComplete;
    expect(card(el) === null).to.equal(true);
    expect(legend(el).textContent).to.contain(nl.stepProgress(STEPS, STEPS));
    expect(radio(el, LAST_STEP_SIGN, 'yes').checked).to.equal(true);
    expect(root(el).activeElement === legend(el)).to.equal(true);
  });

  it('names the open questions after Next and takes focus to the first', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    // The first step with at least three questions, so that two stay open.
    let step = 1;
    while (shownQuestions(el).length < 3) {
      await answer(el, Object.fromEntries(shownQuestions(el).map((id) => [id, 'no'])));
      await pressNext(el);
      step += 1;
    }
    const [first, ...rest] = shownQuestions(el);
    await answer(el, { [first!]: 'no' });
    await pressNext(el);
    const summary = root(el).querySelector('[part="unanswered"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain(nl.unanswered);
    expect([...summary.querySelectorAll('button')].map((button) => button.textContent)).to.deep.equal(
      rest.map((id) => nl.flags[id].question),
    );
    expect(legend(el).textContent, 'still on the same step').to.contain(nl.stepProgress(step, STEPS));
    expect(root(el).activeElement === radio(el, rest[0]!, 'yes'), 'focus on the first open question').to.equal(true);
    const group = radio(el, rest[0]!, 'yes').closest('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById(group.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).to.equal(nl.chooseAnswer);
    await expect(el).to.be.accessible();
    summary.querySelectorAll('button')[1]!.click();
    expect(root(el).activeElement === radio(el, rest[1]!, 'yes'), 'the list takes you to a question').to.equal(true);
    await answer(el, { [rest[0]!]: 'no' });
    expect(radio(el, rest[0]!, 'yes').closest('[role="radiogroup"]')!.hasAttribute('aria-invalid'), 'answered: no longer marked').to.equal(false);
    await answer(el, Object.fromEntries(rest.map((id) => [id, 'no'])));
    expect(root(el).querySelector('[part="unanswered"]') === null, 'gone when all are answered').to.equal(true);
  });

  it('fires redflags-result with the urgency, flag ids, content version and language, once per outcome', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    const received: unknown[] = [];
    const listener = (event: CustomEvent) => received.push(event.detail);
    document.addEventListener('redflags-result', listener);
    try {
      expect(meta.version).to.equal('2027.01');
      const first = oneEvent(el, 'redflags-result');
      await complete(el, { ...allNo, 'weight-loss': 'yes', 'night-pain': 'yes' });
      const event = await first;
      expect(event.detail).to.deep.equal({
        urgency: 'urgent',
        route: 'gp-today',
        flags: ['weight-loss', 'night-pain'],
        signs: ['weight-loss', 'night-pain'],
        contentVersion: meta.version,
        lang: 'nl',
      });
      expect(event.bubbles && event.composed).to.equal(true);
      root(el).querySelector<HTMLButtonElement>('[part="change-answers"]')!.click();
      await el.updateComplete;
      expect(received, 'no event on going back').to.have.length(1);
      // Back from the last step (pregnancy) to the one that asks about night pain.
      while (!shownQuestions(el).includes('night-pain')) {
        previousButton(el)!.click();
        await el.updateComplete;
      }
      await complete(el, { 'night-pain': 'no', pregnant: 'no' });
      expect(received.at(-1)).to.deep.equal({
        urgency: 'soon',
        route: 'gp-soon',
        flags: ['weight-loss'],
        signs: ['weight-loss'],
        contentVersion: meta.version,
        lang: 'nl',
      });
      el.lang = 'en';
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(received, 'no event without a new outcome').to.have.length(2);
      root(el).querySelector<HTMLButtonElement>('[part="change-answers"]')!.click();
      await el.updateComplete;
      while (!shownQuestions(el).includes('weight-loss')) {
        previousButton(el)!.click();
        await el.updateComplete;
      }
      await complete(el, { 'weight-loss': 'no' });
      expect(received.at(-1)).to.deep.equal({
        urgency: 'self-care',
        route: 'self-care',
        flags: [],
        signs: [],
        contentVersion: meta.version,
        lang: 'en',
      });
    } finally {
      document.removeEventListener('redflags-result', listener);
    }
  });

  it('clears every answer with start again and fires redflags-reset', async () => {
    const el = await outcomeFor('urgent');
    const restart = root(el).querySelector<HTMLButtonElement>('.restart')!;
    expect(restart.textContent!.trim()).to.equal(nl.startAgain);
    const reset = oneEvent(el, 'redflags-reset');
    restart.click();
    const event = await reset;
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(root(el).querySelectorAll('input:checked')).to.have.length(0);
    expect(card(el) === null).to.equal(true);
    expect(root(el).querySelector('.restart') === null).to.equal(true);
    // No empty row of buttons is left to add space above the footer.
    expect(root(el).querySelector('.button-row') === null, 'row of buttons without buttons').to.equal(true);
    expect(legend(el).textContent).to.contain(nl.stepProgress(1, STEPS));
    expect(root(el).activeElement === legend(el)).to.equal(true);
  });

  describe('layout="list"', () => {
    it('shows every question at once, accessibly, with the answered count', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags layout="list"></back-pain-redflags>`);
      await expect(el).to.be.accessible();
      expect(root(el).querySelectorAll('fieldset')).to.have.length(STEPS);
      expect(shownQuestions(el)).to.deep.equal(FIRST_ASKED);
      expect(previousButton(el) === null).to.equal(true);
      expect(nextButton(el)!.textContent!.trim()).to.equal(nl.showResult);
      expect(shadowText(el)).to.contain(nl.progress(0, FIRST_ASKED.length)).and.to.contain(nl.incomplete);
      expect(shadowText(el)).not.to.contain(nl.stepProgress(1, STEPS));
    });

    it('shows the emergency card at once with questions open, announced, without moving focus', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags layout="list"></back-pain-redflags>`);
      const yes = radio(el, FIRST_EMERGENCY_SIGN, 'yes');
      yes.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(card(el)?.classList.contains('emergency')).to.equal(true);
      expect(root(el).activeElement === yes, 'focus stays on the answer').to.equal(true);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain(nl.routes[ROUTE_FOR.emergency].title);
      await expect(el).to.be.accessible();
      await pressNext(el);
      expect(root(el).activeElement === card(el), 'Show advice takes you to it').to.equal(true);
    });

    it('announces a changed outcome without moving focus', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags layout="list"></back-pain-redflags>`);
      await answer(el, allNo);
      const status = root(el).querySelector('[role="status"]')!;
      expect(status.textContent).to.contain(nl.routes['self-care'].title);
      radio(el, 'fever', 'yes').focus();
      await answer(el, { fever: 'yes' });
      expect(status.textContent).to.contain(nl.routes['gp-today'].title);
      expect(root(el).activeElement === radio(el, 'fever', 'yes')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('names the open questions when Show advice is pressed too early', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags layout="list"></back-pain-redflags>`);
      const { fever: _fever, ...mostNo } = allNo;
      await answer(el, mostNo);
      await pressNext(el);
      const buttons = [...root(el).querySelectorAll('[part="unanswered"] button')];
      expect(buttons.map((button) => button.textContent)).to.deep.equal([nl.flags.fever.question]);
      expect(root(el).activeElement === radio(el, 'fever', 'yes')).to.equal(true);
    });

    it('reads layout as every keyword attribute is read: in any case, and empty as the default, silently', async () => {
      const list = await fixtureWithWarnings<BackPainRedflags>(html`<back-pain-redflags layout=" List "></back-pain-redflags>`);
      expect(list.warnings).to.deep.equal([]);
      expect(root(list.el).querySelectorAll('[role="radiogroup"]')).to.have.length(FIRST_ASKED.length);
      const empty = await fixtureWithWarnings<BackPainRedflags>(html`<back-pain-redflags layout=""></back-pain-redflags>`);
      expect(empty.warnings).to.deep.equal([]);
      expect(legend(empty.el).textContent).to.contain(nl.stepProgress(1, STEPS));
    });

    for (const value of ['pages', 'liste']) {
      it(`falls back to steps for layout="${value}" with one warning naming the values`, async () => {
        const { el, warnings } = await fixtureWithWarnings<BackPainRedflags>(html`<back-pain-redflags layout=${value}></back-pain-redflags>`);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`layout="${value}"`).and.to.contain('steps, list');
        expect(root(el).querySelectorAll('fieldset')).to.have.length(1);
        expect(legend(el).textContent).to.contain(nl.stepProgress(1, STEPS));
      });
    }
  });

  describe('focus ring and forced colours', () => {
    it('draws a thick two-colour focus ring that differs from a chosen answer', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags theme="light"></back-pain-redflags>`);
      const id = shownQuestions(el)[0]!;
      await answer(el, { [id]: 'no' });
      const chosen = radio(el, id, 'no');
      chosen.blur();
      const unfocused = getComputedStyle(chosen);
      expect(unfocused.outlineStyle === 'none' || unfocused.outlineWidth === '0px').to.equal(true);
      chosen.focus();
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowDown' });
      const ring = getComputedStyle(radio(el, id, 'no'));
      expect(root(el).activeElement === radio(el, id, 'no')).to.equal(true);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(3);
      expect(ring.outlineColor).to.equal('rgb(0, 0, 0)');
      expect(ring.boxShadow, 'a yellow halo inside the ring').to.contain('rgb(255, 221, 0)');
      const label = getComputedStyle(radio(el, id, 'no').closest('label')!);
      expect(label.borderTopColor, 'the chosen answer is marked in another colour').not.to.equal(ring.outlineColor);
    });

    it('keeps shapes in forced colours: bordered buttons, a marked chosen answer, a line under the header band', async () => {
      // Puppeteer's emulateMedia cannot emulate forced colours: check the rules themselves.
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      const rules = (el.constructor as typeof BackPainRedflags).styles
        .flat()
        .map((style) => ('styleSheet' in style ? style.styleSheet : undefined))
        .flatMap((sheet) => [...(sheet?.cssRules ?? [])]);
      const forced = rules
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const forcedRule = (selector: string) => forced.find((rule) => rule.selectorText === selector)?.style;
      expect(forcedRule('.choice:has(input:checked)')?.borderTopWidth).to.equal('3px');
      expect(forcedRule('.card-header')?.borderBottomColor).to.equal('canvastext');
      // Buttons and pills carry a border in every mode; forced colours paint it.
      const next = getComputedStyle(nextButton(el)!);
      expect(next.borderTopStyle).to.equal('solid');
      expect(parseFloat(next.borderTopWidth)).to.be.at.least(2);
      const selfCare = await outcomeFor('self-care');
      const pill = getComputedStyle(card(selfCare)!.querySelector('.badge')!);
      expect(pill.borderTopStyle).to.equal('solid');
      const emergency = await outcomeFor('emergency');
      const call = getComputedStyle(card(emergency)!.querySelector('[part="call-112"]')!);
      expect(call.borderTopStyle).to.equal('solid');
    });
  });

  describe('the signs of content 2027.01, as a person answers them', () => {
    const scenarios: [string, RedFlagId[], Urgency][] = [
      ['new trouble passing urine or stool', ['bladder-bowel'], 'emergency'],
      ['numbness around the genitals', ['saddle-numbness'], 'emergency'],
      ['both legs numb', ['both-legs'], 'emergency'],
      ['a leg getting weaker and weaker', ['leg-weakness-worsening'], 'emergency'],
      ['new weakness in one leg, not getting worse', ['leg-weakness-new'], 'urgent'],
      ['stable tingling in one leg', ['leg-numbness'], 'soon'],
      ['an injection in the back last week', ['back-procedure'], 'urgent'],
      ['sudden very severe pain at 41', ['sudden-severe-pain', 'over-40'], 'emergency'],
      ['sudden very severe pain at 35', ['sudden-severe-pain'], 'urgent'],
      ['a fall at 71', ['minor-trauma-fragile'], 'urgent'],
      ['pain for 8 weeks, not yet discussed', ['longer-than-6-weeks'], 'soon'],
      ['pain for 8 weeks, discussed already (all no)', [], 'self-care'],
      ['long use of steroid tablets and osteoporosis', ['steroid-pills', 'osteoporosis'], 'soon'],
      ['a weak immune system and injecting drugs', ['low-immunity', 'injecting-drugs'], 'urgent'],
    ];
    for (const lang of BUILT_IN_LOCALES) {
      for (const [scenario, yes, urgency] of scenarios) {
        it(`shows ${urgency} for ${scenario} (${lang})`, async () => {
          const texts = getContent(lang)!.redFlags;
          const el = await fixture<BackPainRedflags>(html`<back-pain-redflags lang=${lang}></back-pain-redflags>`);
          await waitUntil(() => heading(el)?.textContent?.trim() === texts.title, `${lang} title`);
          // Every question as the person answers it: follow-ups too, as they appear.
          const answers = { ...everyNo, ...Object.fromEntries(yes.map((id) => [id, 'yes'])) };
          await complete(el, answers);
          expect(card(el)!.classList.contains(urgency), `${urgency} card`).to.equal(true);
          const { route } = assessRedFlags(answers, getContent(lang)!.meta.country);
          expect(card(el)!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(texts.routes[route!].title);
          const listed = [...card(el)!.querySelectorAll('.because + ul li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
          expect(listed).to.have.length(yes.length);
          yes.forEach((id, index) => expect(listed[index]).to.contain(texts.flags[id].summary));
        });
      }
    }

    it('asks about cancer treatment only after a yes to cancer, and sends treatment now to the treating team today', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags layout="list"></back-pain-redflags>`);
      expect(shownQuestions(el)).not.to.include('cancer-now');
      const total = () => root(el).querySelector('[part="progress"]')!.textContent!;
      const before = total();
      await answer(el, { 'cancer-history': 'yes' });
      expect(shownQuestions(el)).to.include('cancer-now');
      expect(shownQuestions(el).indexOf('cancer-now')).to.equal(shownQuestions(el).indexOf('cancer-history') + 1);
      expect(total(), 'the count of questions follows').not.to.equal(before);
      await answer(el, { ...allNo, 'cancer-history': 'yes', 'cancer-now': 'yes' });
      expect(card(el)!.classList.contains('urgent')).to.equal(true);
      expect(card(el)!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(nl.routes['treating-team-today'].title);
      await expect(el).to.be.accessible();
      await answer(el, { 'cancer-history': 'no' });
      expect(shownQuestions(el), 'a no closes the follow-up').not.to.include('cancer-now');
      expect(card(el)!.classList.contains('self-care')).to.equal(true);
      await answer(el, { 'cancer-history': 'yes' });
      expect(radio(el, 'cancer-now', 'yes').checked || radio(el, 'cancer-now', 'no').checked, 'asked afresh').to.equal(false);
    });

    it('shows pregnancy advice with any outcome, and sends a pregnancy warning sign to the midwife now', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags layout="list"></back-pain-redflags>`);
      await answer(el, { ...allNo, pregnant: 'yes' });
      await answer(el, { 'pregnancy-contractions': 'no', 'pregnancy-blood-loss': 'no', 'pregnancy-fever-peeing': 'no', 'pregnancy-baby-moving-less': 'no' });
      expect(card(el)!.classList.contains('self-care')).to.equal(true);
      expect(card(el)!.querySelector('.advice')!.textContent).to.equal(nl.flags.pregnant.advice);
      await answer(el, { 'pregnancy-baby-moving-less': 'yes' });
      expect(card(el)!.classList.contains('urgent')).to.equal(true);
      expect(card(el)!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(nl.routes['midwife-now'].title);
      expect(card(el)!.querySelector('.advice')!.textContent).to.equal(nl.flags.pregnant.advice);
    });
  });

  it('names no time frame in the explanation of a sign whose level a combination can change: the card names it', () => {
    // A combination can raise any sign below emergency (tingling in a leg with cancer: today), so
    // an explanation that said "within a few days" could contradict the card above it.
    const timeFrames = [/\bmeteen\b|\bvandaag\b|\bbinnen een paar dagen\b/, /\bstraight away\b|\btoday\b|\bwithin a few days\b/];
    for (const id of RED_FLAG_IDS.filter((flag) => RED_FLAG_RULES[flag].urgency !== 'emergency')) {
      expect(timeFrames[0]!.test(nl.flags[id].explanation), `${id} in Dutch`).to.equal(false);
      expect(timeFrames[1]!.test(en.flags[id].explanation), `${id} in English`).to.equal(false);
    }
  });

  describe('language', () => {
    it('speaks English with lang="en", and switches back', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags lang="en"></back-pain-redflags>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(shadowText(el)).to.contain(en.flags[RED_FLAG_IDS[0]].question);
      el.lang = 'nl';
      await el.updateComplete;
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
    });

    it('follows the closest [lang] ancestor and <html lang>', async () => {
      const el = await fixture<HTMLElement>(html`<div lang="en"><back-pain-redflags></back-pain-redflags></div>`);
      const widget = el.querySelector('back-pain-redflags')!;
      await waitUntil(() => heading(widget)?.textContent?.trim() === en.title, 'English from the ancestor');

      const alone = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      const before = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en';
        await waitUntil(() => heading(alone)?.textContent?.trim() === en.title, 'English from <html lang>');
        document.documentElement.lang = 'nl';
        await waitUntil(() => heading(alone)?.textContent?.trim() === nl.title, 'Dutch again');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('keeps answers when the language changes', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      await complete(el, { ...allNo, fever: 'yes' });
      el.lang = 'en';
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title);
      expect(card(el)!.textContent).to.contain(en.routes['gp-today'].title).and.to.contain(en.flags.fever.summary);
      root(el).querySelector<HTMLButtonElement>('[part="change-answers"]')!.click();
      await el.updateComplete;
      while (!shownQuestions(el).includes('fever')) {
        previousButton(el)!.click();
        await el.updateComplete;
      }
      expect(radio(el, 'fever', 'yes').checked).to.equal(true);
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainRedflags>(html`<back-pain-redflags lang="de"></back-pain-redflags>`);
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="de"').and.to.contain(BUILT_IN_LOCALES.join(', '));
    });
  });

  describe('contact attributes', () => {
    it('shows the page’s own name, phone (tel: link) and web address on the outcome', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags
        contact-name="Huisartsenpraktijk De Linde"
        contact-phone="+31 (0)20 123 45 67"
        contact-url="https://example.org/contact"
      ></back-pain-redflags>`);
      await complete(el, allNo);
      const contact = el.shadowRoot!.querySelector<HTMLElement>('.contact')!;
      expect(contact.hidden).to.equal(false);
      expect(contact.textContent).to.contain('Huisartsenpraktijk De Linde');
      const call = contact.querySelector<HTMLElement>('a[part="contact-call"][href="tel:+310201234567"]')!;
      expect(call, 'a call button').to.exist;
      expect(call.textContent!.replace(/\s+/g, ' ')).to.contain(nl.callContact('Huisartsenpraktijk De Linde')).and.to.contain('+31 (0)20 123 45 67');
      expect(call.getBoundingClientRect().height, 'a large target').to.be.at.least(44);
      expect(parseFloat(getComputedStyle(call).fontSize)).to.be.at.least(18);
      const site = contact.querySelector('a[href="https://example.org/contact"]')!;
      expect(site.getAttribute('target')).to.equal('_blank');
      expect(site.textContent, 'says it opens a new tab').to.contain(nl.opensInNewTab);
      await expect(el).to.be.accessible();
    });

    it('isolates contact-name, so bidi control characters in it cannot reverse the text around it', async () => {
      const name = 'Praktijk \u202Eadnil ed';
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags
        contact-name=${name}
        contact-phone="020 123 45 67"
        contact-url="https://example.org/contact"
      ></back-pain-redflags>`);
      await complete(el, allNo);
      const contact = el.shadowRoot!.querySelector<HTMLElement>('.contact')!;
      const walker = document.createTreeWalker(contact, NodeFilter.SHOW_TEXT);
      const holders: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes('\u202E')) holders.push(node as Text);
      expect(holders.length, 'the name is shown in the call button and the web link').to.be.at.least(2);
      for (const text of holders) {
        const isolate = text.parentElement!.closest('bdi, [dir="auto"]');
        expect(isolate, 'inside <bdi> or dir=auto').to.exist;
        expect(isolate!.textContent, 'the isolate holds the name only').to.equal(name);
      }
      expect(contact.textContent!.replace(/\s+/g, ' ')).to.contain(nl.callContact(name));
      await expect(el).to.be.accessible();
    });

    it('shows no contact block when the page gives none', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      await complete(el, allNo);
      expect(el.shadowRoot!.querySelector<HTMLElement>('.contact')!.hidden).to.equal(true);
    });

    it('shows slotted contact markup', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags>
        <p slot="contact">Bel de <strong>praktijklijn</strong></p>
      </back-pain-redflags>`);
      await complete(el, allNo);
      const contact = el.shadowRoot!.querySelector<HTMLElement>('.contact')!;
      expect(contact.hidden).to.equal(false);
      const slot = contact.querySelector('slot')!;
      expect(slot.assignedElements()[0]?.textContent).to.contain('praktijklijn');
    });

    const bad = [
      ['contact-phone', 'call us!'],
      ['contact-phone', '12'],
      ['contact-url', 'javascript:alert(1)'],
      ['contact-url', '<img src=x onerror=alert(1)>'],
      ['contact-url', 'ftp://example.org'],
      ['heading-level', '9'],
      ['heading-level', 'two'],
    ] as const;
    for (const [attribute, value] of bad) {
      it(`ignores ${attribute}="${value}" with one warning that names the attribute`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
          el.setAttribute(attribute, value);
          await el.updateComplete;
          await complete(el, allNo);
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.contain(attribute).and.to.contain('Accepted');
          expect(card(el)).to.exist;
          const links = [...card(el)!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          expect(links.some((href) => href?.includes('alert') || href?.startsWith('ftp'))).to.equal(false);
          expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
          if (attribute === 'heading-level') expect(heading(el).getAttribute('aria-level')).to.equal('2');
        } finally {
          warnings.restore();
        }
      });
    }

    it('uses heading-level for its heading and the outcome heading one below', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags heading-level="3"></back-pain-redflags>`);
      expect(heading(el).getAttribute('aria-level')).to.equal('3');
      await complete(el, allNo);
      expect(card(el)!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    });
  });

  it('ends with the sources and the review date', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    const footer = el.shadowRoot!.querySelector('footer')!;
    expect(footer.querySelectorAll('li').length).to.be.greaterThan(2);
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    // English titles in a Dutch footer are marked as English, for screen readers.
    const titles = [...footer.querySelectorAll('cite')];
    expect(titles.find((cite) => cite.textContent === 'Back pain')?.getAttribute('lang')).to.equal('en');
    expect(titles.find((cite) => cite.textContent!.startsWith('NHG'))?.getAttribute('lang')).to.equal('nl');
  });
});
