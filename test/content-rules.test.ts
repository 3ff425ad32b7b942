/**
 * Clinical wording rules that hold for every text of every widget, in every language:
 * no words that harm (wear and tear, "imagined" pain) or unexplained jargon; an NSAID
 * (ibuprofen, naproxen) never named without the full cautions of the facts file; the costs of a
 * physiotherapist said wherever a reader is sent to one, per country.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as nl from '../src/content/nl.js';
import * as en from '../src/content/en.js';
import { getContent, loadLocale, type Content } from '../src/content/index.js';
import { BUILT_IN_LOCALES } from '../src/content/registry.js';
import { TREATMENTS } from '../src/content/structure.js';
import '../src/faq/define.js';
import '../src/lifting-tips/define.js';
import '../src/myths/define.js';
import '../src/recovery-timeline/define.js';
import '../src/redflags/define.js';
import '../src/risk-factors/define.js';
import '../src/selfcare/define.js';
import '../src/treatments/define.js';
import '../src/walking-program/define.js';
import { shadowText } from './helpers.js';
import { WRITING_RULES } from '../src/content/writing-rules.js';

const locales = { nl, en } as Record<'nl' | 'en', Content>;
await Promise.all(BUILT_IN_LOCALES.map((locale) => loadLocale(locale)));
const allLocales = Object.fromEntries(BUILT_IN_LOCALES.map((locale) => [locale, getContent(locale)!])) as Record<string, Content>;
type Language = 'nl' | 'en' | 'fr';
const languageOf = (locale: string) => locale.split('-')[0] as Language;
const inBelgium = (locale: string) => getContent(locale)!.meta.country === 'BE';

/** Every string of the content, with its path (list items end in their index). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...n: number[]) => string)(3, 17))]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
  }
  return [];
}

const NSAID = /ibuprof[eè]n|naprox[eè]n/i;

/**
 * The NSAID cautions in full (facts file): pregnancy, stomach ulcer, kidney or heart disease, high
 * blood pressure, asthma, blood thinners or aspirin, water pills, ACE inhibitors, prednisone,
 * SSRIs, over 70, no longer than a few days without advice, and whom to ask.
 */
const CAUTION: Record<Language, RegExp[]> = {
  nl: [/zwanger/i, /maagzweer/i, /nier/i, /hart/i, /bloeddruk/i, /astma/i, /bloedverdunner/i, /aspirine/i, /plas(tabletten|pillen)/i, /ACE-remmer/, /prednison|cortisone/i, /SSRI/, /\b70\b/, /paar dagen/i, /huisarts|apotheker|arts/i],
  en: [/pregnan/i, /stomach ulcer/i, /kidney/i, /heart/i, /blood pressure/i, /asthma/i, /blood thinner/i, /aspirin/i, /water tablets/i, /ACE inhibitor/, /prednisolone/i, /SSRI/, /\b70\b/, /few days/i, /doctor|GP|pharmacist/i],
  fr: [/enceinte|grossesse/i, /ulcère/i, /reins/i, /cœur/i, /tension/i, /asthme/i, /fluidifie le sang/i, /aspirine/i, /diurétique/i, /IEC/, /cortisone/i, /ISRS/, /\b70\b/, /quelques jours/i, /médecin|pharmacien/i],
};

function missingCaution(locale: string, text: string): string[] {
  const markers = [...CAUTION[languageOf(locale)], ...(inBelgium(locale) ? [/Asaflow/] : [])];
  return markers.filter((marker) => !marker.test(text)).map(String);
}

