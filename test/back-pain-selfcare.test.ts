import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/selfcare/define.js';
import type { BackPainSelfcare } from '../src/selfcare/back-pain-selfcare.js';
import { common as nlCommon, selfCare as nl } from '../src/content/nl.js';
import { selfCare as en } from '../src/content/en.js';
import { EMERGENCY_SIGNS, PREVENTION_TIP_IDS, SECTION_SOURCES, SELF_CARE_IDS } from '../src/content/structure.js';
import type { CommonText } from '../src/content/types.js';
import { captureWarnings, fixtureWithWarnings, shadowText } from './helpers.js';

const title = (el: BackPainSelfcare) => el.shadowRoot!.querySelector('[part="title"]')!;
/** For `waitUntil`: English loads asynchronously, and until then there is no title. */
const titled = (el: BackPainSelfcare, expected: string) => () => title(el)?.textContent?.trim() === expected;
const steps = (el: BackPainSelfcare) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('ol[part="steps"] > li')];
const acute = (el: BackPainSelfcare) => el.shadowRoot!.querySelector<HTMLElement>('section[part="acute"]');
const contact = (el: BackPainSelfcare) => el.shadowRoot!.querySelector<HTMLElement>('section[part="contact"]')!;
const link = (el: BackPainSelfcare) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a');
const href = (el: BackPainSelfcare) => link(el)?.getAttribute('href') ?? null;
const hasAcute = (el: BackPainSelfcare) => acute(el) !== null;
const hasImage = (el: BackPainSelfcare) => el.shadowRoot!.querySelector('img') !== null;
const partAfter = (element: Element | null | undefined) => element?.nextElementSibling?.getAttribute('part');
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
/** The lines of "when to contact the GP" as the reader sees them, most urgent first. */
const contactLines = (t: typeof nl, common: CommonText) => [
  `${t.whenToContact.levels.emergency.action} ${EMERGENCY_SIGNS.map((id) => common.emergencySigns[id]).join('')}`,
  ...(['urgent', 'soon'] as const).map((level) => `${t.whenToContact.levels[level].action} ${t.whenToContact.levels[level].signs}`),
];
const shownLines = (el: BackPainSelfcare) => [...contact(el).querySelectorAll('[part="contact-levels"] > li')].map(text);
const headings = (el: BackPainSelfcare) =>
  [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => [text(h), h.getAttribute('aria-level')]);

