import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/treatments/define.js';
import type { BackPainTreatments } from '../src/treatments/back-pain-treatments.js';
import { treatments as nl } from '../src/content/nl.js';
import { treatments as en } from '../src/content/en.js';
import { TREATMENT_GROUPS, TREATMENTS, type TreatmentGroup, type TreatmentId } from '../src/content/structure.js';
import { captureWarnings, shadowText, fixtureWithWarnings } from './helpers.js';

const title = (el: BackPainTreatments) => el.shadowRoot!.querySelector('.title')!;
const groups = (el: BackPainTreatments) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.group')];
const groupHeadings = (el: BackPainTreatments) =>
  groups(el).map((group) => group.querySelector('[role="heading"]')!.textContent!.trim());
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** The group whose heading reads `heading`. */
function groupUnder(el: BackPainTreatments, heading: string): HTMLElement {
  const group = groups(el).find((candidate) => candidate.querySelector('[role="heading"]')!.textContent!.trim() === heading);
  if (!group) throw new Error(`no group headed "${heading}"`);
  return group;
}

const summaries = (el: BackPainTreatments) => [...el.shadowRoot!.querySelectorAll('summary')];

/** A treatment as a screen reader reads it: its group's word, then its name. */
const marked = (t: typeof nl, group: TreatmentGroup, id: TreatmentId) => `${t.markers[group]}: ${t.items[id].name}`;
const groupOf = (id: TreatmentId) => TREATMENT_GROUPS.find((group) => (TREATMENTS[group] as readonly string[]).includes(id))!;

