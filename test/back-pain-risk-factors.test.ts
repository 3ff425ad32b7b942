import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/risk-factors/define.js';
import type { BackPainRiskFactors, RiskFactorsChangeDetail } from '../src/risk-factors/back-pain-risk-factors.js';
import { riskFactors as nl } from '../src/content/nl.js';
import { riskFactors as en } from '../src/content/en.js';
import { LASTING_FACTOR_IDS, RISK_FACTOR_IDS, type LastingFactorId, type RiskFactorId } from '../src/content/structure.js';
import { captureWarnings, shadowText } from './helpers.js';

type FactorId = RiskFactorId | LastingFactorId;

function box(el: BackPainRiskFactors, id: FactorId): HTMLInputElement {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`);
  if (!input) throw new Error(`no checkbox for ${id}`);
  return input;
}

/** Ticks or unticks boxes the way a person does: by clicking them. */
async function toggle(el: BackPainRiskFactors, ...ids: FactorId[]) {
  for (const id of ids) {
    box(el, id).click();
    await el.updateComplete;
  }
}

const $ = (el: BackPainRiskFactors, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const heading = (el: BackPainRiskFactors) => $(el, '[part="title"]')!;
const generalTip = (el: BackPainRiskFactors) => $(el, '[part="general-tip"]');
/** The tips shown, in list order. */
const tips = (el: BackPainRiskFactors) => [...el.shadowRoot!.querySelectorAll('[part="tip"]')].map((tip) => tip.textContent!.trim());
/** The box's row: its label, then the live region its tip appears in. */
const row = (el: BackPainRiskFactors, id: FactorId) => box(el, id).closest('label')!.parentElement!;
const advice = (el: BackPainRiskFactors) => $(el, '[part="lasting-advice"]');
const clearButton = (el: BackPainRiskFactors) => $(el, '[part="clear"]') as HTMLButtonElement | null;
const ticked = (el: BackPainRiskFactors) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);

describe('<back-pain-risk-factors>', () => {
  it('is accessible with nothing ticked, and shows two labelled checklists and no "nothing ticked" yet', async () => {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    await expect(el).to.be.accessible();
    expect(heading(el).textContent!.trim()).to.equal(nl.title);
    const [risks, lasting] = [...el.shadowRoot!.querySelectorAll('fieldset')];
    expect(risks!.querySelector('legend')!.textContent!.trim()).to.equal(nl.riskHeading);
    expect(lasting!.querySelector('legend')!.textContent!.trim()).to.equal(nl.lastingHeading);
    expect(lasting!.getAttribute('aria-describedby')).to.equal('lasting-intro');
    expect($(el, '#lasting-intro')!.textContent!.trim()).to.equal(nl.lastingIntro);
    const riskBoxes = [...risks!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(riskBoxes.map((input) => input.labels![0]!.textContent!.trim())).to.deep.equal(
      RISK_FACTOR_IDS.map((id) => nl.factors[id].label),
    );
    const lastingBoxes = [...lasting!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(lastingBoxes.map((input) => input.labels![0]!.textContent!.trim())).to.deep.equal(
      LASTING_FACTOR_IDS.map((id) => nl.lasting[id]),
    );
    expect(generalTip(el), 'no "nothing ticked" before the person did anything').to.equal(null);
    expect(shadowText(el)).not.to.contain(nl.noneTicked);
    expect(tips(el)).to.deep.equal([]);
    expect(advice(el)).to.equal(null);
    expect(clearButton(el)).to.equal(null);
  });

  it('names each checklist once: by its legend, with no heading of the same name', async () => {
    for (const lang of ['nl', 'en']) {
      const t = lang === 'nl' ? nl : en;
      const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors lang=${lang}></back-pain-risk-factors>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === t.title, `${lang} title`);
      await toggle(el, 'stress', 'stress');
      const legends = [...el.shadowRoot!.querySelectorAll('fieldset > legend')];
      expect(legends.map((legend) => legend.textContent!.trim())).to.deep.equal([t.riskHeading, t.lastingHeading]);
      for (const legend of legends) expect(legend.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6'), 'no heading in a legend').to.equal(null);
      const headings = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((item) => item.textContent!.trim());
      expect(headings, 'every heading once').to.deep.equal([...new Set(headings)]);
      for (const name of [t.riskHeading, t.lastingHeading]) expect(headings, 'a group name is not a heading too').not.to.include(name);
      const groupNames = [...el.shadowRoot!.querySelectorAll('fieldset, [role="group"]')].map((group) =>
        group.localName === 'fieldset' ? group.querySelector(':scope > legend')!.textContent!.trim() : group.getAttribute('aria-label'),
      );
      expect(groupNames).to.deep.equal([t.riskHeading, t.lastingHeading]);
    }
  });

  it('shows the general tip only once the person has unticked everything', async () => {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    await toggle(el, 'smoking');
    expect(generalTip(el)).to.equal(null);
    await toggle(el, 'smoking');
    expect(generalTip(el)!.textContent).to.contain(nl.tipsHeading).and.to.contain(nl.noneTicked);
    await expect(el).to.be.accessible();
  });

  it('brings the advice into view when the first lasting factor is ticked, on a phone-sized screen', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><back-pain-risk-factors></back-pain-risk-factors></div>`);
    const el = wrapper.querySelector('back-pain-risk-factors')!;
    await el.updateComplete;
    const first = box(el, LASTING_FACTOR_IDS[0]);
    first.closest('label')!.scrollIntoView({ block: 'start' });
    first.focus();
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, ...args: Parameters<Element['scrollIntoView']>) {
      scrolled.push(this);
      original.apply(this, args);
    };
    try {
      await toggle(el, LASTING_FACTOR_IDS[0]);
      const shown = advice(el)!;
      // One pixel of slack for sub-pixel layout.
      const inView = () => {
        const { top, bottom } = shown.getBoundingClientRect();
        return top >= -1 && bottom <= window.innerHeight + 1;
      };
      await waitUntil(inView, 'the advice is in view', { timeout: 3000 }).catch(() => {
        throw new Error(`advice not in view: ${JSON.stringify(shown.getBoundingClientRect())}, window ${window.innerHeight}, ${scrolled.length} scrolls`);
      });
      expect(scrolled).to.deep.equal([shown]);
      expect(el.shadowRoot!.activeElement, 'focus stays on the box').to.equal(first);
      await toggle(el, LASTING_FACTOR_IDS[1]);
      await el.updateComplete;
      expect(scrolled, 'only when the advice first appears').to.have.length(1);
    } finally {
      Element.prototype.scrollIntoView = original;
      window.scrollTo(0, 0);
    }
  });

  it('is accessible with risks ticked, and shows each tip right under its box without moving focus', async () => {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    box(el, 'stress').focus();
    await toggle(el, 'stress', 'sedentary-work', 'heavy-lifting');
    expect(tips(el)).to.deep.equal([nl.factors['heavy-lifting'].tip, nl.factors['sedentary-work'].tip, nl.factors.stress.tip]);
    for (const id of ['stress', 'sedentary-work', 'heavy-lifting'] as const) {
      const tip = row(el, id).querySelector('[part="tip"]')!;
      expect(tip.textContent!.trim(), id).to.equal(nl.factors[id].tip);
      expect(tip.parentElement!.getAttribute('aria-live'), `${id} is announced politely`).to.equal('polite');
      const [boxBottom, tipTop] = [box(el, id).closest('label')!.getBoundingClientRect().bottom, tip.getBoundingClientRect().top];
      expect(tipTop - boxBottom, `${id}: the tip sits just under its box`).to.be.within(0, 16);
    }
    expect(generalTip(el), 'the general tip makes way').to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(box(el, 'stress'));
    expect(advice(el), 'no lasting advice for risk factors').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('adds only the new tip to a live region, so only that tip is announced', async () => {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    await toggle(el, 'smoking');
    const smokingTip = row(el, 'smoking').querySelector('[part="tip"]')!;
    const checklist = $(el, '[part="risks"]')!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(checklist, { childList: true, subtree: true, characterData: true });
    await toggle(el, 'static-posture');
    observer.disconnect();
    const added = changes.flatMap((record) => [...record.addedNodes]).filter((node) => node.nodeType === Node.ELEMENT_NODE);
    expect(added.map((node) => node.textContent!.trim())).to.deep.equal([nl.factors['static-posture'].tip]);
    expect(added.every((node) => (node.parentNode as Element).getAttribute('aria-live') === 'polite'), 'added inside a live region').to.equal(true);
    expect(changes.some((record) => record.type === 'characterData' || record.removedNodes.length > 0)).to.equal(false);
    expect(row(el, 'smoking').querySelector('[part="tip"]') === smokingTip, 'the earlier tip is left alone').to.equal(true);
  });

  it('is accessible with lasting factors ticked, and then shows the calm advice once', async () => {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    await toggle(el, 'fear-of-moving', 'earlier-episodes');
    expect(advice(el)!.textContent!.trim()).to.equal(nl.lastingAdvice);
    expect(advice(el)!.closest('[aria-live="polite"]'), 'announced politely').to.exist;
    expect(shadowText(el).split(nl.lastingAdvice)).to.have.length(2);
    expect(tips(el), 'no risk tips').to.deep.equal([]);
    expect(generalTip(el), 'something is ticked').to.equal(null);
    await expect(el).to.be.accessible();
    await toggle(el, 'fear-of-moving', 'earlier-episodes');
    expect(advice(el), 'gone when nothing applies').to.equal(null);
    expect(generalTip(el)!.textContent, 'now nothing is ticked').to.contain(nl.noneTicked);
  });

  it('offers help early from three lasting factors: not with two, and gone again below three', async () => {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    await toggle(el, 'fear-of-moving', 'earlier-episodes');
    expect(shadowText(el)).not.to.contain(nl.earlyHelp);
    await toggle(el, 'leg-pain');
    expect(advice(el)!.querySelector('.early-help')!.textContent!.trim()).to.equal(nl.earlyHelp);
    expect(advice(el)!.textContent).to.contain(nl.lastingAdvice);
    await expect(el).to.be.accessible();
    await toggle(el, 'leg-pain');
    expect(shadowText(el)).not.to.contain(nl.earlyHelp);
  });

  it('can be used with the keyboard alone: Tab and Space tick a box, the clear button unticks all', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button>before</button><back-pain-risk-factors></back-pain-risk-factors>
    </div>`);
    const el = wrapper.querySelector('back-pain-risk-factors')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(box(el, RISK_FACTOR_IDS[0]));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(box(el, RISK_FACTOR_IDS[0]).checked).to.equal(true);
    expect(tips(el)).to.deep.equal([nl.factors[RISK_FACTOR_IDS[0]].tip]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal([RISK_FACTOR_IDS[0], RISK_FACTOR_IDS[1]]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(ticked(el), 'Space again unticks').to.deep.equal([RISK_FACTOR_IDS[0]]);
    clearButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === box(el, RISK_FACTOR_IDS[0]), 'focus back on the first box');
    expect(ticked(el)).to.deep.equal([]);
    expect(clearButton(el)).to.equal(null);
  });

  it('fires risk-factors-change on each change, with the ticked ids in list order', async () => {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    const received: RiskFactorsChangeDetail[] = [];
    const listener = (event: CustomEvent<RiskFactorsChangeDetail>) => received.push(event.detail);
    document.addEventListener('risk-factors-change', listener);
    try {
      const first = oneEvent(el, 'risk-factors-change');
      box(el, 'smoking').click();
      const event = await first;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ risks: ['smoking'], lasting: [] });
      await toggle(el, 'worry', 'heavy-lifting', 'fear-of-moving', 'smoking');
      expect(received.slice(1)).to.deep.equal([
        { risks: ['smoking'], lasting: ['worry'] },
        { risks: ['heavy-lifting', 'smoking'], lasting: ['worry'] },
        { risks: ['heavy-lifting', 'smoking'], lasting: ['fear-of-moving', 'worry'] },
        { risks: ['heavy-lifting'], lasting: ['fear-of-moving', 'worry'] },
      ]);
      received.at(-1)!.risks.push('stress');
      await el.updateComplete;
      expect(tips(el), 'a listener cannot change the widget through the detail').to.have.length(1);
    } finally {
      document.removeEventListener('risk-factors-change', listener);
    }
  });

  it('clears every tick with the button, firing one event, and clear() does nothing when nothing is ticked', async () => {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    await toggle(el, 'vibration', 'low-mood');
    expect(clearButton(el)!.textContent!.trim()).to.equal(nl.clear);
    const received: RiskFactorsChangeDetail[] = [];
    el.addEventListener('risk-factors-change', (event) => received.push(event.detail));
    clearButton(el)!.click();
    await el.updateComplete;
    expect(received).to.deep.equal([{ risks: [], lasting: [] }]);
    expect(ticked(el)).to.deep.equal([]);
    expect(tips(el)).to.deep.equal([]);
    expect(generalTip(el)!.textContent).to.contain(nl.noneTicked);
    expect(advice(el)).to.equal(null);
    el.clear();
    await el.updateComplete;
    expect(received, 'no event without a change').to.have.length(1);
  });

  it('stores and sends nothing', async () => {
    const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    await toggle(el, 'stress', 'low-mood');
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(before);
    const fresh = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    expect(ticked(fresh), 'a new widget starts empty').to.deep.equal([]);
  });

  it('prints only the ticked boxes, their tips and the advice, without the clear button', async function () {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    await toggle(el, 'overweight');
    const shown = (element: Element | null) => element !== null && getComputedStyle(element).display !== 'none';
    // Firefox's WebDriver BiDi driver cannot emulate print media; Chromium checks the print styles.
    if (!(await emulateMedia({ media: 'print' }).then(() => true, () => false))) this.skip();
    try {
      expect(shown(box(el, 'overweight').closest('label'))).to.equal(true);
      expect(shown(box(el, 'smoking').closest('label'))).to.equal(false);
      expect(shown($(el, '[part="lasting"]')), 'a checklist with nothing ticked').to.equal(false);
      expect(shown($(el, '[part="tip"]'))).to.equal(true);
      expect(shown(clearButton(el))).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(shown(box(el, 'smoking').closest('label'))).to.equal(true);
    expect(shown(clearButton(el))).to.equal(true);
  });

  describe('language', () => {
    it('speaks English with lang="en"', async () => {
      const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors lang="en"></back-pain-risk-factors>`);
      await waitUntil(() => $(el, '[part="title"]')?.textContent?.trim() === en.title, 'English title');
      expect(shadowText(el)).to.contain(en.factors['sedentary-work'].label).and.not.to.contain(en.noneTicked);
      await toggle(el, 'smoking', 'smoking');
      expect(shadowText(el)).to.contain(en.noneTicked);
      await expect(el).to.be.accessible();
    });

    it('keeps the ticks when the language changes, and fires no event for it', async () => {
      const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
      await toggle(el, 'sedentary-work', 'much-limitation');
      let events = 0;
      el.addEventListener('risk-factors-change', () => (events += 1));
      el.lang = 'en';
      await waitUntil(() => $(el, '[part="title"]')?.textContent?.trim() === en.title, 'English title');
      expect(ticked(el)).to.deep.equal(['sedentary-work', 'much-limitation']);
      expect(tips(el)).to.deep.equal([en.factors['sedentary-work'].tip]);
      expect(advice(el)!.textContent!.trim()).to.equal(en.lastingAdvice);
      expect(clearButton(el)!.textContent!.trim()).to.equal(en.clear);
      el.lang = 'nl';
      await el.updateComplete;
      expect(heading(el).textContent!.trim()).to.equal(nl.title);
      expect(ticked(el)).to.deep.equal(['sedentary-work', 'much-limitation']);
      expect(tips(el)).to.deep.equal([nl.factors['sedentary-work'].tip]);
      expect(events).to.equal(0);
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors lang="xx-bad"></back-pain-risk-factors>`);
        await toggle(el, 'stress');
        expect(heading(el).textContent!.trim()).to.equal(nl.title);
        expect(tips(el)).to.deep.equal([nl.factors.stress.tip]);
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        expect(warnings.messages[0]).to.contain('lang="xx-bad"').and.to.contain('nl, en');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('heading-level', () => {
    it('uses it for the title, with the heading inside one level lower', async () => {
      const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors heading-level="3"></back-pain-risk-factors>`);
      await toggle(el, 'smoking', 'smoking');
      const levels = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((node) => node.getAttribute('aria-level'));
      expect(levels).to.deep.equal(['3', '4']);
    });

    for (const value of ['9', 'two', '0', '2.5']) {
      it(`ignores heading-level="${value}" with one warning that names the attribute`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
          el.setAttribute('heading-level', value);
          await toggle(el, 'pregnancy');
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`heading-level="${value}"`).and.to.contain('Accepted');
          expect(heading(el).getAttribute('aria-level')).to.equal('2');
          expect(tips(el)).to.deep.equal([nl.factors.pregnancy.tip]);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  it('ends with the sources and the review date', async () => {
    const el = await fixture<BackPainRiskFactors>(html`<back-pain-risk-factors></back-pain-risk-factors>`);
    const footer = el.shadowRoot!.querySelector('footer')!;
    expect(footer.querySelectorAll('li').length).to.be.greaterThan(1);
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});