// Assertions compare strings, numbers and booleans, not elements: when an assertion on a DOM
// node fails, web-test-runner hangs while it serialises the node, instead of reporting.
describe('<back-pain-selfcare>', () => {
  describe('accessibility per mode', () => {
    it('is accessible in the default mode, which shows the steps, then the acute section, then the GP advice', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainSelfcare>(html`<back-pain-selfcare></back-pain-selfcare>`);
      await expect(el).to.be.accessible();
      expect(warnings).to.have.length(0);
      expect(text(title(el))).to.equal(nl.title);
      expect(steps(el).length).to.equal(SELF_CARE_IDS.length);
      expect(hasAcute(el)).to.equal(true);
      const order = [...el.shadowRoot!.querySelectorAll('[part="everyday"], [part="acute"], [part="contact"], footer')];
      expect(order.map((part) => part.getAttribute('part'))).to.deep.equal(['everyday', 'acute', 'contact', 'footer']);
    });

    it('is accessible in mode="everyday", which shows the steps and the GP advice only', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare mode="everyday"></back-pain-selfcare>`);
      await expect(el).to.be.accessible();
      expect(shadowText(el)).to.contain(nl.intro);
      expect(steps(el).length).to.equal(SELF_CARE_IDS.length);
      expect(hasAcute(el)).to.equal(false);
      expect(shadowText(el)).not.to.contain(nl.acute.title);
      expect(shownLines(el)).to.deep.equal(contactLines(nl, nlCommon));
    });

    it('is accessible in mode="acute", which shows the acute section first and without the steps', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare mode="acute"></back-pain-selfcare>`);
      await expect(el).to.be.accessible();
      expect(partAfter(title(el))).to.equal('acute');
      expect(steps(el).length).to.equal(0);
      expect(shadowText(el)).not.to.contain(nl.intro);
      expect(partAfter(acute(el))).to.equal('contact');
    });

    it('is accessible with the red-flag link, in English', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare lang="en" redflags-href="/check"></back-pain-selfcare>`);
      await waitUntil(titled(el, en.title), 'English title');
      await expect(el).to.be.accessible();
      expect(href(el)).to.equal(new URL('/check', document.baseURI).href);
    });
  });

  describe('what a person sees', () => {
    it('lists the self-care steps as an ordered list, most important first', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare></back-pain-selfcare>`);
      const list = el.shadowRoot!.querySelector('[part="steps"]')!;
      expect(list.localName).to.equal('ol');
      expect(steps(el).map((li) => text(li.querySelector('.item-title')!))).to.deep.equal(
        SELF_CARE_IDS.map((id) => nl.steps[id].title),
      );
      steps(el).forEach((li, index) => expect(text(li)).to.contain(nl.steps[SELF_CARE_IDS[index]!].text));
      // The resting position is described in plain words, not by its medical name.
      expect(shadowText(el)).to.contain('op uw rug').and.to.contain('rechte hoek').and.not.to.match(/fowler/i);
    });

    it('explains the acute moment: what happens, triggers, first hours, first days and the five tips for later in order', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare mode="acute"></back-pain-selfcare>`);
      const section = text(acute(el)!);
      for (const line of [...nl.acute.whatHappens, ...nl.acute.triggers, ...nl.acute.firstHours, ...nl.acute.firstDays]) {
        expect(section).to.contain(line);
      }
      const tips = [...acute(el)!.querySelectorAll('[part="prevention"] > li')];
      expect(tips.map((tip) => text(tip.querySelector('.item-title')!))).to.deep.equal(
        PREVENTION_TIP_IDS.map((id) => nl.acute.prevention[id].title),
      );
      expect(tips.length).to.equal(5);
      tips.forEach((tip, index) => expect(text(tip)).to.contain(nl.acute.prevention[PREVENTION_TIP_IDS[index]!].text));
    });

    it('gives a heading outline one level below the title, at the level the page asks for', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare></back-pain-selfcare>`);
      expect(headings(el)).to.deep.equal([
        [nl.title, '2'],
        [nl.acute.title, '3'],
        [nl.acute.triggersHeading, '4'],
        [nl.acute.firstHoursHeading, '4'],
        [nl.acute.firstDaysHeading, '4'],
        [nl.acute.preventionHeading, '4'],
        [nl.whenToContact.title, '3'],
      ]);
      expect(acute(el)!.getAttribute('aria-labelledby')).to.equal('acute-title');
      expect(contact(el).getAttribute('aria-labelledby')).to.equal('contact-title');
      el.headingLevel = 5;
      await el.updateComplete;
      expect(headings(el).map(([, level]) => level)).to.deep.equal(['5', '6', '6', '6', '6', '6', '6']);
    });

    it('closes every mode with when to contact the GP, in three lines by urgency: 112 now, the GP today, an appointment within days', async () => {
      for (const mode of ['all', 'everyday', 'acute']) {
        const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare mode=${mode}></back-pain-selfcare>`);
        expect(text(contact(el)), mode).to.contain(nl.whenToContact.title);
        expect(shownLines(el), mode).to.deep.equal(contactLines(nl, nlCommon));
        expect(contact(el).nextElementSibling!.localName, mode).to.equal('footer');
      }
      for (const t of [nl, en]) {
        const { emergency, urgent, soon } = t.whenToContact.levels;
        expect(emergency.action).to.contain('112');
        expect(urgent.action).to.match(/vandaag|today/);
        expect(soon.action).to.match(/paar dagen|few days/);
      }
    });

    it('sets the three lines apart by colour as well as by their words', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare></back-pain-selfcare>`);
      const lines = [...contact(el).querySelectorAll<HTMLElement>('[part="contact-levels"] > li')];
      const edges = lines.map((line) => getComputedStyle(line).borderInlineStartColor);
      expect(new Set(edges).size).to.equal(3);
      expect(lines.map((line) => getComputedStyle(line.querySelector('strong')!).color)).to.deep.equal(edges);
      expect(lines.map((line) => parseFloat(getComputedStyle(line).borderInlineStartWidth))).to.satisfy((widths: number[]) => widths.every((width) => width >= 4));
    });

    it('ends with the sources and the review date', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare></back-pain-selfcare>`);
      const footer = el.shadowRoot!.querySelector('footer')!;
      expect(footer.querySelectorAll('li').length).to.equal(SECTION_SOURCES.selfCare.length);
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe('mode attribute', () => {
    it('accepts its values in any case and switches at runtime', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainSelfcare>(html`<back-pain-selfcare mode="ACUTE"></back-pain-selfcare>`);
      expect(warnings).to.have.length(0);
      expect(steps(el).length).to.equal(0);
      el.mode = 'everyday';
      await el.updateComplete;
      expect(hasAcute(el)).to.equal(false);
      expect(steps(el).length).to.equal(SELF_CARE_IDS.length);
      el.setAttribute('mode', 'acute');
      await el.updateComplete;
      expect(hasAcute(el)).to.equal(true);
      expect(steps(el).length).to.equal(0);
      el.removeAttribute('mode');
      await el.updateComplete;
      expect(hasAcute(el), 'all again once the attribute is gone').to.equal(true);
      expect(steps(el).length).to.equal(SELF_CARE_IDS.length);
    });

    for (const value of ['panic', 'acute everyday', '<img src=x onerror=alert(1)>']) {
      it(`shows everything for mode="${value}" with one warning that names the attribute`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare></back-pain-selfcare>`);
          el.setAttribute('mode', value);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.contain('mode=').and.to.contain('Accepted: all, everyday, acute');
          expect(steps(el).length).to.equal(SELF_CARE_IDS.length);
          expect(hasAcute(el)).to.equal(true);
          expect(hasImage(el)).to.equal(false);
        } finally {
          warnings.restore();
        }
      });
    }

    it('warns again when a bad value returns after a good one', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare mode="panic"></back-pain-selfcare>`);
        el.mode = 'acute';
        await el.updateComplete;
        el.setAttribute('mode', 'panic');
        await el.updateComplete;
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('redflags-href attribute', () => {
    for (const value of ['https://example.org/rugpijn/check', 'http://example.org/check?from=selfcare', '/zelftest', '#zelftest']) {
      it(`links to the self-check for redflags-href="${value}"`, async () => {
        const { el, warnings } = await fixtureWithWarnings<BackPainSelfcare>(html`<back-pain-selfcare redflags-href=${value}></back-pain-selfcare>`);
        expect(warnings).to.have.length(0);
        const anchor = link(el)!;
        expect(anchor.href).to.equal(new URL(value, document.baseURI).href);
        expect(text(anchor)).to.equal(nl.redFlagsLink);
        expect(contact(el).contains(anchor)).to.equal(true);
        expect(anchor.target).to.equal('', 'the page’s own check opens in the same tab');
      });
    }

    it('shows no link without redflags-href, and does not warn', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainSelfcare>(html`<back-pain-selfcare></back-pain-selfcare>`);
      expect(warnings).to.have.length(0);
      expect(href(el)).to.equal(null);
      expect(shadowText(el)).not.to.contain(nl.redFlagsLink);
    });

    const bad = ['javascript:alert(1)', ' JavaScript:alert(1)', '<img src=x onerror=alert(1)>', 'data:text/html,hi', 'ftp://example.org'];
    for (const value of bad) {
      it(`shows no link for redflags-href="${value}", with one warning that names the attribute`, async () => {
        const { el, warnings } = await fixtureWithWarnings<BackPainSelfcare>(html`<back-pain-selfcare redflags-href=${value}></back-pain-selfcare>`);
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('redflags-href=').and.to.contain('Accepted');
        expect(href(el)).to.equal(null);
        expect(hasImage(el)).to.equal(false);
        expect(shownLines(el)).to.deep.equal(contactLines(nl, nlCommon));
      });
    }

    it('adds and removes the link when the attribute changes', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare redflags-href="javascript:alert(1)"></back-pain-selfcare>`);
        el.redflagsHref = 'https://example.org/check';
        await el.updateComplete;
        expect(link(el)!.href).to.equal('https://example.org/check');
        el.setAttribute('redflags-href', 'javascript:alert(1)');
        await el.updateComplete;
        expect(href(el)).to.equal(null);
        el.removeAttribute('redflags-href');
        await el.updateComplete;
        expect(href(el)).to.equal(null);
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('keyboard', () => {
    it('reaches the link with Tab, shows focus, and has no other tab stop', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="before">before</button>
        <back-pain-selfcare redflags-href="/zelftest"></back-pain-selfcare>
        <button id="after">after</button>
      </div>`);
      const el = wrapper.querySelector('back-pain-selfcare')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === link(el), 'the link has focus').to.equal(true);
      expect(getComputedStyle(link(el)!).outlineStyle).not.to.equal('none');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement === link(el), 'back on the link').to.equal(true);
    });

    it('is passed over by Tab when it has no link', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="before">before</button>
        <back-pain-selfcare></back-pain-selfcare>
        <button id="after">after</button>
      </div>`);
      await wrapper.querySelector('back-pain-selfcare')!.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });
  });

  describe('language', () => {
    it('speaks English with lang="en", keeps the order, and switches back', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare lang="en" redflags-href="/check"></back-pain-selfcare>`);
      await waitUntil(titled(el, en.title), 'English title');
      expect(steps(el).map((li) => text(li.querySelector('.item-title')!))).to.deep.equal(
        SELF_CARE_IDS.map((id) => en.steps[id].title),
      );
      expect(text(acute(el)!)).to.contain(en.acute.title);
      expect(text(link(el)!)).to.equal(en.redFlagsLink);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
      el.lang = 'nl';
      await el.updateComplete;
      expect(text(title(el))).to.equal(nl.title);
      expect(text(link(el)!)).to.equal(nl.redFlagsLink);
    });

    it('keeps its mode when the language changes', async () => {
      const el = await fixture<BackPainSelfcare>(html`<back-pain-selfcare mode="acute"></back-pain-selfcare>`);
      el.lang = 'en';
      await waitUntil(titled(el, en.title), 'English title');
      expect(steps(el).length).to.equal(0);
      expect(text(acute(el)!)).to.contain(en.acute.firstHoursHeading);
    });

    it('follows the closest [lang] ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><back-pain-selfcare></back-pain-selfcare></div>`);
      const el = wrapper.querySelector('back-pain-selfcare')!;
      await waitUntil(titled(el, en.title), 'English from the ancestor');
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainSelfcare>(html`<back-pain-selfcare lang="de"></back-pain-selfcare>`);
      expect(text(title(el))).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="de"').and.to.contain('nl, en');
    });
  });
});
