import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/recovery-timeline/define.js';
import '../src/walking-program/define.js';
import '../src/check/define.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import { check as nl } from '../src/content/nl.js';

/**
 * A field to type a date or a number in looks the same in every widget that has one, and a wrong
 * answer marks it the same way: a thicker border in the emergency colour (the words beside it say
 * what is wrong).
 */

type Look = { border: string; height: number };
const look = (field: Element): Look => {
  const style = getComputedStyle(field);
  return { border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`, height: field.getBoundingClientRect().height };
};

/** Types a value the way a person does, then leaves the field or presses the step's button. */
function type(field: HTMLInputElement, value: string, event: 'input' | 'change') {
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

async function timelineField(value?: string) {
  const el = await fixture(html`<recovery-timeline lang="nl" theme="light" today="2026-03-20"></recovery-timeline>`);
  const field = el.shadowRoot!.querySelector<HTMLInputElement>('input#onset')!;
  if (value) type(field, value, 'change');
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return field;
}

async function walkingField(value?: string) {
  const el = await fixture(html`<walking-program lang="nl" theme="light"></walking-program>`);
  const field = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="start"]')!;
  if (value) type(field, value, 'input');
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return field;
}

/** The guided check's "Next" on the step shown (every step has one). */
const visibleNext = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === nl.next && button.offsetParent !== null)!;

/** The guided check's "how long" field, after every warning sign is answered "no". */
async function checkField(value?: string) {
  const el = await fixture(html`<back-pain-check lang="nl" theme="light" today="2026-11-30"></back-pain-check>`);
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('back-pain-redflags'), 'the red-flag check is rendered');
  const redflags = root.querySelector<BackPainRedflags>('back-pain-redflags')!;
  await redflags.updateComplete;
  while (root.querySelector<HTMLElement>('#duration')!.hidden) {
    for (const radio of redflags.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][value="no"]')) radio.click();
    await redflags.updateComplete;
    const next = redflags.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]');
    (next ?? visibleNext(root)).click();
    await redflags.updateComplete;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  const field = root.querySelector<HTMLInputElement>('#amount')!;
  if (value) {
    field.value = value;
    visibleNext(root).click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  return field;
}

describe('fields to type in', () => {
  it('look the same in the timeline, the walking programme and the guided check', async () => {
    const looks = [await timelineField(), await walkingField(), await checkField()].map(look);
    expect(looks[0]!.border).to.match(/^2px solid /);
    expect(looks[0]!.height, 'a large target').to.be.at.least(44);
    expect(looks[1]).to.deep.equal(looks[0]);
    expect(looks[2]).to.deep.equal(looks[0]);
  });

  it('mark a wrong answer the same way in each: a thicker border in the emergency colour', async () => {
    const fields = [await timelineField('2026-03-25'), await walkingField('1'), await checkField('2.5')];
    for (const field of fields) expect(field.getAttribute('aria-invalid'), field.id || field.name).to.equal('true');
    const looks = fields.map((field) => look(field).border);
    expect(looks[0]).to.equal('3px solid rgb(179, 38, 30)');
    expect(looks[1]).to.equal(looks[0]);
    expect(looks[2]).to.equal(looks[0]);
  });
});