/** A physiotherapist, by the country's word. */
const PHYSIO = /fysiother|physiother|kinesither|kinésithér|\bkiné/i;
/** What a reader must be told about the costs where a text sends them to a physiotherapist (facts file). */
const COSTS: Record<'NL' | 'BE', Record<Language, RegExp>> = {
  NL: { nl: /alleen [^.]*aanvullende verzekering/, en: /only [^.]*supplementary insurance/, fr: /assurance complémentaire/ },
  BE: { nl: /ziekenfonds [^.]*alleen[^.]*voorschrift|alleen met een voorschrift[^.]*ziekenfonds/i, en: /insurance fund[^.]*only[^.]*prescription|only with a doctor's prescription/, fr: /mutualité[^.]*qu’avec une prescription|mutualité[^.]*seulement avec une prescription/ },
};
/** Texts that name a physiotherapist without sending the reader to one: questions, labels, headings, sources. */
const NOT_SENDING = /(\.question|\.summary|\.name|\.title|findPhysio|summaryHeading|lastingIntro)$|^sources\.|^treatments\.groups\./;

/**
 * The unit a text belongs to: the item it is part of (an FAQ question, a self-care step, a
 * timeline phase, a treatment). `faq.items.pregnancy.answer.2` belongs to `faq.items.pregnancy`.
 */
function unitOf(path: string): string {
  const parts = path.split('.');
  while (/^\d+$/.test(parts.at(-1)!)) parts.pop();
  parts.pop();
  return parts.join('.');
}

describe('content rules', () => {
  for (const [locale, content] of Object.entries(allLocales)) {
    describe(locale, () => {
      it('uses no word that harms or confuses in any text', () => {
        const found = strings(content).flatMap(([path, text]) =>
          WRITING_RULES[locale as keyof typeof WRITING_RULES].harmful.filter((word) => word.test(text)).map((word) => `${path}: ${String(word)}`),
        );
        expect(found).to.deep.equal([]);
      });

      it('says who must ask first wherever ibuprofen or naproxen is named, in the same item', () => {
        const all = strings(content);
        const naming = all.filter(([, text]) => NSAID.test(text));
        expect(naming.length, 'the self-care painkiller step names them').to.be.greaterThan(0);
        for (const [path] of naming) {
          const unit = unitOf(path);
          const unitText = all.filter(([other]) => other.startsWith(`${unit}.`)).map(([, text]) => text).join(' ');
          expect(missingCaution(locale, unitText), unit).to.deep.equal([]);
        }
      });

      it(`names the painkillers of ${content.meta.country === 'BE' ? 'Belgium: an NSAID first, from the pharmacy' : 'the Netherlands: paracetamol first, from the chemist or pharmacy'}, without comparing countries`, () => {
        const text = content.selfCare.steps.painkillers.text;
        const belgian = inBelgium(locale);
        expect(text).to.match(/ibuprof/i).and.to.match(/naprox/i).and.to.match(/paracetamol|paracétamol/i);
        expect(text).to.match(belgian ? /eerste keus|first choice|premier choix/ : /Begin met paracetamol|Start with paracetamol/);
        expect(text).to.match(belgian ? /apotheker|pharmacy|pharmacie/ : /drogist/);
        expect(text).not.to.match(belgian ? /drogist|Nederland|Netherlands|Pays-Bas/ : /België|Belgium|Belgique/);
      });

      it('puts muscle relaxants under "advised against"', () => {
        expect(TREATMENTS['advised-against']).to.include('muscle-relaxants');
        expect(TREATMENTS['may-help']).not.to.include('muscle-relaxants');
      });

      it(`says what a physiotherapist costs wherever a text sends the reader to one (${content.meta.country})`, () => {
        const all = strings(content);
        const costs = COSTS[content.meta.country][languageOf(locale)];
        const sending = all.filter(([path, text]) => PHYSIO.test(text) && !NOT_SENDING.test(path));
        expect(sending.length).to.be.greaterThan(5);
        const missing = [...new Set(sending.map(([path]) => unitOf(path)))].filter(
          (unit) => !all.some(([path, text]) => path.startsWith(`${unit}.`) && costs.test(text)),
        );
        expect(missing).to.deep.equal([]);
        for (const step of ['gp-or-physio', 'gp-or-physio-if-not-better'] as const) expect(content.check.nextStep[step], step).to.match(costs);
      });

      it('says the costs rule without a hedge ("meestal", "usually", "en général")', () => {
        const hedged = strings(content).filter(([, text]) =>
          text.split(/(?<=[.?!])\s+/).some((sentence) => /voorschrift|prescription|aanvullende verzekering|supplementary insurance/.test(sentence) && /meestal|usually|en général|souvent/i.test(sentence)),
        );
        expect(hedged.map(([path]) => path)).to.deep.equal([]);
      });
    });
  }
});

/** Each widget with the attributes that show all its texts at once. */
const WIDGETS: [tag: string, attributes: Record<string, string>][] = [
  ['back-pain-redflags', {}],
  ['lifting-tips', {}],
  ['recovery-timeline', {}],
  ['back-pain-faq', { open: '' }],
  ['back-pain-selfcare', {}],
  ['back-pain-risk-factors', {}],
  ['walking-program', {}],
  ['back-pain-myths', { reveal: '' }],
  ['back-pain-treatments', {}],
];

async function render(tag: string, attributes: Record<string, string>, locale: 'nl' | 'en') {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  el.lang = locale;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  const sourcesHeading = locales[locale].common.sourcesHeading;
  await waitUntil(() => shadowText(el).includes(sourcesHeading), `${tag} in ${locale}`);
  // Risk factors show their tips only when ticked: tick every box.
  for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
  await el.updateComplete;
  return el;
}

/** Text nodes of a shadow root that name an NSAID. */
function nsaidNodes(root: ShadowRoot): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (NSAID.test(node.textContent ?? '')) found.push(node as Text);
  }
  return found;
}

describe('rendered widgets', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`show the NSAID caution in the same item wherever ibuprofen or naproxen appears (${locale})`, async () => {
      let mentions = 0;
      for (const [tag, attributes] of WIDGETS) {
        const el = await render(tag, attributes, locale);
        for (const node of nsaidNodes(el.shadowRoot!)) {
          mentions += 1;
          const item = node.parentElement!.closest('li, details, article');
          expect(item, `${tag}: the mention sits in an item`).to.exist;
          expect(missingCaution(locale, item!.textContent!), `${tag}: ${node.textContent!.slice(0, 60)}`).to.deep.equal([]);
        }
      }
      expect(mentions, 'self-care and the FAQ name them').to.be.at.least(2);
    });
  }
});
