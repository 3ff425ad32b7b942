import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/check/define.js';
import type { BackPainCheck, CheckCompleteDetail } from '../src/check/back-pain-check.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import { check as nl, meta, riskFactors, selfCare, timeline, walking } from '../src/content/nl.js';
import { check as en } from '../src/content/en.js';
import { getContent } from '../src/content/index.js';
import { RED_FLAG_IDS, SELF_CARE_IDS } from '../src/content/structure.js';
import { DEFAULT_GOAL, DEFAULT_START } from '../src/walking-program/schedule.js';
import { fixtureWithWarnings, shadowText, whilePrinted } from './helpers.js';

const TODAY = '2026-11-30';

const inner = (el: BackPainCheck) => el.shadowRoot!.querySelector<BackPainRedflags>('back-pain-redflags')!;
const stepHeading = (el: BackPainCheck) => el.shadowRoot!.querySelector<HTMLElement>('#step-heading')!;
const field = <T extends Element>(el: BackPainCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const button = (el: BackPainCheck, label: string) => {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a.button')].find(
    (candidate) => candidate.textContent?.trim() === label && candidate.offsetParent !== null,
  );
  if (!found) throw new Error(`no visible button "${label}"`);
  return found;
};


/**
 * Answers the warning signs through the red-flag check's own radios, "yes" for the ids given and
 * "no" for the rest, pressing its Next button after each group where it shows one.
 */
async function answerSigns(el: BackPainCheck, yes: string[] = []) {
  const redflags = inner(el);
  for (let round = 0; round < RED_FLAG_IDS.length + 2; round += 1) {
    await redflags.updateComplete;
    const open = [...redflags.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
      (radio) => radio.offsetParent !== null && !redflags.shadowRoot!.querySelector(`input[name="${radio.name}"]:checked`),
    );
    const names = [...new Set(open.map((radio) => radio.name))];
    for (const name of names) {
      redflags.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${yes.includes(name) ? 'yes' : 'no'}"]`)!.click();
      await redflags.updateComplete;
    }
    const next = redflags.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]');
    if (!next) return;
    next.click();
    await el.updateComplete;
    if (el.shadowRoot!.querySelector('#duration:not([hidden])') || redflags.shadowRoot!.querySelector('#outcome')) return;
  }
}

async function enterDuration(el: BackPainCheck, amount: string, unit: 'days' | 'weeks' = 'days') {
  field<HTMLInputElement>(el, '#amount').value = amount;
  field<HTMLSelectElement>(el, '#unit').value = unit;
  button(el, nl.next).click();
  await el.updateComplete;
}

async function render(template = html`<back-pain-check today=${TODAY}></back-pain-check>`) {
  const el = await fixture<BackPainCheck>(template);
  await waitUntil(() => inner(el), 'the red-flag check is rendered');
  await inner(el).updateComplete;
  return el;
}

