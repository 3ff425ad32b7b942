/**
 * The interactive widgets used as a person uses them, from each drop-in file a page can load:
 * a widget's own file, the bundle, the loader (the base chunk with Lit and the base element, plus
 * the widget's chunk) and the loader's chunk with every widget. The drop-in files shorten the
 * names of private members (scripts/private-members.mjs): two chunks that disagree on a short
 * name, or a member reached by its name in a string (`changed.has('answers')`), break these paths.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { check, faq, lifting, redFlags, riskFactors, selfCare, timeline, walking } from '../../src/content/nl.js';
import { LIFTING_TOPICS, PHASE_IDS, SELF_CARE_IDS, type RedFlagId } from '../../src/content/structure.js';
import { expectBuilt, manifestWidgets } from './widgets.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const root = (widget: Element) => widget.shadowRoot!;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settle = async (widget: Widget) => {
  await widget.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await widget.updateComplete;
};

/** Sets a field as typing does, then sends `type` (input or change). */
async function fill(widget: Widget, field: HTMLInputElement | HTMLSelectElement, value: string, type = 'input') {
  field.value = value;
  field.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  await settle(widget);
}

/** The events `name` a widget fires from now on. */
function collect<T>(widget: Element, name: string): T[] {
  const received: T[] = [];
  widget.addEventListener(name, (event) => received.push((event as CustomEvent<T>).detail));
  return received;
}

/** Answers the red-flag check's questions step by step, "yes" for `yes` and "no" for the rest, until it shows an outcome. */
async function answerSigns(redflags: Widget, yes: RedFlagId[] = []) {
  for (let step = 0; step < 20 && !root(redflags).querySelector('#outcome'); step += 1) {
    const names = new Set([...root(redflags).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.name));
    for (const name of names) {
      root(redflags).querySelector<HTMLInputElement>(`input[name="${name}"][value="${yes.includes(name as RedFlagId) ? 'yes' : 'no'}"]`)!.click();
      await settle(redflags);
    }
    const next = root(redflags).querySelector<HTMLButtonElement>('button[part="next"]');
    if (!next) return;
    next.click();
    await settle(redflags);
  }
}

interface Scenario {
  tag: string;
  /** Attributes for the widget's tag. */
  attributes?: string;
  run(widget: Widget): Promise<void>;
}

