import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as nl from '../src/content/nl.js';
import * as en from '../src/content/en.js';
import { getContent, isIsoDate, registerContent, type Content } from '../src/content/index.js';
import {
  CAUSE_GROUPS,
  EMERGENCY_SIGNS,
  QUESTION_GROUPS,
  RED_FLAG_IDS,
  RED_FLAG_RULES,
  SECTION_SOURCES,
  URGENCIES,
} from '../src/content/structure.js';
import { validateAgainst } from '../src/content/validate.js';
import '../src/redflags/define.js';
import { captureWarnings } from './helpers.js';

const locales: Record<string, Content> = { nl, en, fr: getContent('fr')!, 'nl-BE': getContent('nl-BE')!, 'en-BE': getContent('en-BE')! };
/**
 * The Dutch texts with the Belgian sources, which Dutch keeps in its Belgian overlay (off Dutch
 * pages): what every other language must match, id for id.
 */
const reference = getContent('nl-BE')!;

/** Every string in the content, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[`${path}()`, String((value as (...n: number[]) => string)(1, 2))]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * Every object's sorted keys, with its path: the ids of each record. A source's `about` is left
 * out: it is there only in the languages its title is not written in.
 */
function keyShape(value: unknown, path = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const keys = Object.keys(value).filter((key) => !(key === 'about' && path.startsWith('.sources.')));
  return [
    `${path}: ${keys.sort().join(',')}`,
    ...Object.entries(value).flatMap(([key, child]) => keyShape(child, `${path}.${key}`)),
  ];
}

describe('content', () => {
  for (const [locale, content] of Object.entries(locales)) {
    describe(locale, () => {
      it('is complete: every path of the schema, no empty strings or lists', () => {
        expect(validateAgainst(locale === 'nl' ? nl : reference, content, { complete: true })).to.deep.equal([]);
        for (const [path, text] of strings(content)) expect(text.trim(), path).not.to.equal('');
      });

      it('has valid review dates, the next one later', () => {
        expect(isIsoDate(content.meta.reviewed)).to.equal(true);
        expect(isIsoDate(content.meta.nextReview)).to.equal(true);
        expect(content.meta.nextReview > content.meta.reviewed).to.equal(true);
      });

      it('has every source that a widget names, with the language of its title', () => {
        for (const ids of Object.values(SECTION_SOURCES)) {
          for (const id of ids) {
            expect(content.sources[id]?.title, id).to.be.a('string').and.not.equal('');
            expect(['nl', 'en', 'fr'], id).to.include(content.sources[id]!.titleLang);
          }
        }
      });

      it('shows no clinic details: no phone numbers but 112, no e-mail or web addresses', () => {
        const { meta: _dates, ...texts } = content;
        for (const [path, text] of strings(texts)) {
          expect(text, path).not.to.match(/@|https?:|www\./);
          const numbers = text.match(/\d[\d\s-]{5,}\d/g) ?? [];
          expect(numbers, path).to.deep.equal([]);
        }
      });

      it('fills numbers into the texts that depend on them', () => {
        expect(content.redFlags.progress(3, 17)).to.contain('3').and.to.contain('17');
        expect(content.timeline.dayCount(5)).to.contain('5');
        expect(content.faq.matches(4)).to.contain('4');
        expect(content.walking.walksPerDay(3, 12)).to.contain('12');
        expect(content.walking.outOfRange(2, 60)).to.contain('60');
      });
    });
  }

  it('has the same version and review dates in every language: they date the medical facts, not a translation', () => {
    expect(en.meta).to.deep.equal(nl.meta);
  });

  it('has a content version (year.month) that CHANGELOG.md lists', async () => {
    expect(nl.meta.version).to.match(/^\d{4}\.\d{2}$/);
    const changelog = await (await fetch('/CHANGELOG.md')).text();
    expect(changelog).to.contain(`## Content ${nl.meta.version}`);
  });

  it('has exactly the same ids in Dutch (with its Belgian sources), English and French', () => {
    expect(keyShape(en)).to.deep.equal(keyShape(reference));
    expect(keyShape(getContent('fr'))).to.deep.equal(keyShape(reference));
    const { sources, ...dutch } = nl;
    const { sources: withBelgian, ...belgian } = reference;
    expect(keyShape(dutch)).to.deep.equal(keyShape(belgian));
    expect(Object.keys(withBelgian).filter((id) => !(id in sources))).to.deep.equal(['domus-medica', 'kce-287']);
  });

  it('gives every red flag a valid urgency and cause groups, and asks each once', () => {
    for (const id of RED_FLAG_IDS) {
      const rule = RED_FLAG_RULES[id];
      // `null`: a question that only opens others or joins a combination (pregnant, over 40).
      if (rule.urgency !== null) expect(URGENCIES, id).to.include(rule.urgency);
      else expect(Object.values(QUESTION_GROUPS).flat(), id).to.include(id);
      for (const cause of rule.causes) expect(CAUSE_GROUPS, id).to.include(cause);
    }
    const asked = Object.values(QUESTION_GROUPS).flat();
    expect([...asked].sort()).to.deep.equal([...RED_FLAG_IDS].sort());
  });

  it('lists exactly the emergency signs of the rules, in their order, in every language: widgets read the list from the texts', () => {
    for (const [locale, content] of Object.entries(locales)) {
      expect(Object.keys(content.common.emergencySigns), locale).to.deep.equal([...EMERGENCY_SIGNS]);
    }
  });
});

