import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import type { BackPainCheck } from '../src/check/back-pain-check.js';
import { isAsked, type Answers } from '../src/redflags/triage.js';
import { RED_FLAG_IDS, URGENCIES, type RedFlagId } from '../src/content/structure.js';
import { manifestWidgets, settled } from './embedding/widgets.js';
import { passWarningSigns } from './helpers.js';

/**
 * Windows high-contrast mode ("forced colours") replaces every colour with a few system colours.
 * Whatever told things apart by colour alone must then still differ by shape: borders, widths.
 */

/** Switches forced colours on for `check`, and always off again. Skips where the browser cannot emulate it. */
async function inForcedColours(context: Mocha.Context, check: () => Promise<void>) {
  if (!(await executeServerCommand('forced-colors', { active: true }))) {
    console.info('Forced colours not tested: this browser cannot emulate them (only Chromium can)');
    context.skip();
  }
  try {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
    await check();
  } finally {
    await executeServerCommand('forced-colors', { active: false });
  }
}

/** Every shadow root of `element` and of the widgets inside it. */
function shadowRoots(element: Element): ShadowRoot[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)];
}

const px = (value: string) => parseFloat(value);

/** Without colours, a button is told from text by its border: every visible one keeps it on all sides. */
function expectButtonBorders(widget: Element): number {
  const buttons = shadowRoots(widget).flatMap((root) => [...root.querySelectorAll<HTMLElement>('button, a.button')]);
  const visible = buttons.filter((button) => button.offsetParent !== null);
  for (const button of visible) {
    const style = getComputedStyle(button);
    const sides = ['top', 'right', 'bottom', 'left'].map((side) => style.getPropertyValue(`border-${side}-style`));
    expect(sides, `${widget.localName}: border of "${button.textContent?.trim()}"`).not.to.include('none');
  }
  return visible.length;
}

/** The yes answer that leads to each outcome; every other question is answered no. */
const YES_FOR: Record<(typeof URGENCIES)[number], RedFlagId[]> = {
  emergency: ['saddle-numbness'],
  urgent: ['fever'],
  soon: ['radiating-below-knee'],
  'self-care': [],
};

async function outcomeCard(urgency: (typeof URGENCIES)[number]): Promise<HTMLElement> {
  const el = await fixture<BackPainRedflags>(html`<back-pain-redflags layout="list"></back-pain-redflags>`);
  const answers: Answers = {};
  // Follow-up questions appear only after the yes that opens them.
  for (const id of RED_FLAG_IDS) {
    if (!isAsked(id, answers)) continue;
    answers[id] = YES_FOR[urgency].includes(id) ? 'yes' : 'no';
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${id}"][value="${answers[id]}"]`)!.click();
    await el.updateComplete;
  }
  const card = el.shadowRoot!.querySelector<HTMLElement>('#outcome');
  if (!card?.classList.contains(urgency)) throw new Error(`no ${urgency} card`);
  return card;
}

describe('forced colours (Windows high contrast)', () => {
  afterEach(() => fixtureCleanup());

  it('every widget is accessible and its buttons keep a visible border', async function () {
    this.timeout(60000); // ten widgets, each through axe
    const widgets = await manifestWidgets();
    expect(widgets.map((widget) => widget.tag)).to.include('back-pain-check');
    await inForcedColours(this, async () => {
      let buttons = 0;
      for (const { tag } of widgets) {
        const el = document.createElement(tag);
        (await fixture(html`<div></div>`)).append(el);
        await settled(el);
        for (const nested of shadowRoots(el).slice(1)) await settled(nested.host);
        await expect(el, tag).to.be.accessible();
        buttons += expectButtonBorders(el);
      }
      expect(buttons, 'buttons checked').to.be.greaterThan(0);
    });
  });

  it('the chosen answer of the red-flag check stands out by its border, not only by colour', async function () {
    await inForcedColours(this, async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="no"]')!.click();
      await el.updateComplete;
      const [chosen, other] = ['no', 'yes'].map((value) =>
        getComputedStyle(el.shadowRoot!.querySelector(`input[value="${value}"]`)!.closest('.choice')!),
      );
      expect(px(chosen!.borderTopWidth)).to.be.greaterThan(px(other!.borderTopWidth));
      await expect(el).to.be.accessible();
      // Step 2 adds the button that goes back.
      for (const radio of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[value="no"]')) radio.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('button[part="previous"]'), 'step 2 is shown').to.exist;
      expectButtonBorders(el);
    });
  });

  it('the four care cards differ by border width, and each is accessible', async function () {
    await inForcedColours(this, async () => {
      const widths: number[] = [];
      for (const urgency of URGENCIES) {
        const card = await outcomeCard(urgency);
        await expect((card.getRootNode() as ShadowRoot).host).to.be.accessible();
        expect(getComputedStyle(card).borderTopStyle, `${urgency} card border`).not.to.equal('none');
        expect(expectButtonBorders((card.getRootNode() as ShadowRoot).host), `buttons on the ${urgency} card`).to.be.greaterThan(0);
        widths.push(px(getComputedStyle(card).borderTopWidth));
        fixtureCleanup();
      }
      expect(new Set(widths).size, `border widths ${widths.join(', ')}`).to.equal(URGENCIES.length);
    });
  });

  it('the guided check keeps its buttons framed through to the plan', async function () {
    await inForcedColours(this, async () => {
      const el = await fixture<BackPainCheck>(html`<back-pain-check today="2026-11-30"></back-pain-check>`);
      await passWarningSigns(el);
      expect(expectButtonBorders(el), 'buttons on the duration step').to.be.greaterThan(0);
      el.shadowRoot!.querySelector<HTMLInputElement>('#amount')!.value = '3';
      el.shadowRoot!.querySelector<HTMLButtonElement>('#duration .button.primary')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('#factors .button.primary')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.plan'), 'the plan is shown').to.exist;
      await expect(el).to.be.accessible();
      expect(expectButtonBorders(el), 'buttons on the plan').to.be.greaterThan(0);
    });
  });
});
