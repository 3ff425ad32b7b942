/**
 * A language switch in the middle of the guided check keeps every answer: the warning signs (in
 * the embedded red-flag check), the duration, "is it getting better?" and the factors. Each test
 * switches to a language that no widget on this page has loaded yet, so the texts arrive a
 * moment later; this file runs alone so that no other test has loaded them first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/check/define.js';
import type { BackPainCheck } from '../src/check/back-pain-check.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import { check as nl } from '../src/content/nl.js';
import { check as en, riskFactors as enRisk } from '../src/content/en.js';
import { check as fr, riskFactors as frRisk } from '../src/content/fr.js';
import { passWarningSigns } from './helpers.js';

const TODAY = '2026-11-30';

const inner = (el: BackPainCheck) => el.shadowRoot!.querySelector<BackPainRedflags>('back-pain-redflags')!;
const field = <T extends Element>(el: BackPainCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const shows = (el: Element | null, lang: string) => el?.shadowRoot?.querySelector(`[part="base"][lang="${lang}"]`) != null;
const stepHeading = (el: BackPainCheck) => field<HTMLElement>(el, '#step-heading').textContent!.trim();
const visibleButton = (el: BackPainCheck, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label && b.offsetParent !== null)!;
const summary = (el: BackPainCheck) => field<HTMLElement>(el, '[part="summary"]').textContent!.replace(/\s+/g, ' ');

async function render() {
  const el = await fixture<BackPainCheck>(html`<back-pain-check today=${TODAY}></back-pain-check>`);
  await waitUntil(() => inner(el)?.shadowRoot?.querySelector('input[type="radio"]'), 'the red-flag check is rendered');
  return el;
}

/** On the factors step after all "no" and 30 days, with "not getting better" and one factor ticked. */
async function answerUpToFactors(el: BackPainCheck) {
  await passWarningSigns(el);
  field<HTMLInputElement>(el, '#amount').value = '30';
  visibleButton(el, nl.next).click();
  await el.updateComplete;
  field<HTMLInputElement>(el, '#factors input[name="improving"][value="no"]').click();
  field<HTMLInputElement>(el, '#factors input[value="worry"]').click();
}

async function switched(el: BackPainCheck, lang: string) {
  await waitUntil(() => shows(el, lang) && shows(inner(el), lang), `the check and its red-flag check show ${lang}`);
  await el.updateComplete;
}

describe('<back-pain-check> across a language switch', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('<html lang> to a language not yet loaded (en-BE) on the factors step: every answer stays', async () => {
    const el = await render();
    await answerUpToFactors(el);
    document.documentElement.lang = 'en-BE';
    await switched(el, 'en-BE');
    expect(stepHeading(el)).to.equal(en.steps.factors);
    expect(field<HTMLInputElement>(el, '#factors input[name="improving"][value="no"]').checked, 'getting better?').to.equal(true);
    expect(field<HTMLInputElement>(el, '#factors input[value="worry"]').checked, 'the ticked factor').to.equal(true);
    visibleButton(el, en.back).click();
    await el.updateComplete;
    expect(field<HTMLInputElement>(el, '#amount').value, 'the duration').to.equal('30');
    visibleButton(el, en.next).click();
    await el.updateComplete;
    visibleButton(el, en.showPlan).click();
    await el.updateComplete;
    const text = summary(el);
    expect(text).to.contain(en.durationAnswer(30)).and.to.contain(en.improvingNo).and.to.contain(enRisk.lasting.worry);
    expect(text).not.to.contain(en.noFactors);
  });

  it('the element\'s lang to a language not yet loaded (fr) on the plan: the plan and the summary stay', async () => {
    const el = await render();
    await answerUpToFactors(el);
    visibleButton(el, nl.showPlan).click();
    await el.updateComplete;
    el.lang = 'fr';
    await switched(el, 'fr');
    const text = summary(el);
    expect(text).to.contain(fr.durationAnswer(30)).and.to.contain(fr.improvingNo).and.to.contain(frRisk.lasting.worry);
    expect(text).not.to.contain(fr.noFactors);
    visibleButton(el, fr.back).click();
    await el.updateComplete;
    expect(field<HTMLInputElement>(el, '#factors input[value="worry"]').checked).to.equal(true);
  });

  it('mid-way through the warning signs (to nl-BE, then back to nl): the red-flag answers stay', async () => {
    const el = await render();
    const redflags = inner(el);
    const first = redflags.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="no"]')!;
    const question = first.name;
    first.click();
    await redflags.updateComplete;
    el.lang = 'nl-BE';
    await switched(el, 'nl-BE');
    expect(inner(el) === redflags, 'the same red-flag check').to.equal(true);
    expect(redflags.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${question}"][value="no"]`)!.checked).to.equal(true);
    el.lang = 'nl';
    await switched(el, 'nl');
    expect(redflags.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${question}"][value="no"]`)!.checked).to.equal(true);
    expect(stepHeading(el)).to.equal(nl.steps.signs);
  });
});