const scenarios: Scenario[] = [
  {
    tag: 'back-pain-redflags',
    async run(widget) {
      const results = collect<{ urgency: string; flags: string[] }>(widget, 'redflags-result');
      root(widget).querySelector<HTMLButtonElement>('button[part="next"]')!.click();
      await settle(widget);
      const open = root(widget).querySelectorAll('[role="radiogroup"]').length;
      const summary = root(widget).querySelector('[part="unanswered"]');
      expect(text(summary), 'Next with open questions names them').to.contain(redFlags.unanswered);
      expect(summary!.querySelectorAll('button'), 'one button per open question').to.have.length(open);
      const firstOpen = root(widget).querySelector<HTMLInputElement>('input[type="radio"]')!;
      expect(root(widget).activeElement === firstOpen, 'focus on the first open question').to.equal(true);

      await answerSigns(widget);
      const outcome = () => root(widget).querySelector('#outcome');
      expect(outcome()?.classList.contains('self-care'), 'all "no": the self-care card').to.equal(true);
      expect(text(outcome())).to.contain(redFlags.routes['self-care'].title);
      expect(root(widget).activeElement === outcome(), 'focus on the card').to.equal(true);

      root(widget).querySelector<HTMLButtonElement>('[part="change-answers"]')!.click();
      await settle(widget);
      expect(outcome(), 'back to the questions').to.equal(null);
      // The last step asks about pregnancy: a yes opens its warning signs on the same step.
      expect(root(widget).querySelector<HTMLInputElement>('input[name="pregnant"][value="no"]')!.checked, 'answers kept').to.equal(true);
      root(widget).querySelector<HTMLInputElement>('input[name="pregnant"][value="yes"]')!.click();
      await settle(widget);
      const followUps = [...root(widget).querySelectorAll<HTMLInputElement>('input[type="radio"][value="no"]')].filter((radio) => radio.name !== 'pregnant');
      expect(followUps.length, 'the pregnancy warning signs appear').to.equal(4);
      root(widget).querySelector<HTMLInputElement>('input[name="pregnancy-blood-loss"][value="yes"]')!.click();
      for (const radio of followUps.filter((no) => no.name !== 'pregnancy-blood-loss')) radio.click();
      await settle(widget);
      root(widget).querySelector<HTMLButtonElement>('button[part="next"]')!.click();
      await settle(widget);
      expect(outcome()?.classList.contains('urgent'), 'a pregnancy warning sign: the urgent card').to.equal(true);
      expect(text(outcome())).to.contain(redFlags.routes['midwife-now'].title);
      expect(results.map(({ urgency: shown, flags }) => [shown, flags])).to.deep.equal([
        ['self-care', []],
        ['urgent', ['pregnancy-blood-loss']],
      ]);
    },
  },
  {
    tag: 'back-pain-check',
    attributes: 'today="2026-11-30"',
    async run(widget) {
      const stepEvents = collect<{ step: string }>(widget, 'check-step');
      const completed = collect<{ urgency: string; phase: string }>(widget, 'check-complete');
      const heading = () => root(widget).querySelector<HTMLElement>('#step-heading')!;
      const button = (label: string) =>
        [...root(widget).querySelectorAll<HTMLButtonElement>('button')].find((found) => text(found) === label && found.offsetParent !== null)!;

      await answerSigns(root(widget).querySelector<Widget>('back-pain-redflags')!);
      await settle(widget);
      expect(text(heading())).to.equal(check.steps.duration);
      expect(root(widget).activeElement === heading(), 'focus on the new step’s heading').to.equal(true);
      await fill(widget, root(widget).querySelector<HTMLInputElement>('#amount')!, '3');
      button(check.next).click();
      await settle(widget);
      expect(text(heading())).to.equal(check.steps.factors);
      button(check.showPlan).click();
      await settle(widget);
      expect(stepEvents.map(({ step }) => step)).to.deep.equal(['duration', 'factors', 'plan']);
      expect(completed.map(({ urgency, phase }) => [urgency, phase])).to.deep.equal([['self-care', 'first-week']]);
      const plan = text(root(widget).querySelector('[part="plan"]'));
      expect(plan).to.contain(check.nextStep['self-care']);
      // Texts of other sections: the timeline's phase and the self-care steps.
      expect(plan).to.contain(timeline.phases['first-week'].title);
      expect(plan).to.contain(selfCare.steps[SELF_CARE_IDS[0]!].title);
    },
  },
  {
    tag: 'recovery-timeline',
    attributes: 'today="2026-03-20"',
    async run(widget) {
      const onset = root(widget).querySelector<HTMLInputElement>('input#onset')!;
      const current = () => root(widget).querySelector('[aria-current="step"]');
      await fill(widget, onset, '2026-03-10', 'change');
      const items = [...root(widget).querySelectorAll('ol > li')];
      expect(items.indexOf(current()!), 'ten days: weeks 2 to 6 marked').to.equal(PHASE_IDS.indexOf('weeks-2-6'));
      expect(text(root(widget).querySelector('.marker'))).to.contain(timeline.dayCount(10));
      expect(onset.getAttribute('aria-invalid')).to.equal('false');
      await fill(widget, onset, '2026-03-25', 'change');
      expect(current(), 'a date after today marks nothing').to.equal(null);
      expect(onset.getAttribute('aria-invalid')).to.equal('true');
      expect(text(root(widget).querySelector('#onset-error'))).not.to.equal('');
    },
  },
  {
    tag: 'walking-program',
    attributes: 'start-minutes="5" goal-minutes="8"',
    async run(widget) {
      const input = (name: string) => root(widget).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      const weeks = () => [...root(widget).querySelectorAll('.week .walks')].map(text);
      expect(weeks()).to.deep.equal([5, 6, 7, 8].map((minutes) => walking.walksPerDay(3, minutes)));
      await fill(widget, input('start'), '6');
      expect(weeks(), 'the plan follows what is typed').to.deep.equal([6, 7, 8].map((minutes) => walking.walksPerDay(3, minutes)));
      await fill(widget, input('goal'), '');
      expect(input('goal').getAttribute('aria-invalid'), 'an empty goal is refused').to.equal('true');
      expect(text(root(widget).querySelector('form [role="status"]')), 'and read out only once the field is left').to.equal('');
      input('goal').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await settle(widget);
      expect(text(root(widget).querySelector('form [role="status"]'))).to.equal(text(root(widget).querySelector('#goal-error')));
    },
  },
  {
    tag: 'lifting-tips',
    attributes: 'layout="tabs"',
    async run(widget) {
      const tabs = () => [...root(widget).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
      const selected = () => tabs().findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
      const press = async (key: string) => {
        tabs()[selected()]!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
        await settle(widget);
      };
      expect(tabs()).to.have.length(LIFTING_TOPICS.length);
      await press('ArrowRight');
      expect(selected(), 'Right selects the next tab').to.equal(1);
      expect(root(widget).activeElement === tabs()[1], 'and moves focus to it').to.equal(true);
      const panel = root(widget).querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
      expect(text(panel)).to.contain(lifting.topics[LIFTING_TOPICS[1]!].title);
      await press('End');
      expect(selected(), 'End selects the last tab').to.equal(LIFTING_TOPICS.length - 1);
      await press('ArrowRight');
      expect(selected(), 'Right wraps to the first').to.equal(0);
    },
  },
  {
    tag: 'back-pain-faq',
    async run(widget) {
      const shown = () => [...root(widget).querySelectorAll<HTMLDetailsElement>('details')].filter((details) => !details.hidden).map(({ id }) => id);
      await fill(widget, root(widget).querySelector<HTMLInputElement>('input[type="search"]')!, 'ischias');
      expect(shown()).to.deep.equal(['symptoms', 'how-long', 'sciatica']);
      await waitUntil(() => text(root(widget).querySelector('[role="status"]')) === faq.matches(3), 'the count is announced', { timeout: 3000 });
    },
  },
  {
    tag: 'back-pain-risk-factors',
    async run(widget) {
      const changes = collect<{ risks: string[]; lasting: string[] }>(widget, 'risk-factors-change');
      root(widget).querySelector<HTMLInputElement>('input[type="checkbox"][value="smoking"]')!.click();
      await settle(widget);
      expect(text(root(widget).querySelector('[part="tip"]'))).to.equal(riskFactors.factors.smoking.tip);
      root(widget).querySelector<HTMLButtonElement>('[part="clear"]')!.click();
      await settle(widget);
      expect(changes).to.deep.equal([
        { risks: ['smoking'], lasting: [] },
        { risks: [], lasting: [] },
      ]);
      expect(text(root(widget).querySelector('[part="general-tip"]'))).to.contain(riskFactors.noneTicked);
    },
  },
];

/** A page of its own (a fresh registry) that loads `script` and shows `body` in Dutch; resolves once its widgets show. */
async function openPage(script: string, body: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="nl"><head><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow!;
  const errors: string[] = [];
  page.addEventListener('error', (event) => errors.push(event.message));
  const widgets = [...page.document.body.children] as Widget[];
  await waitUntil(() => widgets.every((widget) => root(widget)?.querySelector('.widget[lang="nl"]')), 'every widget shows Dutch', { timeout: 8000 });
  for (const widget of widgets) await settle(widget);
  return { frame, page, errors };
}

const markup = ({ tag, attributes }: { tag: string; attributes?: string }) => `<${tag} ${attributes ?? ''}></${tag}>`;

describe('the interactive widgets from each drop-in file', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const scenario of scenarios) {
    for (const [how, file] of [
      ['its own file', `${scenario.tag}.js`],
      ['the bundle', 'back-pain-widgets.js'],
      ['the loader, from the base chunk and its own chunk', 'loader.js'],
    ] as const) {
      it(`<${scenario.tag}> from ${how}`, async () => {
        const { page, errors } = await openPage(await expectBuilt(file), markup(scenario));
        await scenario.run(page.document.querySelector<Widget>(scenario.tag)!);
        expect(errors).to.deep.equal([]);
      });
    }
  }

  it('every one from the loader’s chunk with every widget', async function () {
    this.timeout(30000);
    const tags = (await manifestWidgets()).map(({ tag }) => tag);
    const body = tags.map((tag) => markup(scenarios.find((scenario) => scenario.tag === tag) ?? { tag })).join('');
    const { page, errors } = await openPage(await expectBuilt('loader.js'), body);
    const fetched = page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.some((path) => path.startsWith('/dist/cdn/chunks/all-')), 'the chunk with every widget').to.equal(true);
    for (const scenario of scenarios) await scenario.run(page.document.querySelector<Widget>(scenario.tag)!);
    expect(errors).to.deep.equal([]);
  });
});
