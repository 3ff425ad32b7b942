import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/lifting-tips/define.js';
import type { LiftingTips } from '../src/lifting-tips/lifting-tips.js';
import { lifting as nl } from '../src/content/nl.js';
import { lifting as en } from '../src/content/en.js';
import { LIFTING_TOPICS, type LiftingTopic } from '../src/content/structure.js';
import { illustrations } from '../src/lifting-tips/illustrations.js';
import { captureWarnings, fixtureWithWarnings } from './helpers.js';

/** The movements drawn in steps: squat, grip and stand for lifting, and so on. */
const STEPPED: readonly LiftingTopic[] = ['lifting', 'standing-up', 'bed'];

/** The text alternative of every drawing, in order: the single drawing's, or each step's. */
const drawingLabels = (texts: typeof nl) =>
  LIFTING_TOPICS.flatMap((topic) => texts.topics[topic].steps ?? [texts.topics[topic].illustration]);

const $$ = <T extends Element = HTMLElement>(el: LiftingTips, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const title = (el: LiftingTips) => el.shadowRoot!.querySelector('.title')!;
/** Headings of the groups a person sees: every group in the list, or the selected panel's. */
const visibleGroupTitles = (el: LiftingTips) =>
  $$(el, '.group-title').filter((heading) => heading.getClientRects().length > 0).map(text);
const tabs = (el: LiftingTips) => $$<HTMLButtonElement>(el, '[role="tab"]');
const panels = (el: LiftingTips) => $$(el, '[role="tabpanel"]');
const selectedTab = (el: LiftingTips) => tabs(el).find((tab) => tab.getAttribute('aria-selected') === 'true');
const focused = (el: LiftingTips) => el.shadowRoot!.activeElement;
const titlesOf = (texts: typeof nl, topics: readonly LiftingTopic[]) => topics.map((topic) => texts.topics[topic].title);

async function press(el: LiftingTips, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** A widget with a button before it, so that Tab can walk into it. */
async function afterButton(template: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLElement>(html`<div><button>before</button>${template}</div>`);
  const el = wrapper.querySelector<LiftingTips>('lifting-tips')!;
  await el.updateComplete;
  wrapper.querySelector('button')!.focus();
  return el;
}

describe('<lifting-tips>', () => {
  describe('list layout (the default)', () => {
    it('is accessible and shows every group, in order, under the title', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips></lifting-tips>`);
      await expect(el).to.be.accessible();
      expect(text(title(el))).to.equal(nl.title);
      expect(el.shadowRoot!.textContent).to.contain(nl.intro);
      expect($$(el, '[role="tablist"]')).to.have.length(0);
      expect(visibleGroupTitles(el)).to.deep.equal(titlesOf(nl, LIFTING_TOPICS));
      for (const heading of $$(el, '.group-title')) expect(heading.getAttribute('role')).to.equal('heading');
    });

    it('lists each group’s tips as short list items', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips></lifting-tips>`);
      const lists = $$(el, '.group ul');
      expect(lists).to.have.length(LIFTING_TOPICS.length);
      LIFTING_TOPICS.forEach((topic, index) => {
        expect([...lists[index]!.querySelectorAll('li')].map(text)).to.deep.equal(nl.topics[topic].tips);
      });
    });

    it('gives every drawing role="img" and its text alternative from the content, step by step', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips></lifting-tips>`);
      const drawings = $$<SVGSVGElement>(el, 'svg');
      expect(drawings.map((drawing) => drawing.getAttribute('aria-label'))).to.deep.equal(drawingLabels(nl));
      for (const drawing of drawings) {
        expect(drawing.getAttribute('role')).to.equal('img');
        expect(drawing.closest('[aria-hidden="true"]'), 'not hidden from assistive technology').to.equal(null);
        expect(drawing.querySelectorAll('path, circle, rect').length, 'something is drawn').to.be.greaterThan(0);
      }
    });

    it('draws lifting, standing up and getting out of bed in 3 numbered steps, named as a whole and per step', async () => {
      for (const [lang, t] of [['nl', nl], ['en', en]] as const) {
        const el = await fixture<LiftingTips>(html`<lifting-tips lang=${lang}></lifting-tips>`);
        await waitUntil(() => title(el)?.textContent?.trim() === t.title, `${lang} title`);
        const groups = $$(el, '.group');
        LIFTING_TOPICS.forEach((topic, index) => {
          const steps = groups[index]!.querySelector('ol.steps');
          if (!STEPPED.includes(topic)) {
            expect(steps, `${topic}: one drawing`).to.equal(null);
            expect(t.topics[topic].steps, `${topic}: no step texts`).to.equal(undefined);
            expect(illustrations[topic]).to.have.length(1);
            return;
          }
          expect(steps!.getAttribute('aria-label'), `${lang} ${topic}`).to.equal(t.topics[topic].illustration);
          const items = [...steps!.children];
          expect(items, `${topic}: 3 steps`).to.have.length(3);
          expect(illustrations[topic]).to.have.length(3);
          expect(items.map((item) => item.querySelector('svg[role="img"]')!.getAttribute('aria-label'))).to.deep.equal(t.topics[topic].steps);
          for (const item of items) expect(getComputedStyle(item, '::before').content, 'its number shows').to.equal('counter(step)');
          expect(items.map((item) => item.getBoundingClientRect().height > 0)).to.deep.equal([true, true, true]);
        });
        el.remove();
      }
    });

    it('draws in currentColor only, with no colour of its own, and stays visible in forced colours', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips></lifting-tips>`);
      for (const drawing of $$<SVGSVGElement>(el, 'svg')) {
        expect(drawing.getAttribute('stroke')).to.equal('currentColor');
        expect(drawing.getAttribute('fill')).to.equal('none');
        for (const shape of drawing.querySelectorAll('*')) {
          for (const attribute of ['stroke', 'fill', 'style', 'color', 'opacity']) expect(shape.hasAttribute(attribute), `${attribute} on a shape`).to.equal(false);
        }
        const style = getComputedStyle(drawing);
        expect(style.stroke).to.equal(style.color);
      }
      let forced = true;
      await emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]).catch(() => (forced = false));
      if (!forced) return;
      try {
        if (!matchMedia('(forced-colors: active)').matches) return;
        const drawing = $$<SVGSVGElement>(el, 'svg')[0]!;
        const style = getComputedStyle(drawing);
        expect(style.stroke, 'the forced text colour').to.equal(style.color);
        expect(style.stroke).not.to.equal(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor);
      } finally {
        await emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]).catch(() => undefined);
      }
    });

    it('makes the drawings large enough to read on a phone: the full width of the group, up to 20em', async () => {
      for (const width of [320, 1200]) {
        const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px"><lifting-tips topics="lifting"></lifting-tips></div>`);
        const el = wrapper.querySelector<LiftingTips>('lifting-tips')!;
        await el.updateComplete;
        const steps = el.shadowRoot!.querySelector('.steps')!;
        const group = el.shadowRoot!.querySelector('.group')!;
        const style = getComputedStyle(group);
        const inner = group.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const em = parseFloat(getComputedStyle(steps).fontSize);
        expect(steps.getBoundingClientRect().width, `${width}px`).to.be.closeTo(Math.min(inner, 20 * em), 1);
        for (const drawing of steps.querySelectorAll('svg')) expect(drawing.getBoundingClientRect().width).to.be.at.least(80);
      }
    });

    it('keeps each drawing small: simple strokes, under 400 bytes of markup', () => {
      for (const topic of LIFTING_TOPICS) {
        for (const drawing of illustrations[topic]) expect(drawing.strings.join('').length, topic).to.be.below(400);
      }
    });

    it('draws in the accent colour, so it follows the theme', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips style="--bp-color-accent: rgb(107, 44, 145)"></lifting-tips>`);
      const drawing = $$<SVGSVGElement>(el, 'svg')[0]!;
      expect(getComputedStyle(drawing).stroke).to.equal('rgb(107, 44, 145)');
      expect(getComputedStyle(drawing).fill).to.equal('none');
    });

    it('puts group headings one level below the title', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips heading-level="3"></lifting-tips>`);
      expect(title(el).getAttribute('aria-level')).to.equal('3');
      const levels = $$(el, '.group-title').map((heading) => heading.getAttribute('aria-level'));
      expect(levels).to.deep.equal(LIFTING_TOPICS.map(() => '4'));
    });

    it('ends with the sources and the review date', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips></lifting-tips>`);
      const footer = el.shadowRoot!.querySelector('footer')!;
      expect(footer.querySelectorAll('li').length).to.be.greaterThan(0);
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe('tabs layout', () => {
    it('is accessible, with a labelled tab list and one panel per group', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips layout="tabs"></lifting-tips>`);
      await expect(el).to.be.accessible();
      const [tablist] = $$(el, '[role="tablist"]');
      expect(tablist!.getAttribute('aria-label')).to.equal(nl.tabsLabel);
      expect(tabs(el).map(text)).to.deep.equal(titlesOf(nl, LIFTING_TOPICS));
      tabs(el).forEach((tab, index) => {
        const panel = el.shadowRoot!.getElementById(tab.getAttribute('aria-controls')!)!;
        expect(panel.getAttribute('role')).to.equal('tabpanel');
        expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
        expect(tab.getAttribute('aria-selected')).to.equal(index === 0 ? 'true' : 'false');
        expect(tab.getAttribute('tabindex')).to.equal(index === 0 ? '0' : '-1');
        expect(panel.hidden).to.equal(index !== 0);
      });
      expect(visibleGroupTitles(el)).to.deep.equal([nl.topics.lifting.title]);
    });

    it('selects a tab on click and stays accessible', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips layout="tabs"></lifting-tips>`);
      tabs(el)[2]!.click();
      await el.updateComplete;
      expect(selectedTab(el)).to.equal(tabs(el)[2]);
      expect(panels(el).filter((panel) => !panel.hidden).map((panel) => panel.id)).to.deep.equal(['panel-sitting']);
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, -1, 0, -1, -1, -1, -1]);
      expect(tabs(el).map((tab) => tab.getAttribute('part'))).to.deep.equal(['tab', 'tab', 'tab tab-selected', 'tab', 'tab', 'tab', 'tab']);
      await expect(el).to.be.accessible();
    });

    it('shows the drawing with its name in the selected panel', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips layout="tabs"></lifting-tips>`);
      tabs(el)[5]!.click();
      await el.updateComplete;
      const visible = $$<SVGSVGElement>(el, 'svg').filter((drawing) => drawing.getClientRects().length > 0);
      expect(visible.map((drawing) => drawing.getAttribute('aria-label'))).to.deep.equal([nl.topics.sleeping.illustration]);
    });

    it('is used with the keyboard: arrows, Home and End move and select, Tab goes into the panel', async () => {
      const el = await afterButton(html`<lifting-tips layout="tabs"></lifting-tips>`);
      const last = LIFTING_TOPICS.length - 1;
      await press(el, 'Tab');
      expect(focused(el), 'Tab reaches the selected tab').to.equal(tabs(el)[0]);

      await press(el, 'ArrowRight');
      expect(focused(el)).to.equal(tabs(el)[1]);
      expect(selectedTab(el), 'selection follows focus').to.equal(tabs(el)[1]);
      expect(visibleGroupTitles(el)).to.deep.equal([nl.topics.turning.title]);

      await press(el, 'ArrowLeft');
      await press(el, 'ArrowLeft');
      expect(focused(el), 'Left wraps to the last tab').to.equal(tabs(el)[last]);
      expect(selectedTab(el)).to.equal(tabs(el)[last]);

      await press(el, 'ArrowRight');
      expect(focused(el), 'Right wraps to the first tab').to.equal(tabs(el)[0]);

      await press(el, 'End');
      expect(selectedTab(el)).to.equal(tabs(el)[last]);
      expect(focused(el)).to.equal(tabs(el)[last]);
      await press(el, 'Home');
      expect(selectedTab(el)).to.equal(tabs(el)[0]);
      expect(focused(el)).to.equal(tabs(el)[0]);

      await press(el, 'ArrowDown');
      expect(selectedTab(el), 'up and down are not for a horizontal tab list').to.equal(tabs(el)[0]);

      await press(el, 'ArrowRight');
      await press(el, 'Tab');
      expect(focused(el), 'Tab moves into the selected panel').to.equal(el.shadowRoot!.getElementById('panel-turning'));
      await sendKeys({ down: 'Shift' });
      await press(el, 'Tab');
      await sendKeys({ up: 'Shift' });
      expect(focused(el), 'Shift+Tab back to the selected tab').to.equal(tabs(el)[1]);
    });

    it('has no tab list for a single topic', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<LiftingTips>(html`<lifting-tips layout="tabs" topics="sleeping"></lifting-tips>`);
        expect(tabs(el)).to.have.length(0);
        expect(panels(el)).to.have.length(0);
        expect(visibleGroupTitles(el)).to.deep.equal([nl.topics.sleeping.title]);
        expect(warnings.messages).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('selects the first tab shown when the selected topic is no longer shown', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips layout="tabs"></lifting-tips>`);
      tabs(el)[6]!.click();
      await el.updateComplete;
      el.topics = 'bed lifting';
      await el.updateComplete;
      expect(tabs(el).map(text)).to.deep.equal(titlesOf(nl, ['bed', 'lifting']));
      expect(selectedTab(el)).to.equal(tabs(el)[0]);
      expect(panels(el).filter((panel) => !panel.hidden)).to.have.length(1);
    });

    it('prints every group and no tab list', async function () {
      const el = await fixture<LiftingTips>(html`<lifting-tips layout="tabs"></lifting-tips>`);
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // Media emulation needs CDP, which Firefox lacks.
      }
      try {
        expect(getComputedStyle($$(el, '[role="tablist"]')[0]!).display).to.equal('none');
        expect(visibleGroupTitles(el)).to.deep.equal(titlesOf(nl, LIFTING_TOPICS));
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(visibleGroupTitles(el)).to.have.length(1);
    });

    it('switches between layouts at run time', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips></lifting-tips>`);
      el.layout = 'tabs';
      await el.updateComplete;
      expect(tabs(el)).to.have.length(LIFTING_TOPICS.length);
      el.removeAttribute('layout');
      el.layout = 'list';
      await el.updateComplete;
      expect(tabs(el)).to.have.length(0);
      expect(visibleGroupTitles(el)).to.have.length(LIFTING_TOPICS.length);
    });
  });

  describe('topics attribute', () => {
    it('shows only the topics named, in the order written', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<LiftingTips>(html`<lifting-tips topics="sitting lifting"></lifting-tips>`);
        expect(visibleGroupTitles(el)).to.deep.equal(titlesOf(nl, ['sitting', 'lifting']));
        expect(warnings.messages).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('ignores an unknown topic with one warning that lists the valid ones', async () => {
      const { el, warnings } = await fixtureWithWarnings<LiftingTips>(html`<lifting-tips topics="lifting swimming"></lifting-tips>`);
      expect(visibleGroupTitles(el)).to.deep.equal(titlesOf(nl, ['lifting']));
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain('topics="swimming"').and.to.contain('Accepted');
      for (const topic of LIFTING_TOPICS) expect(warnings[0]).to.contain(topic);
    });

    it('shows every group, with one warning, when no topic is valid', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<LiftingTips>(html`<lifting-tips topics="tillen zitten" layout="tabs"></lifting-tips>`);
        expect(tabs(el).map(text)).to.deep.equal(titlesOf(nl, LIFTING_TOPICS));
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        expect(warnings.messages[0]).to.contain('topics="tillen zitten"').and.to.contain('all topics');
      } finally {
        warnings.restore();
      }
    });

    it('shows every group without a warning for an empty value, and follows changes', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<LiftingTips>(html`<lifting-tips topics=" "></lifting-tips>`);
        expect(visibleGroupTitles(el)).to.have.length(LIFTING_TOPICS.length);
        el.setAttribute('topics', 'bed');
        await el.updateComplete;
        expect(visibleGroupTitles(el)).to.deep.equal(titlesOf(nl, ['bed']));
        el.removeAttribute('topics');
        await el.updateComplete;
        expect(visibleGroupTitles(el)).to.have.length(LIFTING_TOPICS.length);
        expect(warnings.messages).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    it('warns again for a bad value after a good one', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<LiftingTips>(html`<lifting-tips topics="nope"></lifting-tips>`);
        el.topics = 'sport';
        await el.updateComplete;
        el.topics = 'nope';
        await el.updateComplete;
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('layout attribute', () => {
    for (const value of ['TABS ', 'Tabs']) {
      it(`shows tabs for layout="${value}": keywords are read in any case, without a warning`, async () => {
        const { el, warnings } = await fixtureWithWarnings<LiftingTips>(html`<lifting-tips layout=${value}></lifting-tips>`);
        expect(tabs(el)).to.have.length(LIFTING_TOPICS.length);
        expect(warnings).to.deep.equal([]);
      });
    }

    for (const value of ['grid', 'tab', 'accordion']) {
      it(`falls back to the list for layout="${value}" with one warning`, async () => {
        const { el, warnings } = await fixtureWithWarnings<LiftingTips>(html`<lifting-tips layout=${value}></lifting-tips>`);
        expect(tabs(el)).to.have.length(0);
        expect(visibleGroupTitles(el)).to.have.length(LIFTING_TOPICS.length);
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain(`layout="${value}"`).and.to.contain('list, tabs');
      });
    }
  });

  describe('language', () => {
    it('speaks English with lang="en", in the list and the tabs, and switches back', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips lang="en"></lifting-tips>`);
      await waitUntil(() => title(el)?.textContent?.trim() === en.title, 'English title');
      expect(visibleGroupTitles(el)).to.deep.equal(titlesOf(en, LIFTING_TOPICS));
      expect($$(el, 'svg').map((drawing) => drawing.getAttribute('aria-label'))).to.deep.equal(drawingLabels(en));
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
      el.layout = 'tabs';
      await el.updateComplete;
      expect($$(el, '[role="tablist"]')[0]!.getAttribute('aria-label')).to.equal(en.tabsLabel);
      await expect(el).to.be.accessible();
      el.lang = 'nl';
      await el.updateComplete;
      expect(text(title(el))).to.equal(nl.title);
      expect(tabs(el).map(text)).to.deep.equal(titlesOf(nl, LIFTING_TOPICS));
    });

    it('keeps the selected tab when the language changes', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips layout="tabs"></lifting-tips>`);
      tabs(el)[3]!.click();
      await el.updateComplete;
      el.lang = 'en';
      await waitUntil(() => title(el)?.textContent?.trim() === en.title, 'English title');
      expect(text(selectedTab(el)!)).to.equal(en.topics['standing-up'].title);
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<LiftingTips>(html`<lifting-tips lang="de"></lifting-tips>`);
      expect(text(title(el))).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="de"').and.to.contain('nl, en');
    });
  });

  describe('width', () => {
    const columns = (el: LiftingTips) => getComputedStyle($$(el, '.list')[0]!).gridTemplateColumns.split(' ').length;

    it('shows one column at 280 px, two at 700 px and three on a full page', async () => {
      const narrow = await fixture<LiftingTips>(html`<lifting-tips style="width: 280px"></lifting-tips>`);
      expect(columns(narrow)).to.equal(1);
      expect(narrow.scrollWidth).to.be.at.most(280);
      const medium = await fixture<LiftingTips>(html`<lifting-tips style="width: 700px"></lifting-tips>`);
      expect(columns(medium)).to.equal(2);
      // A parent wider than the test page's viewport stands in for a full page (with 18 px text).
      const page = await fixture<HTMLElement>(html`<div style="width: 1125px"><lifting-tips></lifting-tips></div>`);
      const wide = page.querySelector('lifting-tips')!;
      await wide.updateComplete;
      expect(columns(wide)).to.equal(3);
    });

    it('wraps the tabs at 280 px so that every tab stays in view', async () => {
      const el = await fixture<LiftingTips>(html`<lifting-tips layout="tabs" style="width: 280px"></lifting-tips>`);
      const box = el.getBoundingClientRect();
      for (const tab of tabs(el)) {
        const rect = tab.getBoundingClientRect();
        expect(rect.left, text(tab)).to.be.at.least(box.left);
        expect(rect.right, text(tab)).to.be.at.most(box.right + 0.5);
        expect(rect.height, 'a target of at least 24 px').to.be.at.least(24);
      }
      expect(new Set(tabs(el).map((tab) => Math.round(tab.getBoundingClientRect().top))).size, 'more than one row').to.be.greaterThan(1);
    });
  });
});
