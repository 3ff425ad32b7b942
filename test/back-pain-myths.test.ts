import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/myths/define.js';
import type { BackPainMyths } from '../src/myths/back-pain-myths.js';
import { myths as nl } from '../src/content/nl.js';
import { myths as en } from '../src/content/en.js';
import { MYTH_IDS } from '../src/content/structure.js';
import type { MythsText } from '../src/content/types.js';
import { shadowText, fixtureWithWarnings, whilePrinted } from './helpers.js';

const root = (el: BackPainMyths) => el.shadowRoot!;
const headings = (el: BackPainMyths) => [...root(el).querySelectorAll('[role="heading"]')];
const title = (el: BackPainMyths) => headings(el)[0];
const cards = (el: BackPainMyths) => [...root(el).querySelectorAll('ul.cards > li.card')];
const text = (element: Element | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const words = (sentence: string) => sentence.trim().split(/\s+/).length;

/** The number of tracks in a computed `grid-template-columns`. */
const columns = (element: Element) => getComputedStyle(element).gridTemplateColumns.split(' ').length;

/** What each card's heading should say: the short heading where the fact is too long for one. */
const factHeading = (t: MythsText, id: (typeof MYTH_IDS)[number]) => t.items[id].heading ?? t.items[id].fact;

describe('<back-pain-myths>', () => {
  describe('accessibility and what a person sees', () => {
    it('is accessible, and each card leads with the fact, then "many people think", then why', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      await expect(el).to.be.accessible();
      expect(text(title(el))).to.equal(nl.title);
      expect(shadowText(el)).to.contain(nl.intro);
      cards(el).forEach((card, index) => {
        const id = MYTH_IDS[index];
        const [heading, ...rest] = [...card.children];
        expect(heading.getAttribute('role'), `${id}: the card opens with its heading`).to.equal('heading');
        expect(text(heading)).to.equal(factHeading(nl, id));
        expect(heading.querySelector('svg[aria-hidden="true"]'), 'decorative icon').to.exist;
        const paragraphs = rest.map(text);
        expect(paragraphs[0]).to.equal(`${nl.manyThink} ${nl.items[id].myth}`);
        expect(paragraphs.at(-1)).to.equal(nl.items[id].why);
        if (nl.items[id].heading) expect(paragraphs[1], `${id}: the full fact follows`).to.equal(nl.items[id].fact);
        else expect(paragraphs, `${id}: the fact is not repeated`).to.have.length(2);
      });
    });

    it('states a fact in every heading and no myth, so skimming the headings gives the facts', async () => {
      for (const [lang, t] of [['nl', nl], ['en', en]] as const) {
        const el = await fixture<BackPainMyths>(html`<back-pain-myths lang=${lang}></back-pain-myths>`);
        await waitUntil(() => text(title(el)) === t.title, `${lang} title`);
        const [first, ...cardHeadings] = headings(el).map(text);
        expect(first).to.equal(t.title);
        expect(cardHeadings).to.deep.equal(MYTH_IDS.map((id) => factHeading(t, id)));
        for (const heading of cardHeadings) {
          for (const id of MYTH_IDS) expect(heading, `${lang}: no myth in a heading`).not.to.contain(t.items[id].myth);
          expect(heading).not.to.contain(t.manyThink);
        }
      }
    });

    it('keeps every heading short: at most 12 words, in both languages', () => {
      for (const t of [nl, en]) {
        for (const id of MYTH_IDS) expect(words(factHeading(t, id)), `${id}: "${factHeading(t, id)}"`).to.be.at.most(12);
      }
    });

    it('gives a short heading in both languages or in neither, so the two say the same', () => {
      for (const id of MYTH_IDS) expect(Boolean(en.items[id].heading), id).to.equal(Boolean(nl.items[id].heading));
    });

    it('hides nothing: no buttons, no hidden text, no empty boxes', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      expect(root(el).querySelectorAll('button, details, [hidden], [aria-expanded]')).to.have.length(0);
      for (const card of cards(el)) {
        expect(text(card).length).to.be.greaterThan(40);
        expect(getComputedStyle(card, '::after').content).to.be.oneOf(['none', 'normal']);
        expect(card.getBoundingClientRect().height).to.be.greaterThan(0);
      }
    });

    it('is accessible in English', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths lang="en"></back-pain-myths>`);
      await waitUntil(() => text(title(el)) === en.title, 'English title');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths theme="dark"></back-pain-myths>`);
      await expect(el).to.be.accessible();
    });

    it('shows every myth id once, as one card each, in the order of the content', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      expect(cards(el)).to.have.length(MYTH_IDS.length);
      const all = shadowText(el);
      for (const id of MYTH_IDS) {
        for (const part of [nl.items[id].myth, nl.items[id].fact, nl.items[id].why]) {
          expect(all.split(part).length - 1, `${id}: "${part}" once`).to.equal(1);
        }
      }
    });

    it('uses heading-level for its title and the facts one level below', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths heading-level="3"></back-pain-myths>`);
      expect(headings(el).map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', ...MYTH_IDS.map(() => '4')]);
    });

    it('ends with the sources and the review date', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      const footer = root(el).querySelector('footer')!;
      expect(footer.querySelectorAll('li')).to.have.length(4);
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('warns once for a bad heading-level and uses 2', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainMyths>(html`<back-pain-myths heading-level="9"></back-pain-myths>`);
      expect(title(el).getAttribute('aria-level')).to.equal('2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level');
    });
  });

  describe('language', () => {
    it('speaks English with lang="en", and switches back', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths lang="en"></back-pain-myths>`);
      await waitUntil(() => text(title(el)) === en.title, 'English title');
      expect(shadowText(el)).to.contain(`${en.manyThink} ${en.items['pain-means-damage'].myth}`).and.to.contain(en.items['bed-rest'].why);
      el.lang = 'nl';
      await el.updateComplete;
      expect(text(title(el))).to.equal(nl.title);
      expect(shadowText(el)).to.contain(`${nl.manyThink} ${nl.items['pain-means-damage'].myth}`);
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainMyths>(html`<back-pain-myths lang="de"></back-pain-myths>`);
      expect(text(title(el))).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="de"').and.to.contain('nl, en');
    });
  });

  describe('layout and print', () => {
    it('shows one column of cards when narrow, two when wide and three when widest', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><back-pain-myths></back-pain-myths></div>`);
      const el = wrapper.querySelector('back-pain-myths')!;
      const list = root(el).querySelector('.cards')!;
      const fontSize = parseFloat(getComputedStyle(root(el).querySelector('.widget')!).fontSize);

      wrapper.style.width = `${20 * fontSize}px`;
      await waitUntil(() => columns(list) === 1, 'narrow: one column');
      wrapper.style.width = `${56 * fontSize}px`;
      await waitUntil(() => columns(list) === 2, 'wide: two columns');
      wrapper.style.width = `${96 * fontSize}px`;
      await waitUntil(() => columns(list) === 3, 'widest: three columns');
    });

    it('prints every card whole, the icon in black', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      await whilePrinted(el, () => {
        for (const card of cards(el)) expect(getComputedStyle(card).breakInside).to.equal('avoid');
        expect(getComputedStyle(root(el).querySelector('.fact .icon')!).color).to.equal('rgb(0, 0, 0)');
      });
    });
  });
});