describe('registerContent', () => {
  it('overrides one text and keeps the rest', () => {
    try {
      const result = registerContent('nl', { redFlags: { startAgain: 'Wis alle antwoorden' } });
      expect(result).to.deep.equal({ ok: true, errors: [] });
      expect(getContent('nl')!.redFlags.startAgain).to.equal('Wis alle antwoorden');
      expect(getContent('nl')!.redFlags.title).to.equal(nl.redFlags.title);
    } finally {
      registerContent('nl', { redFlags: { startAgain: nl.redFlags.startAgain } });
    }
  });

  it('reports exactly which path is wrong and keeps the built-in content', () => {
    const warnings = captureWarnings();
    try {
      const result = registerContent('nl', {
        redFlags: { flags: { fever: { question: '' } }, routes: { 'gp-today': { actions: [] } } },
        timeline: { dayCount: 'day' as never },
        lifting: { topics: { lifting: { tips: ['Bend your knees', 42 as never] } } },
        unknownSection: {},
      } as never);
      expect(result.ok).to.equal(false);
      expect([...result.errors].sort()).to.deep.equal([
        'lifting.topics.lifting.tips[1]: expected a non-empty string',
        'redFlags.flags.fever.question: expected a non-empty string',
        'redFlags.routes.gp-today.actions: expected a non-empty list',
        'timeline.dayCount: expected a function that returns text',
        'unknownSection: unknown key',
      ]);
      expect(warnings.messages).to.have.length(1);
      expect(getContent('nl')!.redFlags.flags.fever.question).to.equal(nl.redFlags.flags.fever.question);
    } finally {
      warnings.restore();
    }
  });

  it('refuses an incomplete new language, naming what is missing', () => {
    const warnings = captureWarnings();
    try {
      const { redFlags: _left, ...withoutRedFlags } = nl;
      const result = registerContent('de', withoutRedFlags);
      expect(result.ok).to.equal(false);
      expect(result.errors).to.deep.equal(['redFlags: missing']);
      expect(getContent('de')).to.equal(undefined);
      expect(registerContent('not a code!', nl).errors[0]).to.match(/^locale:/);
    } finally {
      warnings.restore();
    }
  });

  it('adds a complete language that widgets then speak', async () => {
    const frisian = { ...nl, redFlags: { ...nl.redFlags, title: 'Moat ik nei de húsdokter?' } };
    expect(registerContent('fy', frisian).ok).to.equal(true);
    const el = await fixture(html`<back-pain-redflags lang="fy"></back-pain-redflags>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Moat ik nei de húsdokter?'));
  });

  it('re-renders widgets on the page when an override arrives', async () => {
    const el = await fixture(html`<back-pain-redflags></back-pain-redflags>`);
    registerContent('nl', { redFlags: { intro: 'Een eigen inleiding van deze praktijk.' } });
    try {
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Een eigen inleiding van deze praktijk.'));
    } finally {
      registerContent('nl', { redFlags: { intro: nl.redFlags.intro } });
    }
  });
});