describe('<back-pain-treatments>', () => {
  it('is accessible with all three groups, and closes with the decide-together line', async () => {
    const el = await fixture<BackPainTreatments>(html`<back-pain-treatments></back-pain-treatments>`);
    await expect(el).to.be.accessible();
    expect(text(title(el))).to.equal(nl.title);
    expect(title(el).getAttribute('aria-level')).to.equal('2');
    expect(groupHeadings(el)).to.deep.equal(TREATMENT_GROUPS.map((group) => nl.groups[group].title));
    for (const group of groups(el)) {
      expect(group.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    }
    const decide = el.shadowRoot!.querySelector('[part="decide-together"]')!;
    expect(text(decide)).to.equal(nl.decideTogether);
    expect(decide.compareDocumentPosition(groups(el).at(-1)!) & Node.DOCUMENT_POSITION_PRECEDING, 'after the groups').to.not.equal(0);
    expect(shadowText(el)).to.contain(nl.intro);
  });

  for (const group of TREATMENT_GROUPS) {
    it(`lists every "${group}" treatment, with its name and why, under the "${group}" heading`, async () => {
      const el = await fixture<BackPainTreatments>(html`<back-pain-treatments></back-pain-treatments>`);
      const container = groupUnder(el, nl.groups[group].title);
      expect(text(container)).to.contain(nl.groups[group].text);
      const items = [...container.querySelectorAll('li')];
      expect(items.map((item) => text(item.querySelector('.name')!))).to.deep.equal(
        TREATMENTS[group].map((id) => marked(nl, group, id)),
      );
      TREATMENTS[group].forEach((id, index) => expect(text(items[index]!.querySelector('.why')!)).to.equal(nl.items[id].why));
      const elsewhere = groups(el).filter((other) => other !== container).map(text).join(' ');
      for (const id of TREATMENTS[group]) expect(elsewhere).to.not.contain(nl.items[id].name);
    });
  }

  for (const compact of [false, true]) {
    it(`gives every treatment its group's icon and words${compact ? ' in the compact layout' : ''}, so it reads the same without its heading`, async () => {
      for (const [lang, t] of [['nl', nl], ['en', en]] as const) {
        const el = await fixture<BackPainTreatments>(html`<back-pain-treatments lang=${lang} ?compact=${compact}></back-pain-treatments>`);
        await waitUntil(() => title(el)?.textContent?.trim() === t.title, `${lang} title`);
        for (const group of groups(el)) {
          const id = TREATMENT_GROUPS.find((candidate) => group.classList.contains(candidate))!;
          const headingIcon = group.querySelector('[role="heading"] svg')!.innerHTML;
          const items = [...group.querySelectorAll('li')];
          expect(items).to.have.length(TREATMENTS[id].length);
          items.forEach((item, index) => {
            const name = item.querySelector(compact ? 'summary' : '.name')!;
            expect(text(name), `${lang}: the group's word first`).to.equal(marked(t, id, TREATMENTS[id][index]!));
            const hidden = name.querySelector('.visually-hidden')!;
            expect(text(hidden)).to.equal(`${t.markers[id]}:`);
            const icon = name.querySelector('svg')!;
            expect(icon.getAttribute('aria-hidden')).to.equal('true');
            expect(icon.innerHTML, "the group heading's icon").to.equal(headingIcon);
          });
        }
        await expect(el).to.be.accessible();
        // One widget on the page at a time: axe counts footers across the page.
        el.remove();
      }
    });
  }

  it('marks each group by heading words and its own icon, not by colour alone', async () => {
    const el = await fixture<BackPainTreatments>(html`<back-pain-treatments></back-pain-treatments>`);
    const icons = groups(el).map((group) => group.querySelector('[role="heading"] svg'));
    for (const icon of icons) {
      expect(icon, 'an icon in every heading').to.exist;
      expect(icon!.getAttribute('aria-hidden')).to.equal('true');
    }
    expect(new Set(icons.map((icon) => icon!.innerHTML)).size, 'three different icons').to.equal(3);
    expect(new Set(groupHeadings(el)).size, 'three different headings').to.equal(3);
  });

  describe('group attribute', () => {
    for (const group of TREATMENT_GROUPS) {
      it(`group="${group}" shows that group only, still with the decide-together line`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<BackPainTreatments>(html`<back-pain-treatments group=${group}></back-pain-treatments>`);
          await expect(el).to.be.accessible();
          expect(groupHeadings(el)).to.deep.equal([nl.groups[group].title]);
          expect(groups(el)[0]!.querySelectorAll('li')).to.have.length(TREATMENTS[group].length);
          expect(shadowText(el)).to.contain(nl.decideTogether);
          expect(warnings.messages).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });
    }

    it('accepts a value in any case, and shows all groups again when the attribute goes', async () => {
      const el = await fixture<BackPainTreatments>(html`<back-pain-treatments group=" May-Help "></back-pain-treatments>`);
      expect(groupHeadings(el)).to.deep.equal([nl.groups['may-help'].title]);
      el.removeAttribute('group');
      await el.updateComplete;
      expect(groups(el)).to.have.length(3);
    });

    for (const value of ['all', 'helpt', 'may help', '<img src=x onerror=alert(1)>']) {
      it(`shows all groups for group="${value}", with one warning that lists the valid values`, async () => {
        const { el, warnings } = await fixtureWithWarnings<BackPainTreatments>(html`<back-pain-treatments group=${value}></back-pain-treatments>`);
        expect(groups(el)).to.have.length(3);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('group="').and.to.contain('Accepted: helps, may-help, advised-against');
      });
    }

    it('warns again for a new bad value after a good one', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BackPainTreatments>(html`<back-pain-treatments group="wrong"></back-pain-treatments>`);
        el.group = 'helps';
        await el.updateComplete;
        expect(groups(el)).to.have.length(1);
        el.setAttribute('group', 'wrong');
        await el.updateComplete;
        expect(groups(el)).to.have.length(3);
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('compact', () => {
    it('shows names only, each why behind a closed disclosure, and is accessible closed and open', async () => {
      const el = await fixture<BackPainTreatments>(html`<back-pain-treatments compact></back-pain-treatments>`);
      await expect(el).to.be.accessible();
      const all = TREATMENT_GROUPS.flatMap((group) => TREATMENTS[group]);
      expect(summaries(el).map(text)).to.deep.equal(all.map((id) => marked(nl, groupOf(id), id)));
      expect(el.shadowRoot!.querySelectorAll('.name')).to.have.length(0);
      const details = [...el.shadowRoot!.querySelectorAll('details')];
      expect(details.every((disclosure) => !disclosure.open)).to.equal(true);
      const why = details[0]!.querySelector<HTMLElement>('.why')!;
      expect(why.checkVisibility(), 'why hidden while closed').to.equal(false);
      details.forEach((disclosure) => (disclosure.open = true));
      expect(why.checkVisibility(), 'why shown when open').to.equal(true);
      expect(text(why)).to.equal(nl.items[all[0]!].why);
      await expect(el).to.be.accessible();
      expect(shadowText(el)).to.contain(nl.decideTogether);
    });

    it('keeps each treatment under its heading, also with one group', async () => {
      const el = await fixture<BackPainTreatments>(html`<back-pain-treatments compact group="advised-against"></back-pain-treatments>`);
      expect(groupHeadings(el)).to.deep.equal([nl.groups['advised-against'].title]);
      expect(summaries(el).map(text)).to.deep.equal(TREATMENTS['advised-against'].map((id) => marked(nl, 'advised-against', id)));
    });

    it('goes back to the full layout when compact is removed', async () => {
      const el = await fixture<BackPainTreatments>(html`<back-pain-treatments compact></back-pain-treatments>`);
      el.removeAttribute('compact');
      await el.updateComplete;
      expect(summaries(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('.name')).to.have.length(
        TREATMENT_GROUPS.reduce((sum, group) => sum + TREATMENTS[group].length, 0),
      );
    });

    for (const value of ['', 'compact', 'COMPACT']) {
      it(`takes compact="${value}" without a warning`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<BackPainTreatments>(html`<back-pain-treatments compact=${value}></back-pain-treatments>`);
          expect(summaries(el).length).to.be.greaterThan(0);
          expect(warnings.messages).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });
    }

    for (const value of ['false', 'no']) {
      it(`warns once for compact="${value}" and shows the compact layout, as HTML does`, async () => {
        const { el, warnings } = await fixtureWithWarnings<BackPainTreatments>(html`<back-pain-treatments compact=${value}></back-pain-treatments>`);
        expect(summaries(el).length).to.be.greaterThan(0);
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain(`compact="${value}"`).and.to.contain('Accepted');
      });
    }
  });

  describe('keyboard', () => {
    it('has no tab stops in the full layout', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="before">before</button><back-pain-treatments></back-pain-treatments><button id="after">after</button>
      </div>`);
      await wrapper.querySelector('back-pain-treatments')!.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });

    it('opens the disclosures of the compact layout with Enter and Space, in reading order', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button>before</button><back-pain-treatments compact></back-pain-treatments>
      </div>`);
      const el = wrapper.querySelector('back-pain-treatments')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      const [first, second] = summaries(el);

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => first!.parentElement!.hasAttribute('open'), 'Enter opens');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !first!.parentElement!.hasAttribute('open'), 'Enter closes');

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(second);
      // ' ' rather than 'Space': Firefox's WebDriver BiDi knows only the character.
      await sendKeys({ press: ' ' });
      await waitUntil(() => second!.parentElement!.hasAttribute('open'), 'Space opens');
    });
  });

  describe('language', () => {
    it('speaks English with lang="en", and switches back', async () => {
      const el = await fixture<BackPainTreatments>(html`<back-pain-treatments lang="en"></back-pain-treatments>`);
      await waitUntil(() => title(el) && text(title(el)) === en.title, 'English title');
      await expect(el).to.be.accessible();
      expect(groupHeadings(el)).to.deep.equal(TREATMENT_GROUPS.map((group) => en.groups[group].title));
      expect(text(groupUnder(el, en.groups.helps.title))).to.contain(en.items['keep-active'].why);
      expect(shadowText(el)).to.contain(en.decideTogether);
      el.lang = 'nl';
      await el.updateComplete;
      expect(text(title(el))).to.equal(nl.title);
      expect(shadowText(el)).to.contain(nl.decideTogether);
    });

    it('keeps open disclosures open when the language changes', async () => {
      const el = await fixture<BackPainTreatments>(html`<back-pain-treatments compact group="helps"></back-pain-treatments>`);
      summaries(el)[0]!.click();
      el.lang = 'en';
      await waitUntil(() => text(title(el)) === en.title, 'English title');
      expect(text(summaries(el)[0]!)).to.equal(marked(en, 'helps', 'keep-active'));
      expect(summaries(el)[0]!.parentElement!.hasAttribute('open')).to.equal(true);
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainTreatments>(html`<back-pain-treatments lang="de"></back-pain-treatments>`);
      expect(text(title(el))).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="de"').and.to.contain('nl, en');
    });
  });

  describe('layout', () => {
    const columns = (el: BackPainTreatments) =>
      getComputedStyle(el.shadowRoot!.querySelector('.groups')!).gridTemplateColumns.split(' ').length;

    async function inWidth(width: string, group = '') {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}">
        <back-pain-treatments group=${group}></back-pain-treatments>
      </div>`);
      const el = wrapper.querySelector('back-pain-treatments')!;
      await el.updateComplete;
      return el;
    }

    it('shows three columns in a wide container and one in a narrow one', async () => {
      expect(columns(await inWidth('1000px'))).to.equal(3);
      expect(columns(await inWidth('320px'))).to.equal(1);
    });

    it('shows one group in one column, also when wide', async () => {
      expect(columns(await inWidth('1000px', 'helps'))).to.equal(1);
    });

    it('has no horizontal overflow at 320 px', async () => {
      const el = await inWidth('320px');
      const widget = el.shadowRoot!.querySelector<HTMLElement>('.widget')!;
      expect(widget.scrollWidth).to.be.at.most(widget.clientWidth);
    });
  });

  describe('the clinical revision (Cochrane 2023, NICE NG59, KCE 287)', () => {
    for (const [locale, texts] of [['nl', nl], ['en', en]] as const) {
      async function rendered() {
        const el = await fixture<BackPainTreatments>(html`<back-pain-treatments lang=${locale}></back-pain-treatments>`);
        await waitUntil(() => title(el) && text(title(el)) === texts.title, `${locale} title`);
        return el;
      }
      const names = (container: HTMLElement) => [...container.querySelectorAll('.treatment-name')].map(text);

      it(`never lists painkillers under "helps", and shows them under "may help" with the honest why (${locale})`, async () => {
        expect(TREATMENTS.helps).to.not.include('painkillers' as never);
        const el = await rendered();
        expect(names(groupUnder(el, texts.groups.helps.title))).to.not.include(texts.items.painkillers.name);
        const mayHelp = groupUnder(el, texts.groups['may-help'].title);
        expect(names(mayHelp)).to.include(texts.items.painkillers.name);
        const why = text(mayHelp).toLowerCase();
        expect(why).to.match(locale === 'nl' ? /pijnstillers helpen weinig/ : /painkillers help little/);
        expect(why).to.match(locale === 'nl' ? /verwacht niet dat de pijn weggaat/ : /do not expect them to take the pain away/);
      });

      it(`lists acupuncture, opioids for lasting pain, nerve-pain medicines and antidepressants under "not advised" (${locale})`, async () => {
        const el = await rendered();
        const against = groupUnder(el, texts.groups['advised-against'].title);
        for (const id of ['acupuncture', 'opioids', 'nerve-pain-medicines', 'antidepressants'] as const) {
          expect(names(against), id).to.include(texts.items[id].name);
        }
        expect(names(groupUnder(el, texts.groups['may-help'].title))).to.not.include(texts.items.acupuncture.name);
        expect(text(against)).to.match(locale === 'nl' ? /gabapentine.*pregabaline/ : /gabapentin.*pregabalin/);
        expect(text(against)).to.match(locale === 'nl' ? /opioïden/i : /opioids/i);
      });

      it(`says radiofrequency treatment is only for special cases after a specialist's assessment (${locale})`, () => {
        expect(texts.items.radiofrequency.why).to.contain(locale === 'nl' ? 'specialist' : 'specialist’s assessment');
        expect(texts.items.radiofrequency.why).to.not.match(/helpt niet|does not help/);
      });

      it(`claims research support only for the "helps" group (${locale})`, () => {
        const claim = locale === 'nl' ? /onderzoek laat zien dat (dit|deze)? ?helpt/i : /research shows that (these|they|it) help/i;
        const { helps: _helps, ...others } = texts.groups;
        for (const group of Object.values(others)) expect(group.text).to.not.match(claim);
        for (const id of [...TREATMENTS['may-help'], ...TREATMENTS['advised-against']]) expect(texts.items[id].why, id).to.not.match(claim);
      });
    }
  });

  it('uses heading-level for its heading and the group headings one below', async () => {
    const el = await fixture<BackPainTreatments>(html`<back-pain-treatments heading-level="4"></back-pain-treatments>`);
    expect(title(el).getAttribute('aria-level')).to.equal('4');
    const levels = groups(el).map((group) => group.querySelector('[role="heading"]')!.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['5', '5', '5']);
  });

  it('ends with the sources and the review date', async () => {
    const el = await fixture<BackPainTreatments>(html`<back-pain-treatments></back-pain-treatments>`);
    const footer = el.shadowRoot!.querySelector('footer')!;
    expect(footer.querySelectorAll('li')).to.have.length(3);
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});
