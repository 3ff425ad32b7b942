import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/redflags/define.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import { meta, redFlags as nl } from '../src/content/nl.js';
import { redFlags as en } from '../src/content/en.js';
import { RED_FLAG_IDS, RED_FLAG_RULES, type RedFlagId, type Urgency } from '../src/content/structure.js';
import { captureWarnings, shadowText, fixtureWithWarnings } from './helpers.js';

function radio(el: BackPainRedflags, id: RedFlagId, value: 'yes' | 'no'): HTMLInputElement {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`);
  if (!input) throw new Error(`no ${value} radio for ${id}`);
  return input;
}

async function answer(el: BackPainRedflags, answers: Partial<Record<RedFlagId, 'yes' | 'no'>>) {
  for (const [id, value] of Object.entries(answers)) {
    radio(el, id as RedFlagId, value).click();
    await el.updateComplete;
  }
}

const allNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, 'no'])) as Record<RedFlagId, 'yes' | 'no'>;

/** Answers that lead to each outcome. */
const answersFor: Record<Urgency, Partial<Record<RedFlagId, 'yes' | 'no'>>> = {
  emergency: { 'saddle-numbness': 'yes' },
  urgent: { ...allNo, fever: 'yes' },
  soon: { ...allNo, 'radiating-below-knee': 'yes' },
  'self-care': allNo,
};

const card = (el: BackPainRedflags) => el.shadowRoot!.querySelector<HTMLElement>('#outcome');
const heading = (el: BackPainRedflags) => el.shadowRoot!.querySelector('[role="heading"]')!;

describe('<back-pain-redflags>', () => {
  it('is accessible as an empty form', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    await expect(el).to.be.accessible();
    expect(heading(el).textContent?.trim()).to.equal(nl.title);
    const legends = [...el.shadowRoot!.querySelectorAll('fieldset > legend')].map((legend) => legend.textContent);
    expect(legends).to.deep.equal(Object.values(nl.groups));
    expect(legends).to.have.length(6);
    expect(el.shadowRoot!.querySelectorAll('[role="radiogroup"]')).to.have.length(RED_FLAG_IDS.length);
    expect(card(el)).to.equal(null);
    expect(shadowText(el)).to.contain(nl.incomplete);
  });

  for (const urgency of ['emergency', 'urgent', 'soon', 'self-care'] as const) {
    it(`shows an accessible ${urgency} card with what to do and the answers that led to it`, async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      await answer(el, answersFor[urgency]);
      const outcome = card(el)!;
      expect(outcome, 'outcome card').to.exist;
      expect(outcome.classList.contains(urgency)).to.equal(true);
      const text = outcome.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain(nl.outcomes[urgency].label);
      expect(text).to.contain(nl.outcomes[urgency].title);
      expect(text).to.contain(nl.worried);
      expect(outcome.querySelector('.badge svg[aria-hidden="true"]'), 'icon beside the words').to.exist;
      const yes = Object.entries(answersFor[urgency]).filter(([, value]) => value === 'yes');
      for (const [id] of yes) expect(text).to.contain(nl.flags[id as RedFlagId].summary);
      if (urgency === 'self-care') expect(text).to.contain(nl.noSigns);
      const call = outcome.querySelector('a[href="tel:112"]');
      expect(Boolean(call), '112 link only for emergencies').to.equal(urgency === 'emergency');
      await expect(el).to.be.accessible();
    });
  }

  it('shows the emergency card at once, with questions still open', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    await answer(el, { 'bladder-bowel': 'yes' });
    expect(card(el)?.classList.contains('emergency')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(card(el));
  });

  it('can be completed with the keyboard alone, and moves focus to the outcome', async () => {
    const el = await fixture<BackPainRedflags>(html`<div>
      <button>before</button><back-pain-redflags></back-pain-redflags>
    </div>`);
    const widget = el.querySelector('back-pain-redflags')!;
    await widget.updateComplete;
    el.querySelector('button')!.focus();
    for (let question = 0; question < RED_FLAG_IDS.length; question += 1) {
      await sendKeys({ press: 'Tab' });
      const focused = widget.shadowRoot!.activeElement as HTMLInputElement;
      expect(focused?.name, `question ${question + 1} has focus`).to.equal(RED_FLAG_IDS[question]);
      // The first radio of a group takes focus; the arrow key moves to "no" and selects it.
      await sendKeys({ press: 'ArrowDown' });
      await widget.updateComplete;
    }
    await waitUntil(() => card(widget), 'an outcome card');
    expect(card(widget)!.classList.contains('self-care')).to.equal(true);
    expect(widget.shadowRoot!.activeElement).to.equal(card(widget));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await widget.updateComplete;
    expect(card(widget), 'start again, by keyboard').to.equal(null);
  });

  it('names the last few open questions, each a button that goes to it', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    const list = () => el.shadowRoot!.querySelector('.unanswered');
    const { fever: _fever, 'night-pain': _night, 'age-onset': _age, 'weight-loss': _weight, ...mostNo } = allNo;
    await answer(el, mostNo);
    expect(list() === null, 'four open: not listed yet').to.equal(true);
    await answer(el, { 'weight-loss': 'no' });
    const buttons = [...list()!.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).to.deep.equal([
      nl.flags.fever.question,
      nl.flags['age-onset'].question,
      nl.flags['night-pain'].question,
    ]);
    buttons[1]!.click();
    expect(el.shadowRoot!.activeElement === radio(el, 'age-onset', 'yes'), 'focus on the question').to.equal(true);
    await expect(el).to.be.accessible();
    await answer(el, { fever: 'no', 'age-onset': 'no', 'night-pain': 'no' });
    expect(list() === null, 'gone with the outcome').to.equal(true);
  });

  it('fires redflags-result with the urgency, flag ids, content version and language, once per outcome', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    const received: unknown[] = [];
    const listener = (event: CustomEvent) => received.push(event.detail);
    document.addEventListener('redflags-result', listener);
    try {
      expect(meta.version).to.equal('2026.12');
      const first = oneEvent(el, 'redflags-result');
      await answer(el, { ...allNo, 'weight-loss': 'yes', 'night-pain': 'yes' });
      const event = await first;
      expect(event.detail).to.deep.equal({
        urgency: 'urgent',
        flags: ['weight-loss', 'night-pain'],
        contentVersion: '2026.12',
        lang: 'nl',
      });
      expect(event.bubbles && event.composed).to.equal(true);
      await answer(el, { 'night-pain': 'no' });
      expect(received.at(-1)).to.deep.equal({ urgency: 'soon', flags: ['weight-loss'], contentVersion: '2026.12', lang: 'nl' });
      el.lang = 'en';
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(received, 'no event without a new outcome').to.have.length(2);
      await answer(el, { 'weight-loss': 'no' });
      expect(received.at(-1)).to.deep.equal({ urgency: 'self-care', flags: [], contentVersion: '2026.12', lang: 'en' });
    } finally {
      document.removeEventListener('redflags-result', listener);
    }
  });

  it('announces a changed outcome without moving focus', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    await answer(el, allNo);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    radio(el, 'fever', 'yes').focus();
    await answer(el, { fever: 'yes' });
    expect(status.textContent).to.contain(nl.outcomes.urgent.title);
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'fever', 'yes'));
  });

  it('clears every answer with start again and fires redflags-reset', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    await answer(el, { ...allNo, fever: 'yes' });
    const restart = el.shadowRoot!.querySelector<HTMLButtonElement>('.restart')!;
    expect(restart.textContent!.trim()).to.equal(nl.startAgain);
    const reset = oneEvent(el, 'redflags-reset');
    restart.click();
    const event = await reset;
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('input:checked')).to.have.length(0);
    expect(card(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('.restart')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, RED_FLAG_IDS[0], 'yes'));
  });

  describe('the signs of content 2026.12, as a person answers them', () => {
    const scenarios: [string, RedFlagId[], Urgency][] = [
      ['new trouble passing urine or stool', ['bladder-bowel'], 'emergency'],
      ['numbness around the genitals', ['saddle-numbness'], 'emergency'],
      ['both legs numb', ['both-legs'], 'emergency'],
      ['a leg getting weaker and weaker', ['leg-weakness-worsening'], 'emergency'],
      ['new weakness in one leg, not getting worse', ['leg-weakness-new'], 'urgent'],
      ['stable tingling in one leg', ['leg-numbness'], 'soon'],
      ['an injection in the back last week', ['back-procedure'], 'urgent'],
      ['sudden very severe pain at 41', ['sudden-severe-pain'], 'emergency'],
      ['a fall at 71', ['minor-trauma-fragile'], 'urgent'],
      ['pain for 8 weeks, not yet discussed', ['longer-than-6-weeks'], 'soon'],
      ['pain for 8 weeks, discussed already (all no)', [], 'self-care'],
      ['long use of steroid tablets and osteoporosis', ['steroid-pills', 'osteoporosis'], 'soon'],
      ['a weak immune system and injecting drugs', ['low-immunity', 'injecting-drugs'], 'urgent'],
    ];
    for (const [scenario, yes, urgency] of scenarios) {
      it(`shows ${urgency} for ${scenario}`, async () => {
        const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
        await answer(el, { ...allNo, ...Object.fromEntries(yes.map((id) => [id, 'yes'])) });
        expect(card(el)!.classList.contains(urgency), `${urgency} card`).to.equal(true);
        const listed = [...card(el)!.querySelectorAll('ul:not(.actions) li')].map((item) => item.textContent);
        expect(listed).to.deep.equal(yes.map((id) => nl.flags[id].summary));
      });
    }

    it('tells someone with cancer to call their cancer care team today, under a soon outcome', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      await answer(el, { ...allNo, 'cancer-history': 'yes' });
      expect(card(el)!.classList.contains('soon')).to.equal(true);
      const advice = card(el)!.querySelectorAll('.advice');
      expect([...advice].map((item) => item.textContent)).to.deep.equal([nl.flags['cancer-history'].advice]);
      expect(nl.flags['cancer-history'].advice).to.contain('vandaag');
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(card(el)!.querySelector('.advice')!.textContent).to.equal(en.flags['cancer-history'].advice);
      expect(en.flags['cancer-history'].advice).to.contain('today');
    });

    it('keeps the cancer care advice when another sign leads to the outcome, and drops it on no', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      await answer(el, { ...allNo, 'cancer-history': 'yes', fever: 'yes' });
      expect(card(el)!.classList.contains('urgent')).to.equal(true);
      expect(card(el)!.querySelector('.advice')!.textContent).to.equal(nl.flags['cancer-history'].advice);
      await answer(el, { 'cancer-history': 'no' });
      expect(card(el)!.querySelector('.advice')).to.equal(null);
    });
  });

  it('names in each explanation the time frame of its outcome, the same in Dutch and English', () => {
    const timeFrames = {
      emergency: [/\bmeteen\b/, /\bstraight away\b/],
      urgent: [/\bvandaag\b/, /\btoday\b/],
      soon: [/\bbinnen een paar dagen\b/, /\bwithin a few days\b/],
    } as const;
    for (const id of RED_FLAG_IDS) {
      const level = RED_FLAG_RULES[id].urgency;
      for (const [urgency, [dutch, english]] of Object.entries(timeFrames)) {
        const expected = urgency === level;
        expect(dutch.test(nl.flags[id].explanation), `${id} (${level}) in Dutch: ${urgency}`).to.equal(expected);
        expect(english.test(en.flags[id].explanation), `${id} (${level}) in English: ${urgency}`).to.equal(expected);
      }
    }
  });

  describe('language', () => {
    it('speaks English with lang="en", and switches back', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags lang="en"></back-pain-redflags>`);
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title, 'English title');
      expect(shadowText(el)).to.contain(en.flags.fever.question);
      el.lang = 'nl';
      await el.updateComplete;
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
    });

    it('follows the closest [lang] ancestor and <html lang>', async () => {
      const el = await fixture<HTMLElement>(html`<div lang="en"><back-pain-redflags></back-pain-redflags></div>`);
      const widget = el.querySelector('back-pain-redflags')!;
      await waitUntil(() => heading(widget)?.textContent?.trim() === en.title, 'English from the ancestor');

      const alone = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      const before = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en';
        await waitUntil(() => heading(alone)?.textContent?.trim() === en.title, 'English from <html lang>');
        document.documentElement.lang = 'nl';
        await waitUntil(() => heading(alone)?.textContent?.trim() === nl.title, 'Dutch again');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('keeps answers when the language changes', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      await answer(el, { ...allNo, fever: 'yes' });
      el.lang = 'en';
      await waitUntil(() => heading(el)?.textContent?.trim() === en.title);
      expect(card(el)!.textContent).to.contain(en.outcomes.urgent.title);
      expect(radio(el, 'fever', 'yes').checked).to.equal(true);
    });

    it('falls back to Dutch with one warning for an unsupported language', async () => {
      const { el, warnings } = await fixtureWithWarnings<BackPainRedflags>(html`<back-pain-redflags lang="fr"></back-pain-redflags>`);
      expect(heading(el).textContent?.trim()).to.equal(nl.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="fr"').and.to.contain('nl, en');
    });
  });

  describe('contact attributes', () => {
    it('shows the page’s own name, phone (tel: link) and web address on the outcome', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags
        contact-name="Huisartsenpraktijk De Linde"
        contact-phone="+31 (0)20 123 45 67"
        contact-url="https://example.org/contact"
      ></back-pain-redflags>`);
      await answer(el, allNo);
      const contact = el.shadowRoot!.querySelector<HTMLElement>('.contact')!;
      expect(contact.hidden).to.equal(false);
      expect(contact.textContent).to.contain('Huisartsenpraktijk De Linde');
      expect(contact.querySelector('a[href="tel:+310201234567"]')).to.exist;
      expect(contact.querySelector('a[href="https://example.org/contact"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows no contact block when the page gives none', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
      await answer(el, allNo);
      expect(el.shadowRoot!.querySelector<HTMLElement>('.contact')!.hidden).to.equal(true);
    });

    it('shows slotted contact markup', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags>
        <p slot="contact">Bel de <strong>praktijklijn</strong></p>
      </back-pain-redflags>`);
      await answer(el, allNo);
      const contact = el.shadowRoot!.querySelector<HTMLElement>('.contact')!;
      expect(contact.hidden).to.equal(false);
      const slot = contact.querySelector('slot')!;
      expect(slot.assignedElements()[0]?.textContent).to.contain('praktijklijn');
    });

    const bad = [
      ['contact-phone', 'call us!'],
      ['contact-phone', '12'],
      ['contact-url', 'javascript:alert(1)'],
      ['contact-url', '<img src=x onerror=alert(1)>'],
      ['contact-url', 'ftp://example.org'],
      ['heading-level', '9'],
      ['heading-level', 'two'],
    ] as const;
    for (const [attribute, value] of bad) {
      it(`ignores ${attribute}="${value}" with one warning that names the attribute`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
          el.setAttribute(attribute, value);
          await el.updateComplete;
          await answer(el, allNo);
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.contain(attribute).and.to.contain('Accepted');
          expect(card(el)).to.exist;
          const links = [...card(el)!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          expect(links.some((href) => href?.includes('alert') || href?.startsWith('ftp'))).to.equal(false);
          expect(el.shadowRoot!.querySelector('img')).to.equal(null);
          if (attribute === 'heading-level') expect(heading(el).getAttribute('aria-level')).to.equal('2');
        } finally {
          warnings.restore();
        }
      });
    }

    it('uses heading-level for its heading and the outcome heading one below', async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags heading-level="3"></back-pain-redflags>`);
      expect(heading(el).getAttribute('aria-level')).to.equal('3');
      await answer(el, allNo);
      expect(card(el)!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    });
  });

  it('ends with the sources and the review date', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    const footer = el.shadowRoot!.querySelector('footer')!;
    expect(footer.querySelectorAll('li').length).to.be.greaterThan(2);
    expect(footer.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    // English titles in a Dutch footer are marked as English, for screen readers.
    const titles = [...footer.querySelectorAll('cite')];
    expect(titles.find((cite) => cite.textContent === 'Back pain')?.getAttribute('lang')).to.equal('en');
    expect(titles.find((cite) => cite.textContent!.startsWith('NHG'))?.getAttribute('lang')).to.equal('nl');
  });
});
