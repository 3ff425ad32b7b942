import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq/define.js';
import type { BackPainFaq } from '../src/faq/back-pain-faq.js';
import { faq as nl } from '../src/content/nl.js';
import { faq as en } from '../src/content/en.js';
import { FAQ_IDS, type FaqId } from '../src/content/structure.js';
import { captureWarnings, shadowText, fixtureWithWarnings } from './helpers.js';

const heading = (el: BackPainFaq) => el.shadowRoot!.querySelector('[role="heading"]')!;
const items = (el: BackPainFaq) => [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details')];
const item = (el: BackPainFaq, id: FaqId) => el.shadowRoot!.querySelector<HTMLDetailsElement>(`details#${id}`)!;
const shownIds = (el: BackPainFaq) => items(el).filter((details) => !details.hidden).map((details) => details.id);
const openIds = (el: BackPainFaq) => items(el).filter((details) => details.open).map((details) => details.id);
const filterInput = (el: BackPainFaq) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
const status = (el: BackPainFaq) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]');
const statusText = (el: BackPainFaq) => status(el)?.textContent?.trim() ?? '';

/** Types into the search box as a person does; the count is announced after a pause. */
async function search(el: BackPainFaq, text: string) {
  const input = filterInput(el)!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<back-pain-faq>', () => {
  describe('accessibility and what a person sees', () => {
    it('is accessible with every question closed, in the standard order', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      await expect(el).to.be.accessible();
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(heading(el).getAttribute('aria-level')).to.equal('2');
      const summaries = [...el.shadowRoot!.querySelectorAll('summary')].map((summary) => summary.textContent?.trim());
      expect(summaries).to.deep.equal(FAQ_IDS.map((id) => nl.items[id].question));
      expect(shownIds(el)).to.deep.equal([...FAQ_IDS]);
      expect(openIds(el)).to.deep.equal([]);
      expect(items(el).map((details) => details.id)).to.deep.equal([...FAQ_IDS]);
    });

    it('is accessible with every question open, showing every answer', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq open></back-pain-faq>`);
      await expect(el).to.be.accessible();
      expect(openIds(el)).to.deep.equal([...FAQ_IDS]);
      for (const id of FAQ_IDS) {
        const paragraphs = [...item(el, id).querySelectorAll('.answer > p')].map((p) => p.textContent);
        expect(paragraphs).to.deep.equal(nl.items[id].answer);
      }
    });

    it('offers a labelled search box with a polite status while more than five questions show', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      const input = filterInput(el)!;
      expect(input, 'search box').to.exist;
      expect(input.labels![0]!.textContent?.trim()).to.equal(nl.filterLabel);
      expect(status(el) !== null, 'a status region').to.equal(true);
      expect(statusText(el)).to.equal('');
    });

    it('is accessible in English', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq lang="en" open></back-pain-faq>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      await expect(el).to.be.accessible();
      expect(shadowText(el)).to.contain(en.items['when-gp'].question).and.to.contain(en.items['when-gp'].answer[0]);
      expect(filterInput(el)!.labels![0]!.textContent?.trim()).to.equal(en.filterLabel);
    });

    it('ends with the sources and the review date', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      const footer = el.shadowRoot!.querySelector('footer')!;
      expect(footer.querySelectorAll('li').length).to.be.greaterThan(1);
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe('open', () => {
    it('opens and closes every answer when the attribute changes', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      el.setAttribute('open', '');
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal([...FAQ_IDS]);
      el.removeAttribute('open');
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal([]);
    });

    it('keeps what the person opened when it re-renders', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      el.shadowRoot!.querySelector<HTMLElement>('#scan summary')!.click();
      el.lang = 'en';
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(openIds(el)).to.deep.equal(['scan']);
    });
  });

  describe('questions', () => {
    it('shows a chosen subset in the standard order, without a search box, and no warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BackPainFaq>(html`<back-pain-faq questions="  when-gp   what-is-it scan "></back-pain-faq>`);
        expect(shownIds(el)).to.deep.equal(['what-is-it', 'scan', 'when-gp']);
        expect(filterInput(el)).to.equal(null);
        expect(status(el)).to.equal(null);
        expect(warnings.messages).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('shows the search box again for more than five questions', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq questions="what-is-it how-common causes who-gets-it symptoms"></back-pain-faq>`);
      expect(filterInput(el)).to.equal(null);
      el.questions = `${el.questions} scan`;
      await el.updateComplete;
      expect(filterInput(el)).to.exist;
      expect(shownIds(el)).to.have.length(6);
    });

    it('ignores unknown ids with one warning that lists the valid ids', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainFaq>(html`<back-pain-faq questions="scan bogus when-gp Scan"></back-pain-faq>`);
      expect(shownIds(el)).to.deep.equal(['scan', 'when-gp']);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain('questions=').and.to.contain('Accepted').and.to.contain('bogus');
      for (const id of FAQ_IDS) expect(warnings[0]).to.contain(id);
    });

    it('shows every question with one warning when no id is valid', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
        el.setAttribute('questions', 'rugpijn, ischias');
        await el.updateComplete;
        expect(shownIds(el)).to.deep.equal([...FAQ_IDS]);
        expect(filterInput(el)).to.exist;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('questions="rugpijn, ischias"').and.to.contain('Showing all questions');
      } finally {
        warnings.restore();
      }
    });

    it('clears a search that can no longer be seen when the subset gets small', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      await search(el, 'xyzzy');
      expect(shownIds(el)).to.deep.equal([]);
      el.questions = 'scan when-gp';
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['scan', 'when-gp']);
    });
  });

  describe('search', () => {
    it('narrows the questions as you type, ignoring accents and case, and announces the count', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      await search(el, 'ISCHIÁS');
      expect(shownIds(el)).to.deep.equal(['symptoms', 'how-long', 'sciatica']);
      await waitUntil(() => statusText(el) === nl.matches(3), `status "${nl.matches(3)}"`, { timeout: 3000 });
      await expect(el).to.be.accessible();

      await search(el, 'wanneer moet huisarts');
      expect(shownIds(el)).to.deep.equal(['when-gp']);
      await waitUntil(() => statusText(el) === nl.matches(1), `status "${nl.matches(1)}"`, { timeout: 3000 });
    });

    it('says so when nothing matches, and shows everything again when cleared', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      await search(el, 'xyzzy');
      expect(shownIds(el)).to.deep.equal([]);
      await waitUntil(() => statusText(el) === nl.noMatches, 'no matches announced', { timeout: 3000 });
      await expect(el).to.be.accessible();
      await search(el, '');
      expect(shownIds(el)).to.deep.equal([...FAQ_IDS]);
      expect(statusText(el)).to.equal('');
    });

    it('searches within the chosen subset only', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq questions="what-is-it how-common causes who-gets-it symptoms what-helps"></back-pain-faq>`);
      await search(el, 'ischias');
      expect(shownIds(el)).to.deep.equal(['symptoms']);
    });

    it('searches the English texts in English, and keeps the search when the language changes', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      await search(el, 'fysiotherapeut');
      expect(shownIds(el)).to.include('physiotherapist');
      el.lang = 'en';
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(filterInput(el)!.value).to.equal('fysiotherapeut');
      expect(shownIds(el)).to.deep.equal([]);
      await search(el, 'physiotherapist');
      expect(shownIds(el)).to.include('physiotherapist');
      const count = shownIds(el).length;
      await waitUntil(() => statusText(el) === en.matches(count), 'English count', { timeout: 3000 });
    });
  });

  describe('the questions added in the clinical revision', () => {
    const added = ['work', 'sciatica', 'scan-useful', 'pregnancy'] as const;

    for (const [locale, texts] of [['nl', nl], ['en', en]] as const) {
      it(`shows work, sciatica, when a scan is useful and pregnancy with their answers (${locale})`, async () => {
        const el = await fixture<BackPainFaq>(html`<back-pain-faq lang=${locale} open questions=${added.join(' ')}></back-pain-faq>`);
        await waitUntil(() => heading(el)?.textContent?.trim() === texts.title, `${locale} title`);
        await expect(el).to.be.accessible();
        expect(shownIds(el)).to.deep.equal([...added].sort((a, b) => FAQ_IDS.indexOf(a) - FAQ_IDS.indexOf(b)));
        for (const id of added) {
          expect(item(el, id).querySelector('summary')!.textContent?.trim()).to.equal(texts.items[id].question);
          const paragraphs = [...item(el, id).querySelectorAll('.answer > p')].map((p) => p.textContent);
          expect(paragraphs).to.deep.equal(texts.items[id].answer);
        }
      });
    }

    it('says what the guidelines say in each new answer, in both languages', () => {
      const answer = (texts: typeof nl, id: FaqId) => texts.items[id].answer.join(' ');
      expect(answer(nl, 'work')).to.contain('bedrijfsarts').and.to.match(/aangepast|lichter/);
      expect(answer(en, 'work')).to.contain('company doctor').and.to.match(/adapt|lighter/);
      expect(answer(nl, 'sciatica')).to.contain('3 van de 4').and.to.contain('3 maanden').and.to.contain('huisarts');
      expect(answer(en, 'sciatica')).to.contain('3 in 4').and.to.contain('3 months').and.to.contain('GP');
      expect(answer(nl, 'scan-useful')).to.contain('ernstige oorzaak').and.to.contain('operatie');
      expect(answer(en, 'scan-useful')).to.contain('serious cause').and.to.contain('operation');
      expect(answer(nl, 'pregnancy')).to.contain('verloskundige').and.to.match(/geen ontstekingsremmers, zoals ibuprofen of naproxen/);
      expect(answer(en, 'pregnancy')).to.contain('midwife').and.to.match(/not take anti-inflammatory painkillers such as ibuprofen or naproxen/);
    });

    const searches = [
      ['nl', 'bedrijfsarts', 'work'],
      ['nl', 'ischias', 'sciatica'],
      ['nl', 'scan nuttig', 'scan-useful'],
      ['nl', 'zwanger', 'pregnancy'],
      ['en', 'company doctor', 'work'],
      ['en', 'sciatica', 'sciatica'],
      ['en', 'scan useful', 'scan-useful'],
      ['en', 'pregnant', 'pregnancy'],
    ] as const;
    for (const [locale, query, id] of searches) {
      it(`finds "${id}" when a person searches for "${query}" (${locale})`, async () => {
        const el = await fixture<BackPainFaq>(html`<back-pain-faq lang=${locale}></back-pain-faq>`);
        const texts = locale === 'nl' ? nl : en;
        await waitUntil(() => heading(el)?.textContent?.trim() === texts.title, `${locale} title`);
        await search(el, query);
        expect(shownIds(el)).to.include(id);
        expect(shownIds(el).length).to.be.lessThan(FAQ_IDS.length);
      });
    }
  });

  describe('language', () => {
    it('switches between English and Dutch', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq lang="en"></back-pain-faq>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(item(el, 'scan').querySelector('summary')!.textContent?.trim()).to.equal(en.items.scan.question);
      el.lang = 'nl';
      await el.updateComplete;
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(item(el, 'scan').querySelector('summary')!.textContent?.trim()).to.equal(nl.items.scan.question);
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainFaq>(html`<back-pain-faq lang="de"></back-pain-faq>`);
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="de"').and.to.contain('nl, en');
    });
  });

  describe('keyboard', () => {
    it('reaches the search box and each question with Tab, and opens them with Enter and Space', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><back-pain-faq></back-pain-faq></div>`);
      const el = wrapper.querySelector('back-pain-faq')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      const focused = () => el.shadowRoot!.activeElement;

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(filterInput(el));
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(item(el, 'what-is-it').querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      expect(item(el, 'what-is-it').open).to.equal(true);

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(item(el, 'how-common').querySelector('summary'));
      await sendKeys({ press: ' ' });
      expect(item(el, 'how-common').open).to.equal(true);
      await sendKeys({ press: ' ' });
      expect(item(el, 'how-common').open).to.equal(false);
    });

    it('skips questions the search hides', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      await search(el, 'ischias');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(item(el, 'symptoms').querySelector('summary'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(item(el, 'how-long').querySelector('summary'));
    });
  });

  describe('links to a question', () => {
    let before: string;
    let scrolled: ScrollIntoViewOptions[];
    const originalScroll = Element.prototype.scrollIntoView;
    const originalMatchMedia = window.matchMedia;

    beforeEach(() => {
      before = location.href;
      scrolled = [];
      Element.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
        scrolled.push(options as ScrollIntoViewOptions);
      };
    });

    afterEach(() => {
      history.replaceState(history.state, '', before);
      Element.prototype.scrollIntoView = originalScroll;
      window.matchMedia = originalMatchMedia;
    });

    /** Sets the fragment the way a link does, and waits for the widget to react. */
    async function goTo(el: BackPainFaq, hash: string) {
      const changed = oneEvent(window, 'hashchange');
      location.hash = hash;
      await changed;
      await el.updateComplete;
    }

    it('opens, scrolls to and focuses the question named by the fragment on hashchange', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      await goTo(el, '#when-gp');
      expect(openIds(el)).to.deep.equal(['when-gp']);
      expect(el.shadowRoot!.activeElement).to.equal(item(el, 'when-gp').querySelector('summary'));
      expect(scrolled).to.have.length(1);
      expect(scrolled[0]!.behavior).to.equal('smooth');
    });

    it('opens the question named by the fragment when it connects, without smooth scrolling for reduced motion', async () => {
      window.matchMedia = (query: string) => ({ matches: query.includes('reduce') }) as MediaQueryList;
      history.replaceState(history.state, '', '#load-again');
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      expect(openIds(el)).to.deep.equal(['load-again']);
      expect(scrolled.map((options) => options.behavior)).to.deep.equal(['auto']);
    });

    it('renders with a malformed fragment (#%E0%A4%A), on load and on hashchange, with no uncaught error', async () => {
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent) => {
        uncaught.push(event.error);
        event.preventDefault();
      };
      window.addEventListener('error', onError);
      try {
        history.replaceState(history.state, '', '#%E0%A4%A');
        const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
        await goTo(el, '#%E0%A4%B');
        expect(uncaught.map(String)).to.deep.equal([]);
        expect(heading(el)?.textContent?.trim()).to.equal(nl.title);
        expect(openIds(el)).to.deep.equal([]);
        await goTo(el, '#when-gp');
        expect(openIds(el), 'a valid fragment still opens its question').to.deep.equal(['when-gp']);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('waits for English to load before it opens the question', async () => {
      history.replaceState(history.state, '', '#scan');
      const el = await fixture<BackPainFaq>(html`<back-pain-faq lang="en"></back-pain-faq>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['scan']);
    });

    it('clears a search that hides the question', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq></back-pain-faq>`);
      await search(el, 'xyzzy');
      await goTo(el, '#physiotherapist');
      expect(filterInput(el)!.value).to.equal('');
      expect(shownIds(el)).to.deep.equal([...FAQ_IDS]);
      expect(item(el, 'physiotherapist').open).to.equal(true);
    });

    it('leaves a fragment to the page when the page has its own element with that id', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <h2 id="symptoms">Our own section on symptoms</h2>
        <back-pain-faq></back-pain-faq>
      </div>`);
      const el = wrapper.querySelector('back-pain-faq')!;
      await el.updateComplete;
      await goTo(el, '#symptoms');
      expect(openIds(el)).to.deep.equal([]);
      expect(scrolled).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('ignores a fragment that is not a shown question', async () => {
      const el = await fixture<BackPainFaq>(html`<back-pain-faq questions="scan when-gp"></back-pain-faq>`);
      await goTo(el, '#symptoms');
      await goTo(el, '#nothing-here');
      expect(openIds(el)).to.deep.equal([]);
      expect(scrolled).to.deep.equal([]);
      expect(shownIds(el)).to.deep.equal(['scan', 'when-gp']);
    });
  });
});
