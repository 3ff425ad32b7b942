/**
 * The React wrappers of the built package in a real React 19 app: props reach the element and
 * events arrive through the `on<Event>` props, which React does not attach by itself in every
 * version or after hydration. Needs `npm run build`; typed by test/types/tsconfig.json.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { BackPainRedflags, BackPainRiskFactors } from '../../dist/react/index.js';
import { assessRedFlags, type Answers, type RedFlagsResultDetail } from '../../dist/index.js';

let container: HTMLElement;
let root: Root;

async function renderInReact<E extends HTMLElement>(element: ReactElement, tag: string): Promise<E> {
  flushSync(() => root.render(element));
  const el = container.querySelector(tag) as (E & { updateComplete?: Promise<unknown> }) | null;
  if (!el) throw new Error(`React rendered no <${tag}>`);
  await waitUntil(() => el.shadowRoot?.querySelector('input'), `<${tag}> did not render its form`);
  return el;
}

/** Clicks the radio of the given value in each question that has no answer yet, as a person would. */
async function answerOpenQuestions(el: HTMLElement, value: 'yes' | 'no', answers: Answers): Promise<void> {
  const questions = [...el.shadowRoot!.querySelectorAll('[role="radiogroup"]')];
  for (const question of questions) {
    if (question.querySelector('input:checked')) continue;
    const radio = question.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;
    radio.click();
    answers[radio.name as keyof Answers] = value;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

describe('React wrappers (back-pain-widgets/react)', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('BackPainRedflags passes props and calls onRedflagsResult and onRedflagsReset', async () => {
    const results: RedFlagsResultDetail[] = [];
    let resets = 0;
    const el = await renderInReact(
      createElement(BackPainRedflags, {
        lang: 'en',
        // Every question on one page: the steps have tests of their own; here the events count.
        layout: 'list',
        headingLevel: 3,
        contactName: 'Practice De Linde',
        onRedflagsResult: (event) => results.push(event.detail),
        onRedflagsReset: () => resets++,
      }),
      'back-pain-redflags',
    );
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');

    const answers: Answers = {};
    // Questions may appear as others are answered: answer until none is open.
    while (el.shadowRoot!.querySelector('[role="radiogroup"]:not(:has(input:checked))')) {
      await answerOpenQuestions(el, 'no', answers);
    }
    const allNo = assessRedFlags(answers);
    if (!allNo.complete) throw new Error('every question answered, yet the assessment is incomplete');
    await waitUntil(() => results.length === 1, 'onRedflagsResult was not called');
    expect(results[0].urgency).to.equal(allNo.urgency);
    expect(results[0].flags).to.deep.equal([...allNo.flags]);
    expect(el.shadowRoot!.querySelector('[part~="outcome"]')!.textContent).to.contain('Practice De Linde');

    // Changing the first answer changes the outcome the app hears about.
    const firstYes = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="yes"]')!;
    firstYes.click();
    const changed = assessRedFlags({ ...answers, [firstYes.name]: 'yes' });
    if (!changed.complete) throw new Error('the changed assessment is incomplete');
    await waitUntil(() => results.length === 2, 'onRedflagsResult was not called for the changed outcome');
    expect(results[1]).to.include({ urgency: changed.urgency });
    expect(results[1].flags).to.deep.equal([...changed.flags]);
    expect(changed.urgency, 'a yes changes the outcome').not.to.equal(allNo.urgency);

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="restart"]')!.click();
    await waitUntil(() => resets === 1, 'onRedflagsReset was not called');
  });

  it('BackPainRiskFactors calls onRiskFactorsChange with the ticked factors', async () => {
    const changes: string[][] = [];
    const el = await renderInReact(
      createElement(BackPainRiskFactors, { onRiskFactorsChange: (event) => changes.push(event.detail.risks) }),
      'back-pain-risk-factors',
    );
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="risks"] input[type="checkbox"]')!;
    box.click();
    await waitUntil(() => changes.length === 1, 'onRiskFactorsChange was not called');
    expect(changes[0]).to.deep.equal([box.value]);
  });
});
