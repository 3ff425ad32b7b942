/**
 * Clinical wording rules that hold for every text of every widget, in both languages:
 * no words that harm (wear and tear, "imagined" pain) or unexplained jargon, and an NSAID
 * (ibuprofen, naproxen) never named without saying who must ask a doctor or pharmacist first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as nl from '../src/content/nl.js';
import * as en from '../src/content/en.js';
import type { Content } from '../src/content/index.js';
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

const locales = { nl, en } as Record<'nl' | 'en', Content>;

/** Every string of the content, with its path (list items end in their index). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...n: number[]) => string)(3, 17))]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Words that harm or confuse (back-pain-facts.md, "Wording that heals, not harms"). */
const HARMFUL = {
  nl: [/slijtage/i, /versleten/i, /degenerati/i, /aanstel/i, /inbeeld/i, /semi-?fowler/i, /bechterew/i, /radiofrequent/i, /wervelgewricht/i],
  en: [/\bwear\b/i, /\bworn\b/i, /wear[- ]and[- ]tear/i, /degenerat/i, /imagin/i, /exaggerat/i, /in your head/i, /semi-?fowler/i, /ankylosing/i, /interferential/i, /manipulation/i, /prednisolone/i],
};

const NSAID = /ibuprofen|naproxen/i;

/** Who must ask first before an NSAID: pregnancy, stomach ulcer, kidney or heart disease, blood thinners, over 70. */
const CAUTION = {
  nl: [/zwanger/i, /maagzweer/i, /nier/i, /hart/i, /bloedverdunner/i, /\b70\b/, /huisarts|apotheker|arts/i],
  en: [/pregnan/i, /stomach ulcer/i, /kidney/i, /heart/i, /blood thinner/i, /\b70\b/, /doctor|GP|pharmacist/i],
};

function missingCaution(locale: 'nl' | 'en', text: string): string[] {
  return CAUTION[locale].filter((marker) => !marker.test(text)).map(String);
}

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
  for (const [locale, content] of Object.entries(locales) as ['nl' | 'en', Content][]) {
    describe(locale, () => {
      it('uses no word that harms or confuses in any text', () => {
        const found = strings(content).flatMap(([path, text]) =>
          HARMFUL[locale].filter((word) => word.test(text)).map((word) => `${path}: ${String(word)}`),
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