describe('<back-pain-check>', () => {
  it('is accessible and starts with the warning signs, step 1 of 4', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    expect(shadowText(el)).to.contain(nl.stepOf(1, 4));
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.signs);
    expect(inner(el).shadowRoot!.querySelectorAll('input[type="radio"]').length).to.be.greaterThan(0);
    // One title and one introduction: the red-flag check's own are hidden inside the check.
    for (const part of ['title', 'intro']) {
      const shown = inner(el).shadowRoot!.querySelector(`[part="${part}"]`)!;
      expect(getComputedStyle(shown).display, part).to.equal('none');
    }
  });

  it('all "no" and 3 days: a self-care plan for the first week, with the three most important steps', async () => {
    const el = await render();
    const steps: string[] = [];
    el.addEventListener('check-step', (event) => steps.push(event.detail.step));
    await answerSigns(el);
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.duration);
    await enterDuration(el, '3');
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.factors);
    const completed = oneEvent(el, 'check-complete');
    button(el, nl.showPlan).click();
    const { detail } = (await completed) as CustomEvent<CheckCompleteDetail>;
    await el.updateComplete;
    expect(detail).to.deep.equal({ urgency: 'self-care', route: 'self-care', flags: [], signs: [], phase: 'first-week', factors: [], contentVersion: meta.version, lang: 'nl' });
    expect(steps).to.deep.equal(['duration', 'factors', 'plan']);

    const plan = field<HTMLElement>(el, '[part="plan"]').textContent!.replace(/\s+/g, ' ');
    expect(plan).to.contain(nl.nextStep['self-care']);
    expect(plan).to.contain(timeline.phases['first-week'].title);
    expect(plan).to.contain(timeline.phases['first-week'].normal);
    for (const id of SELF_CARE_IDS.slice(0, 3)) expect(plan).to.contain(selfCare.steps[id].title);
    expect(plan).not.to.contain(selfCare.steps[SELF_CARE_IDS[3]!].title);
    expect(plan, 'no walking programme in the first weeks').not.to.contain(nl.walkingHeading);
    expect(plan, 'when to get help in this phase').to.contain(timeline.phases['first-week'].contact);
    const safetyNet = field<HTMLElement>(el, '[part="plan"] [part="safety-net"]');
    expect(safetyNet.textContent, 'the safety net closes the plan').to.contain(getContent('nl')!.common.safetyNetHeading);
    expect(safetyNet.textContent).to.contain(getContent('nl')!.common.emergencySigns['bladder-bowel']);
    await expect(el).to.be.accessible();
  });

  it('all "no" and 60 days: see the GP or a physiotherapist, with the walking programme from what the reader walks now', async () => {
    const el = await render(html`<back-pain-check today=${TODAY} physio-url="/fysio"></back-pain-check>`);
    await answerSigns(el);
    await enterDuration(el, '60');
    const completed = oneEvent(el, 'check-complete');
    button(el, nl.showPlan).click();
    const { detail } = (await completed) as CustomEvent<CheckCompleteDetail>;
    await el.updateComplete;
    expect(detail.phase).to.equal('after-6-weeks');
    const plan = field<HTMLElement>(el, '[part="plan"]');
    const text = plan.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(nl.nextStep['gp-or-physio']);
    expect(text).to.contain(nl.walkingHeading);
    expect(text).to.contain(nl.walkingStart(3)).and.to.contain(nl.walkingGoal(DEFAULT_GOAL));
    expect(text, 'no fixed first week: the reader starts from what they walk now').not.to.contain(walking.walksPerDay(3, DEFAULT_START));
    expect(text).not.to.contain(walking.weekLabel(1));
    const link = [...plan.querySelectorAll('a')].find((a) => a.textContent?.trim() === nl.findPhysio);
    expect(new URL(link!.href).pathname).to.equal('/fysio');
  });

  it('counts weeks and a start date, and refuses a future date or an impossible number', async () => {
    const el = await render();
    await answerSigns(el);
    await enterDuration(el, '2.5');
    expect(shadowText(el)).to.contain(nl.durationErrors['not-a-whole-number']);
    expect(field<HTMLInputElement>(el, '#amount').getAttribute('aria-invalid')).to.equal('true');
    expect(stepHeading(el).textContent?.trim(), 'stays on the step').to.equal(nl.steps.duration);

    await enterDuration(el, '');
    expect(shadowText(el)).to.contain(nl.durationErrors.missing);

    field<HTMLInputElement>(el, '#onset').value = '2026-12-05';
    button(el, nl.next).click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain(nl.durationErrors['future-date']);
    expect(field<HTMLInputElement>(el, '#onset').getAttribute('aria-invalid')).to.equal('true');

    // A start date more than ten years ago: the error, its description and the focus are on the date field.
    field<HTMLInputElement>(el, '#onset').value = '2010-01-01';
    button(el, nl.next).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shadowText(el)).to.contain(nl.durationErrors['too-long']);
    expect(field<HTMLInputElement>(el, '#onset').getAttribute('aria-invalid')).to.equal('true');
    expect(field<HTMLInputElement>(el, '#onset').getAttribute('aria-describedby')).to.equal('duration-error');
    expect(field<HTMLInputElement>(el, '#amount').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.activeElement?.id).to.equal('onset');

    field<HTMLInputElement>(el, '#onset').value = '2026-10-01';
    button(el, nl.next).click();
    await el.updateComplete;
    expect(shadowText(el)).not.to.contain(nl.durationErrors['future-date']);
    button(el, nl.showPlan).click();
    await el.updateComplete;
    expect(field<HTMLElement>(el, '[part="summary"]').textContent).to.contain(nl.durationAnswer(60));

    button(el, nl.back).click();
    await el.updateComplete;
    button(el, nl.back).click();
    await el.updateComplete;
    await enterDuration(el, '9', 'weeks');
    button(el, nl.showPlan).click();
    await el.updateComplete;
    expect(field<HTMLElement>(el, '[part="summary"]').textContent).to.contain(nl.durationAnswer(63));
  });

  it('a warning sign ends the check with its care card and a start-again button; phase is null', async () => {
    const el = await render();
    const completed = oneEvent(el, 'check-complete');
    await answerSigns(el, ['fever']);
    const { detail } = (await completed) as CustomEvent<CheckCompleteDetail>;
    expect(detail).to.deep.equal({ urgency: 'urgent', route: 'gp-today', flags: ['fever'], signs: ['fever'], phase: null, factors: [], contentVersion: meta.version, lang: 'nl' });
    expect(inner(el).shadowRoot!.querySelector('#outcome'), 'care card').to.exist;
    await inner(el).updateComplete;
    await expect(el).to.be.accessible();
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.signs);
    button(el, nl.startAgain).click();
    await el.updateComplete;
    await inner(el).updateComplete;
    expect(inner(el).shadowRoot!.querySelector('input:checked'), 'answers cleared').to.equal(null);
  });

  it('keeps the red-flag check\'s own result event inside: the page hears the check\'s events only', async () => {
    const el = await render();
    let leaked = 0;
    const count = () => (leaked += 1);
    document.addEventListener('redflags-result', count);
    try {
      const completed = oneEvent(el, 'check-complete');
      await answerSigns(el, ['fever']);
      expect(((await completed) as CustomEvent<CheckCompleteDetail>).detail.urgency, 'the check did finish').to.equal('urgent');
    } finally {
      document.removeEventListener('redflags-result', count);
    }
    expect(leaked).to.equal(0);
  });

  it('Back keeps the answers, and the ticked factors reach the plan and the event', async () => {
    const el = await render();
    await answerSigns(el);
    await enterDuration(el, '30');
    const box = field<HTMLInputElement>(el, '#factors input[value="fear-of-moving"]');
    box.click();
    button(el, nl.back).click();
    await el.updateComplete;
    expect(field<HTMLInputElement>(el, '#amount').value).to.equal('30');
    button(el, nl.next).click();
    await el.updateComplete;
    expect(field<HTMLInputElement>(el, '#factors input[value="fear-of-moving"]').checked).to.equal(true);
    const completed = oneEvent(el, 'check-complete');
    button(el, nl.showPlan).click();
    const { detail } = (await completed) as CustomEvent<CheckCompleteDetail>;
    expect(detail.factors).to.deep.equal(['fear-of-moving']);
    expect(detail.phase).to.equal('weeks-2-6');
    await el.updateComplete;
    const plan = field<HTMLElement>(el, '[part="plan"]').textContent!;
    expect(plan).to.contain(nl.nextStep['gp-or-physio']);
    expect(plan).to.contain(riskFactors.lastingAdvice);
  });

  it('Start again on the plan clears every answer, the duration and the factors too', async () => {
    const el = await render();
    await answerSigns(el);
    await enterDuration(el, '3', 'weeks');
    field<HTMLInputElement>(el, '#factors input[value="worry"]').click();
    button(el, nl.showPlan).click();
    await el.updateComplete;
    button(el, nl.startAgain).click();
    await el.updateComplete;
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.signs);
    await answerSigns(el);
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.duration);
    expect(field<HTMLInputElement>(el, '#amount').value).to.equal('');
    expect(field<HTMLSelectElement>(el, '#unit').value).to.equal('days');
    expect(el.shadowRoot!.querySelectorAll('#factors input:checked')).to.have.length(0);
  });

  it('going back to the warning signs keeps the answers and offers the way on', async () => {
    const el = await render();
    await answerSigns(el);
    button(el, nl.back).click();
    await el.updateComplete;
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.signs);
    button(el, nl.next).click();
    await el.updateComplete;
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.duration);
  });

  it('shows no empty contact block on a care card when the page gives no contact details', async () => {
    const el = await render();
    await answerSigns(el, ['fever']);
    await inner(el).updateComplete;
    expect(inner(el).shadowRoot!.querySelector<HTMLElement>('[part="contact"]')!.hidden).to.equal(true);
  });

  describe('"is it getting better?" from 3 weeks on', () => {
    const question = (el: BackPainCheck) =>
      [...el.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('#factors fieldset')].find((set) => set.querySelector('legend')?.textContent?.trim() === nl.improvingQuestion);
    const answer = (el: BackPainCheck, label: string) =>
      [...question(el)!.querySelectorAll('label')].find((choice) => choice.textContent?.trim() === label)!.querySelector('input')!.click();
    const planText = (el: BackPainCheck) => field<HTMLElement>(el, '[part="plan"]').textContent!.replace(/\s+/g, ' ');

    it('is not asked before 21 days', async () => {
      const el = await render();
      await answerSigns(el);
      await enterDuration(el, '20');
      expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.factors);
      expect(question(el)).to.equal(undefined);
    });

    it('is asked at 3 weeks, as a group of two choices before the factors; "no" sends to the GP or physiotherapist', async () => {
      const el = await render();
      await answerSigns(el);
      await enterDuration(el, '3', 'weeks');
      const group = question(el)!;
      expect(group, 'the question').to.exist;
      expect([...group.querySelectorAll('input[type="radio"]')].map((radio) => radio.closest('label')!.textContent!.trim())).to.deep.equal([nl.improvingYes, nl.improvingNo]);
      expect(group.compareDocumentPosition(field(el, `#factors input[value="worry"]`)) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      answer(el, nl.improvingNo);
      button(el, nl.showPlan).click();
      await el.updateComplete;
      expect(planText(el)).to.contain(nl.nextStep['gp-or-physio']);
      const summary = field<HTMLElement>(el, '[part="summary"]').textContent!.replace(/\s+/g, ' ');
      expect(summary).to.contain(nl.summaryImproving).and.to.contain(nl.improvingNo);
    });

    it('"yes" with no factors keeps self-care; no answer says "if it is not getting better"', async () => {
      const el = await render();
      await answerSigns(el);
      await enterDuration(el, '30');
      answer(el, nl.improvingYes);
      button(el, nl.showPlan).click();
      await el.updateComplete;
      expect(planText(el)).to.contain(nl.nextStep['self-care']);
      expect(field<HTMLElement>(el, '[part="summary"]').textContent).to.contain(nl.improvingYes);
      button(el, nl.back).click();
      await el.updateComplete;
      button(el, nl.skip).click();
      await el.updateComplete;
      expect(planText(el), 'Skip clears the answer too').to.contain(nl.nextStep['gp-or-physio-if-not-better']);
      expect(field<HTMLElement>(el, '[part="summary"]').textContent).not.to.contain(nl.summaryImproving);
    });

    it('asks it in English too', async () => {
      const el = await render(html`<back-pain-check lang="en" today=${TODAY}></back-pain-check>`);
      await answerSigns(el);
      field<HTMLInputElement>(el, '#amount').value = '25';
      button(el, en.next).click();
      await el.updateComplete;
      expect(shadowText(el)).to.contain(en.improvingQuestion).and.to.contain(en.improvingNo);
    });
  });

  it('Skip shows the plan without factors', async () => {
    const el = await render();
    await answerSigns(el);
    await enterDuration(el, '30');
    field<HTMLInputElement>(el, '#factors input[value="worry"]').click();
    const completed = oneEvent(el, 'check-complete');
    button(el, nl.skip).click();
    expect(((await completed) as CustomEvent<CheckCompleteDetail>).detail.factors).to.deep.equal([]);
    await el.updateComplete;
    expect(field<HTMLElement>(el, '[part="plan"]').textContent).to.contain(nl.nextStep['gp-or-physio-if-not-better']);
  });

  it('moves focus to each new step\'s heading, so a screen reader hears it', async () => {
    const el = await render();
    await answerSigns(el);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(stepHeading(el));
    await enterDuration(el, '5');
    expect(el.shadowRoot!.activeElement).to.equal(stepHeading(el));
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.factors);
  });

  it('can be completed by keyboard alone after the warning signs', async () => {
    const el = await render();
    await answerSigns(el);
    field<HTMLInputElement>(el, '#amount').focus();
    await sendKeys({ type: '4' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.factors);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    expect(field<HTMLInputElement>(el, '#factors input[value="fear-of-moving"]').checked).to.equal(true);
    const completed = oneEvent(el, 'check-complete');
    const showPlan = button(el, nl.showPlan);
    showPlan.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = (await completed) as CustomEvent<CheckCompleteDetail>;
    expect(detail.phase).to.equal('first-week');
    expect(detail.factors).to.deep.equal(['fear-of-moving']);
  });

  it('speaks English, the red-flag questions included', async () => {
    const el = await render(html`<back-pain-check lang="en" today=${TODAY}></back-pain-check>`);
    await waitUntil(() => shadowText(el).includes(en.title), 'English texts load');
    await inner(el).updateComplete;
    await waitUntil(() => inner(el).shadowRoot!.querySelector('[lang="en"]'), 'the red-flag check speaks English too');
    expect(stepHeading(el).textContent?.trim()).to.equal(en.steps.signs);
    el.lang = 'nl';
    await waitUntil(() => inner(el).shadowRoot!.querySelector('[part="base"][lang="nl"]'), 'and follows the check back to Dutch');
  });

  it('prints the plan and the summary for the GP, with the date and the content version, without buttons', async () => {
    const el = await render();
    await answerSigns(el);
    await enterDuration(el, '12');
    button(el, nl.showPlan).click();
    await el.updateComplete;
    const summary = field<HTMLElement>(el, '[part="summary"]');
    const text = summary.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(nl.summaryVersion).and.to.contain(meta.version);
    expect(text).to.contain(nl.durationAnswer(12));
    expect(text).to.contain(nl.noFactors);
    expect(summary.querySelector('time')?.getAttribute('datetime')).to.equal(TODAY);
    await whilePrinted(el, () => {
      expect(getComputedStyle(summary).display).not.to.equal('none');
      expect(getComputedStyle(field(el, '[part="plan"]')).display).not.to.equal('none');
      for (const control of el.shadowRoot!.querySelectorAll('[part="plan"] button')) expect(getComputedStyle(control).display).to.equal('none');
    });
  });

  it('fits the page outline: its heading at heading-level, each step one lower', async () => {
    const el = await render(html`<back-pain-check heading-level="3" today=${TODAY}></back-pain-check>`);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect(stepHeading(el).getAttribute('aria-level')).to.equal('4');
    // The red-flag check's own title is hidden, so its headings (the care card's) come one below the step's.
    expect(inner(el).shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('warns once for a bad physio-url and shows no link', async () => {
    const { el, warnings } = await fixtureWithWarnings<BackPainCheck>(
      html`<back-pain-check today=${TODAY} physio-url="javascript:alert(1)"></back-pain-check>`,
    );
    expect(warnings.filter((warning) => warning.includes('physio-url'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });
});

describe('<back-pain-check> and a forged redflags-result', () => {
  const forged = (detail: unknown) => new CustomEvent('redflags-result', { bubbles: true, composed: true, detail });
  const selfCare = { urgency: 'self-care', route: 'self-care', flags: [], signs: [], contentVersion: meta.version, lang: 'nl' };
  const emergency = { urgency: 'emergency', route: 'call-112', flags: ['bladder-bowel'], signs: ['bladder-bowel'], contentVersion: meta.version, lang: 'nl' };
  const withText = { ...emergency, flags: ['bladder-bowel', 'Jan Jansen, 0612345678'], signs: ['<img src=x onerror=alert(1)>'], note: 'free text' };

  /** Records the check's events and any error thrown while a listener ran. */
  function watch(el: BackPainCheck) {
    const seen = { steps: [] as string[], completes: [] as CheckCompleteDetail[], errors: [] as string[] };
    el.addEventListener('check-step', (event) => seen.steps.push(event.detail.step));
    el.addEventListener('check-complete', (event) => seen.completes.push(event.detail));
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      seen.errors.push(event.message);
    };
    window.addEventListener('error', onError);
    return { seen, stop: () => window.removeEventListener('error', onError) };
  }

  async function renderWithContact() {
    const el = await render(html`<back-pain-check today=${TODAY}><p slot="contact">Praktijk <a id="page-link" href="/contact">contact</a></p></back-pain-check>`);
    return { el, link: el.querySelector<HTMLElement>('#page-link')! };
  }

  it('from the contact slot, does not advance the check, however its detail is written (null too)', async () => {
    const { el, link } = await renderWithContact();
    const { seen, stop } = watch(el);
    try {
      for (const detail of [selfCare, emergency, withText, null, undefined, 'self-care', { urgency: 'self-care' }]) {
        link.dispatchEvent(forged(detail));
        await el.updateComplete;
      }
    } finally {
      stop();
    }
    expect(seen.errors, 'no error').to.deep.equal([]);
    expect(seen.steps, 'no step shown').to.deep.equal([]);
    expect(seen.completes, 'no outcome').to.deep.equal([]);
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.signs);
    expect(shadowText(el)).not.to.contain(nl.startAgain);
  });

  it('from the contact slot on the plan, does not change the plan; the real answers still complete it', async () => {
    const { el, link } = await renderWithContact();
    await answerSigns(el);
    await enterDuration(el, '5');
    const { seen, stop } = watch(el);
    try {
      button(el, nl.showPlan).click();
      await el.updateComplete;
      link.dispatchEvent(forged(emergency));
      link.dispatchEvent(forged({ urgency: 'self-care', route: 'self-care', flags: [], signs: [] }));
      el.querySelector('[slot="contact"]')!.dispatchEvent(new CustomEvent('redflags-reset', { bubbles: true, composed: true, detail: {} }));
      await el.updateComplete;
    } finally {
      stop();
    }
    expect(seen.completes.map((detail) => detail.urgency)).to.deep.equal(['self-care']);
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.plan);
    expect(field<HTMLElement>(el, '[part="summary"]').textContent).to.contain(nl.durationAnswer(5));
  });

  it('with free text, null or unknown ids, is ignored even when dispatched on the red-flag check itself', async () => {
    const el = await render();
    const { seen, stop } = watch(el);
    try {
      for (const detail of [withText, null, { ...emergency, urgency: 'panic' }, { ...emergency, route: 'javascript:alert(1)' }, { ...emergency, flags: 'bladder-bowel' }]) {
        inner(el).dispatchEvent(forged(detail));
        await el.updateComplete;
      }
    } finally {
      stop();
    }
    expect(seen.errors).to.deep.equal([]);
    expect(seen.completes).to.deep.equal([]);
    expect(stepHeading(el).textContent?.trim()).to.equal(nl.steps.signs);
  });
});
