import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/myths/define.js';
import type { BackPainMyths } from '../src/myths/back-pain-myths.js';
import { myths as nl } from '../src/content/nl.js';
import { myths as en } from '../src/content/en.js';
import { MYTH_IDS, type MythId } from '../src/content/structure.js';
import { captureWarnings, shadowText, fixtureWithWarnings } from './helpers.js';

const root = (el: BackPainMyths) => el.shadowRoot!;
const heading = (el: BackPainMyths) => root(el).querySelector('[role="heading"]')!;
const toggle = (el: BackPainMyths, id: MythId) =>
  root(el).querySelector<HTMLButtonElement>(`button[aria-controls="fact-${id}"]`)!;
const fact = (el: BackPainMyths, id: MythId) => root(el).getElementById(`fact-${id}`)!;
const revealAll = (el: BackPainMyths) => root(el).querySelector<HTMLButtonElement>('.reveal-all')!;
const expanded = (el: BackPainMyths) => MYTH_IDS.filter((id) => toggle(el, id).getAttribute('aria-expanded') === 'true');
const shown = (el: BackPainMyths) => MYTH_IDS.filter((id) => !fact(el, id).hidden);

/** The accessible name that `aria-labelledby` gives: the referenced texts, joined by a space. */
function labelledName(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const scope = element.getRootNode() as ShadowRoot;
  return ids.map((id) => scope.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`).join(' ');
}

async function click(el: BackPainMyths, button: HTMLButtonElement) {
  button.click();
  await el.updateComplete;
}

/** Waits for the fade-in to end: axe would measure the contrast of half-faded text. */
async function faded(el: BackPainMyths) {
  await el.updateComplete;
  await Promise.all(root(el).getAnimations().map((animation) => animation.finished));
}

/** The number of tracks in a computed `grid-template-columns`. */
const columns = (element: Element) => getComputedStyle(element).gridTemplateColumns.split(' ').length;

describe('<back-pain-myths>', () => {
  describe('accessibility and what a person sees', () => {
    it('is accessible with every fact hidden, each myth labelled by a word and an icon', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      await expect(el).to.be.accessible();
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(shadowText(el)).to.contain(nl.intro);
      expect(shown(el)).to.deep.equal([]);
      expect(expanded(el)).to.deep.equal([]);
      for (const id of MYTH_IDS) {
        const statement = toggle(el, id).closest('.myth')!.querySelector('[role="heading"]')!;
        expect(statement.textContent).to.contain(nl.mythLabel).and.to.contain(nl.items[id].myth);
        expect(statement.querySelector('.label svg[aria-hidden="true"]'), 'icon beside the word').to.exist;
        expect(getComputedStyle(fact(el, id)).display, 'fact hidden').to.equal('none');
      }
      expect(revealAll(el).textContent?.trim()).to.equal(nl.revealAll);
      expect(revealAll(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('is accessible with one fact revealed, which shows the fact, why, a word and an icon', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      await click(el, toggle(el, 'bed-rest'));
      await faded(el);
      await expect(el).to.be.accessible();
      expect(shown(el)).to.deep.equal(['bed-rest']);
      expect(expanded(el)).to.deep.equal(['bed-rest']);
      const revealed = fact(el, 'bed-rest');
      expect(getComputedStyle(revealed).display).not.to.equal('none');
      expect(revealed.textContent).to.contain(nl.factLabel).and.to.contain(nl.items['bed-rest'].fact).and.to.contain(nl.items['bed-rest'].why);
      expect(revealed.querySelector('.label svg[aria-hidden="true"]'), 'icon beside the word').to.exist;
      expect(getComputedStyle(fact(el, 'dont-move')).display).to.equal('none');
    });

    it('is accessible with every fact revealed', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths reveal></back-pain-myths>`);
      await faded(el);
      await expect(el).to.be.accessible();
      expect(shown(el)).to.deep.equal([...MYTH_IDS]);
      for (const id of MYTH_IDS) expect(shadowText(el)).to.contain(nl.items[id].fact).and.to.contain(nl.items[id].why);
    });

    it('is accessible in English', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths lang="en" reveal></back-pain-myths>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      await faded(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme with every fact revealed', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths theme="dark" reveal></back-pain-myths>`);
      await faded(el);
      await expect(el).to.be.accessible();
    });

    it('shows every myth id once, as one card each, in the order of the content', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths reveal></back-pain-myths>`);
      const cards = [...root(el).querySelectorAll('ul.cards > li.card')];
      expect(cards).to.have.length(MYTH_IDS.length);
      expect(cards.map((card) => card.querySelector('.fact')!.id)).to.deep.equal(MYTH_IDS.map((id) => `fact-${id}`));
      const text = shadowText(el);
      for (const id of MYTH_IDS) {
        for (const part of [nl.items[id].myth, nl.items[id].fact, nl.items[id].why]) {
          expect(text.split(part).length - 1, `${id}: "${part}" once`).to.equal(1);
        }
      }
    });

    it('gives each toggle a real button with the reveal text and its myth as its name', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      for (const id of MYTH_IDS) {
        const button = toggle(el, id);
        expect(button.localName).to.equal('button');
        expect(button.type).to.equal('button');
        expect(button.textContent?.trim()).to.equal(nl.reveal);
        expect(labelledName(button)).to.equal(`${nl.reveal} ${nl.items[id].myth}`);
        expect(fact(el, id), 'aria-controls points at the fact').to.exist;
      }
      const controlled = revealAll(el).getAttribute('aria-controls')!.split(' ');
      expect(controlled).to.deep.equal(MYTH_IDS.map((id) => `fact-${id}`));
    });

    it('uses heading-level for its title and the myths one level below', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths heading-level="3"></back-pain-myths>`);
      const headings = [...root(el).querySelectorAll('[role="heading"]')];
      expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', ...MYTH_IDS.map(() => '4')]);
    });

    it('ends with the sources and the review date', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      const footer = root(el).querySelector('footer')!;
      expect(footer.querySelectorAll('li')).to.have.length(4);
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe('revealing', () => {
    it('toggles one card without moving focus, and changes the button text', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      const button = toggle(el, 'scan-shows-cause');
      button.focus();
      await click(el, button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent?.trim()).to.equal(nl.hide);
      expect(labelledName(button)).to.equal(`${nl.hide} ${nl.items['scan-shows-cause'].myth}`);
      expect(root(el).activeElement).to.equal(button);
      expect(root(el).querySelector('[aria-live], [role="status"], [role="alert"]'), 'no live region').to.equal(null);
      await click(el, button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(fact(el, 'scan-shows-cause').hidden).to.equal(true);
      expect(root(el).activeElement).to.equal(button);
    });

    it('reveals every card with the reveal-all button, which then hides them all', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      await click(el, toggle(el, 'bed-rest'));
      await click(el, revealAll(el));
      expect(shown(el)).to.deep.equal([...MYTH_IDS]);
      expect(expanded(el)).to.deep.equal([...MYTH_IDS]);
      expect(revealAll(el).textContent?.trim()).to.equal(nl.hideAll);
      expect(revealAll(el).getAttribute('aria-expanded')).to.equal('true');
      await click(el, revealAll(el));
      expect(shown(el)).to.deep.equal([]);
      expect(revealAll(el).textContent?.trim()).to.equal(nl.revealAll);
    });

    it('sets the reveal attribute once every card is revealed one by one, and removes it when one is hidden', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      for (const id of MYTH_IDS) await click(el, toggle(el, id));
      expect(el.hasAttribute('reveal')).to.equal(true);
      expect(revealAll(el).textContent?.trim()).to.equal(nl.hideAll);
      await click(el, toggle(el, 'dont-move'));
      expect(el.hasAttribute('reveal')).to.equal(false);
      expect(shown(el), 'the other cards stay revealed').to.have.length(MYTH_IDS.length - 1);
      expect(revealAll(el).textContent?.trim()).to.equal(nl.revealAll);
    });

    it('can be used with the keyboard alone: Tab to a card, Enter and Space toggle it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><back-pain-myths></back-pain-myths></div>`);
      const el = wrapper.querySelector('back-pain-myths')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement, 'reveal-all comes first').to.equal(revealAll(el));
      await sendKeys({ press: 'Tab' });
      const first = toggle(el, MYTH_IDS[0]);
      expect(root(el).activeElement, 'then the first card').to.equal(first);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(fact(el, MYTH_IDS[0]).hidden).to.equal(false);
      expect(root(el).activeElement).to.equal(first);

      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(fact(el, MYTH_IDS[0]).hidden).to.equal(true);

      await sendKeys({ press: ' ' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement, 'Tab skips the revealed text to the next card').to.equal(toggle(el, MYTH_IDS[1]));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([MYTH_IDS[0], MYTH_IDS[1]]);
    });

    it('reveals every card with the keyboard on the reveal-all button, keeping focus there', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><back-pain-myths></back-pain-myths></div>`);
      const el = wrapper.querySelector('back-pain-myths')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([...MYTH_IDS]);
      expect(root(el).activeElement).to.equal(revealAll(el));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([]);
      expect(root(el).activeElement).to.equal(revealAll(el));
    });
  });

  describe('the reveal attribute', () => {
    it('shows every fact with reveal, and hides them all when it is removed', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BackPainMyths>(html`<back-pain-myths reveal></back-pain-myths>`);
        expect(shown(el)).to.deep.equal([...MYTH_IDS]);
        expect(expanded(el)).to.deep.equal([...MYTH_IDS]);
        el.removeAttribute('reveal');
        await el.updateComplete;
        expect(shown(el)).to.deep.equal([]);
        el.reveal = true;
        await el.updateComplete;
        expect(shown(el)).to.deep.equal([...MYTH_IDS]);
        expect(el.hasAttribute('reveal'), 'the property is reflected').to.equal(true);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    for (const value of ['reveal', 'true', 'TRUE']) {
      it(`accepts reveal="${value}" without a warning`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<BackPainMyths>(html`<back-pain-myths reveal=${value}></back-pain-myths>`);
          expect(shown(el)).to.deep.equal([...MYTH_IDS]);
          expect(warnings.messages).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });
    }

    it('lets the page override the person: setting reveal shows every fact, removing it hides them all', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      await click(el, toggle(el, 'belt-helps'));
      el.setAttribute('reveal', '');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal([...MYTH_IDS]);
      el.removeAttribute('reveal');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal([]);
    });

    for (const value of ['false', 'no', '<b>']) {
      it(`shows every fact for reveal="${value}", with one warning that names the attribute`, async () => {
        const warnings = captureWarnings();
        try {
          const el = document.createElement('back-pain-myths');
          el.setAttribute('reveal', value);
          const parent = await fixture<HTMLElement>(html`<div></div>`);
          parent.append(el);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`reveal="${value}"`).and.to.contain('Accepted');
          expect(shown(el)).to.deep.equal([...MYTH_IDS]);
          expect(root(el).querySelector('b'), 'the value is never markup').to.equal(null);
          await click(el, toggle(el, 'bed-rest'));
          expect(el.hasAttribute('reveal'), 'hiding a card removes the attribute').to.equal(false);
          expect(warnings.messages).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('warns once for a bad heading-level and uses 2', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainMyths>(html`<back-pain-myths heading-level="9"></back-pain-myths>`);
      expect(heading(el).getAttribute('aria-level')).to.equal('2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level');
    });
  });

  describe('language', () => {
    it('speaks English with lang="en", and switches back', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths lang="en"></back-pain-myths>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(shadowText(el)).to.contain(en.items['pain-means-damage'].myth).and.to.contain(en.revealAll);
      expect(labelledName(toggle(el, 'bed-rest'))).to.equal(`${en.reveal} ${en.items['bed-rest'].myth}`);
      el.lang = 'nl';
      await el.updateComplete;
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
    });

    it('keeps which cards are revealed when the language changes', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      await click(el, toggle(el, 'straight-back'));
      await click(el, toggle(el, 'surgery-fixes'));
      toggle(el, 'surgery-fixes').focus();
      el.lang = 'en';
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(shown(el)).to.deep.equal(['straight-back', 'surgery-fixes']);
      expect(expanded(el)).to.deep.equal(['straight-back', 'surgery-fixes']);
      expect(fact(el, 'surgery-fixes').textContent).to.contain(en.factLabel).and.to.contain(en.items['surgery-fixes'].fact);
      expect(toggle(el, 'surgery-fixes').textContent?.trim()).to.equal(en.hide);
      expect(root(el).activeElement, 'focus stays').to.equal(toggle(el, 'surgery-fixes'));
      el.lang = 'nl';
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['straight-back', 'surgery-fixes']);
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainMyths>(html`<back-pain-myths lang="fr"></back-pain-myths>`);
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="fr"').and.to.contain('nl, en');
    });
  });

  describe('layout, motion and print', () => {
    it('stacks myth and fact in one column when narrow, and sets them side by side when wide', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><back-pain-myths reveal></back-pain-myths></div>`);
      const el = wrapper.querySelector('back-pain-myths')!;
      const cards = root(el).querySelector('.cards')!;
      const pair = root(el).querySelector('.pair')!;
      const fontSize = parseFloat(getComputedStyle(root(el).querySelector('.widget')!).fontSize);

      wrapper.style.width = `${20 * fontSize}px`;
      await waitUntil(() => columns(pair) === 1, 'narrow: stacked');
      expect(columns(cards)).to.equal(1);

      wrapper.style.width = `${40 * fontSize}px`;
      await waitUntil(() => columns(pair) === 2, 'wide: side by side');
      expect(columns(cards)).to.equal(1);

      wrapper.style.width = `${64 * fontSize}px`;
      await waitUntil(() => columns(cards) === 2, 'wider: two columns of cards');
      expect(columns(pair)).to.equal(2);

      wrapper.style.width = `${96 * fontSize}px`;
      await waitUntil(() => columns(cards) === 3, 'widest: three columns of cards');
    });

    it('fades a revealed fact in, and only when the person has not asked for less motion', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      await click(el, toggle(el, 'bed-rest'));
      expect(getComputedStyle(fact(el, 'bed-rest')).animationName).to.equal('fade-in');
      // Firefox cannot emulate prefers-reduced-motion here, so the style sheets are read instead.
      const animated: string[] = [];
      const walk = (rules: CSSRuleList, media: string) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) walk(rule.cssRules, `${media} ${rule.conditionText}`);
          else if (rule instanceof CSSStyleRule && /^(?!none)\S/.test(rule.style.animationName)) animated.push(media);
        }
      };
      for (const sheet of root(el).adoptedStyleSheets) walk(sheet.cssRules, '');
      expect(animated).to.have.length.greaterThan(0);
      for (const media of animated) expect(media).to.contain('prefers-reduced-motion: no-preference');
    });

    it('does not animate when less motion is asked for (where the browser can emulate it)', async function () {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        this.skip();
      }
      try {
        await click(el, toggle(el, 'bed-rest'));
        expect(getComputedStyle(fact(el, 'bed-rest')).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('prints every fact, whatever was revealed, without the buttons', async () => {
      const el = await fixture<BackPainMyths>(html`<back-pain-myths></back-pain-myths>`);
      await click(el, toggle(el, 'bed-rest'));
      const screenSheets = [...root(el).adoptedStyleSheets];
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        // Firefox cannot emulate print here: apply the widget's own print rules to the screen.
        const printRules = screenSheets
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
          .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
        const printed = new CSSStyleSheet();
        printed.replaceSync(printRules.join('\n'));
        root(el).adoptedStyleSheets = [...screenSheets, printed];
      }
      try {
        for (const id of MYTH_IDS) expect(getComputedStyle(fact(el, id)).display, id).not.to.equal('none');
        for (const button of root(el).querySelectorAll('button')) expect(getComputedStyle(button).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.label')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        root(el).adoptedStyleSheets = screenSheets;
        await emulateMedia({ media: 'screen' }).catch(() => undefined);
      }
      expect(getComputedStyle(fact(el, 'dont-move')).display).to.equal('none');
    });
  });
});
