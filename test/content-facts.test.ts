/**
 * Medical facts that every language must give, and figures that no language may give, checked
 * on the built-in content of every language (content 2027.01; back-pain-facts.md).
 */
import { expect } from '@open-wc/testing';
import { BUILT_IN_LOCALES } from '../src/content/registry.js';
import { getContent, loadLocale, type Content } from '../src/content/index.js';
import { texts } from './helpers.js';

await Promise.all(BUILT_IN_LOCALES.map((locale) => loadLocale(locale)));
const contents = Object.fromEntries(BUILT_IN_LOCALES.map((locale) => [locale, getContent(locale)!])) as Record<string, Content>;

const join = (value: unknown) => texts(value).map(([, text]) => text).join(' ');

/** The words each language uses for the facts below. */
const WORDS = {
  nl: {
    muchBetter: /meeste mensen zijn binnen 6 weken veel beter/,
    oneInThree: /1 van de 3 mensen .*3 maanden|3 maanden .*1 van de 3 mensen/,
    lastsLonger: /langer wat pijn|nog wat pijn/,
    notSerious: /meestal niet ernstig/,
    half: /de helft/,
    notBadSign: /geen slecht teken/,
  },
  en: {
    muchBetter: /most people are much better within 6 weeks/i,
    oneInThree: /1 in 3 people have fully recovered at 3 months/,
    lastsLonger: /lasts? longer|still have some pain/,
    notSerious: /usually not serious/,
    half: /half of people/,
    notBadSign: /not a bad sign/,
  },
  fr: {
    muchBetter: /plupart des personnes vont beaucoup mieux en 6 semaines/,
    oneInThree: /1 personne sur 3 est tout à fait guérie/,
    lastsLonger: /plus longtemps|un peu mal/,
    notSerious: /pas grave/,
    half: /la moitié/,
    notBadSign: /pas un mauvais signe/,
  },
};
const wordsOf = (locale: string) => WORDS[locale.split('-')[0] as keyof typeof WORDS];

/** Figures the second medical review removed: they make the many who still have pain feel the exception. */
const REMOVED = [
  /5 (van de|in|sur|personnes sur) 100[^.]*6 (weken|weeks|semaines)/i,
  /6 (weken|weeks|semaines)[^.]*5 (van de|in|personnes sur) 100/i,
  /binnen 2 weken over|within 2 weeks|gone within 2 weeks|en 2 semaines|tot 2 weken over|to 2 weeks|à 2 semaines/i,
  /3 (van de|in|personnes sur) 4[^.]*(binnen een jaar|within a year|dans l'année)/i,
];

/**
 * What each factor that makes pain last asks, in each language's words: the same question
 * everywhere, so that a tick means the same in every language.
 */
const LASTING: Record<string, Record<string, RegExp[]>> = {
  'fear-of-moving': { nl: [/durf/, /bang/, /pijn/], en: [/do not dare/, /afraid/, /pain/], fr: [/n'ose pas/, /peur/, /mal/] },
  'low-mood': { nl: [/somber/], en: [/low/], fr: [/triste/] },
  worry: { nl: [/zorgen/, /rug/], en: [/worry/, /back/], fr: [/soucis/, /dos/] },
  'passive-coping': { nl: [/wacht/, /rust of medicijnen/], en: [/wait/, /rest or medicines/], fr: [/attends/, /repos ou les médicaments/] },
  'work-stress': { nl: [/zwaar werk/, /spanning/, /plezier/], en: [/heavy work/, /tension/, /pleasure/], fr: [/travail lourd/, /tension/, /plaisir/] },
  'earlier-episodes': { nl: [/eerder/], en: [/before/], fr: [/déjà/] },
  'much-limitation': { nl: [/door de pijn/i, /veel dingen niet meer/], en: [/because of the pain/i, /no longer do many things/], fr: [/cause de la douleur/, /ne peux plus faire beaucoup/] },
  'leg-pain': { nl: [/straalt uit/, /been/], en: [/spreads/, /leg/], fr: [/descend/, /jambe/] },
};

describe('the factors that make pain last mean the same in every language', () => {
  for (const [locale, content] of Object.entries(contents)) {
    it(locale, () => {
      for (const [id, markers] of Object.entries(LASTING)) {
        for (const marker of markers[locale.split('-')[0]!]!) expect(content.riskFactors.lasting[id as keyof typeof content.riskFactors.lasting], id).to.match(marker);
      }
    });
  }
});

describe('risk factors: nobody is to blame, and help early from three lasting factors', () => {
  for (const [locale, content] of Object.entries(contents)) {
    it(locale, () => {
      expect(content.riskFactors.intro).to.match(/Niemand heeft schuld|Nobody is to blame|Personne n’est responsable/);
      expect(content.riskFactors.earlyHelp).to.match(/\b3\b/);
    });
  }
});

describe('the walking programme says when to stop (content 2027.01)', () => {
  const STOP: Record<string, RegExp[]> = {
    nl: [/huisarts/, /waarschuwingssignaal/, /been/, /veel erger/, /borst/],
    en: [/GP/, /warning sign/, /down a leg/, /much worse/, /chest/],
    fr: [/médecin généraliste/, /signe d'alerte/, /jambe/, /beaucoup plus forte/, /poitrine/],
  };
  for (const [locale, content] of Object.entries(contents)) {
    it(locale, () => {
      for (const marker of STOP[locale.split('-')[0]!]!) expect(content.walking.stopRules).to.match(marker);
    });
  }
});

describe('natural course and recurrence (content 2027.01)', () => {
  for (const [locale, content] of Object.entries(contents)) {
    describe(locale, () => {
      const words = wordsOf(locale);

      it('never says that pain after 6 weeks is rare, that it is usually gone within 2 weeks, or that 3 in 4 get it back', () => {
        const found = texts(content).filter(([, text]) => REMOVED.some((pattern) => pattern.test(text)));
        expect(found).to.deep.equal([]);
      });

      it('says in the FAQ, the timeline, self-care and the guided check that most are much better within 6 weeks and that pain lasting longer is common', () => {
        const places: Record<string, string> = {
          'faq.how-long': join(content.faq.items['how-long']),
          'timeline.intro': content.timeline.intro,
          'selfCare.intro': content.selfCare.intro,
          'check.nextStep.self-care': content.check.nextStep['self-care'],
        };
        for (const [place, text] of Object.entries(places)) {
          expect(text, place).to.match(words.muchBetter);
          expect(text, place).to.match(words.notSerious);
        }
        expect(places['faq.how-long'], 'FAQ').to.match(words.oneInThree).and.to.match(words.lastsLonger);
        expect(content.timeline.phases['after-6-weeks'].normal, 'after 6 weeks').to.match(words.oneInThree).and.to.match(words.notSerious);
      });

      it('says that pain comes back in about half of people within a year (33 to 69 in 100), and that it is not a bad sign', () => {
        for (const [place, text] of [
          ['faq.recurrence', join(content.faq.items.recurrence)],
          ['timeline.recurrence', content.timeline.phases.recurrence.normal],
        ]) {
          expect(text, place).to.match(words.half).and.to.match(/33/).and.to.match(/69/).and.to.match(words.notBadSign);
        }
      });
    });
  }
});

describe('lifting: relaxed and varied, close to the body, never the straight-back rule (content 2027.01)', () => {
  /** Telling readers to keep the back straight, or to lift with the legs and not the back (Saraceni 2020; facts file). */
  const MYTH = [
    /(keep|hold) your back (fairly |quite |as )?straight/i,
    /lift (with|from) your legs/i,
    /houd uw rug (daarbij )?(redelijk |zo )?recht/i,
    /(til|tillen) (vanuit|met de kracht van) uw benen/i,
    /gardez (alors )?le dos (à peu près |bien )?droit/i,
    /(soulevez|remontez) avec (la force de )?vos jambes/i,
  ];
  const LIFTING: Record<string, RegExp[]> = {
    nl: [/dicht tegen uw lichaam/, /ontspannen/, /wissel af hoe u tilt/, /ronde rug .*niet gevaarlijk/],
    en: [/close to your body/, /relaxed/, /vary how you lift/, /rounded back .*not dangerous/],
    fr: [/près du corps/, /détendue/, /variez votre manière de soulever/, /dos arrondi .*pas dangereux/],
  };
  for (const [locale, content] of Object.entries(contents)) {
    it(locale, () => {
      // The myths section names the myth on purpose, to answer it.
      const found = texts(content).filter(([path, text]) => !path.startsWith('myths.') && MYTH.some((pattern) => pattern.test(text)));
      expect(found).to.deep.equal([]);
      const tips = join(content.lifting.topics.lifting);
      for (const marker of LIFTING[locale.split('-')[0]!]!) expect(tips).to.match(marker);
    });
  }
});

describe('sources: each with its edition and year as published, and no year the facts file does not name', () => {
  /**
   * Number in the title, and the year of publication: from back-pain-facts.md (NHG M54 2017, KNGF
   * 2021, KCE 287 2017), the text revision's list (NHG M55 2015; NICE NG59 2016, updated 2020) and
   * NG59's own title page (30 November 2016, last updated 11 December 2020). `undefined`: no year
   * is known exactly, so none may be claimed.
   */
  const EDITIONS: Record<string, { title: RegExp; year: number | undefined; updated?: number }> = {
    'nhg-m54': { title: /\(M54\)/, year: 2017 },
    'nhg-m55': { title: /\(M55\)/, year: 2015 },
    'kngf-2021': { title: /KNGF-richtlijn/, year: 2021 },
    'nice-ng59': { title: /\(NG59\)/, year: 2016, updated: 2020 },
    'kce-287': { title: /\(KCE Report 287\)/, year: 2017 },
    nts: { title: /Nederlandse Triage Standaard/, year: undefined },
    'nhs-back-pain': { title: /Back pain/, year: undefined },
  };
  for (const [locale, content] of Object.entries(contents)) {
    it(locale, () => {
      for (const [id, { title, year, updated }] of Object.entries(EDITIONS)) {
        const source = content.sources[id as keyof typeof content.sources];
        // The Belgian guidelines are only in the languages for Belgium.
        if (!source && id === 'kce-287' && ['nl', 'en'].includes(locale)) continue;
        expect(source?.title, `${id} title`).to.match(title);
        expect(source?.year, `${id} year`).to.equal(year);
        expect(source?.updated, `${id} updated`).to.equal(updated);
      }
    });
  }
});

describe('English and Dutch say the same things', () => {
  const numbersIn = (text: string) => [...text.matchAll(/\d+/g)].map(([digits]) => digits).sort();
  for (const [english, dutch] of [['en', 'nl'], ['en-BE', 'nl-BE']] as const) {
    it(`${english} and ${dutch}: the same texts, each with the same numbers`, () => {
      // A source's note says what it is in the reader's language, so only for a foreign title.
      const read = (locale: string) => texts(contents[locale]).filter(([path]) => !path.startsWith('sources.'));
      const dutchTexts = new Map(read(dutch));
      const englishTexts = read(english);
      const paths = englishTexts.map(([path]) => path);
      expect([paths.filter((path) => !dutchTexts.has(path)), [...dutchTexts.keys()].filter((path) => !paths.includes(path))], 'the same texts, list items included').to.deep.equal([[], []]);
      const differ = englishTexts
        .filter(([path, text]) => numbersIn(text).join() !== numbersIn(dutchTexts.get(path) ?? '').join())
        .map(([path, text]) => `${path}: ${text} | ${dutchTexts.get(path)}`);
      expect(differ).to.deep.equal([]);
    });
  }
});

describe('words a Belgian reader uses (content 2027.01)', () => {
  it('nl-BE: "het verschot" for back pain that comes on suddenly, and no doktersassistent', () => {
    expect(join(contents['nl-BE']!.faq.items['what-is-it'])).to.match(/het verschot/);
    expect(texts(contents['nl-BE']).filter(([, text]) => /doktersassistent/i.test(text))).to.deep.equal([]);
  });

  it('fr: the blood-thinner caution is one sentence with its own verb, and a specialist examines', () => {
    for (const text of [contents.fr!.selfCare.steps.painkillers.text, join(contents.fr!.faq.items.pregnancy)]) {
      expect(text).to.match(/(Faites-le aussi|Faites de même) si [^.]*fluidifie le sang \(comme l[’']aspirine ou l[’']Asaflow\), un diurétique/);
      expect(text).not.to.match(/(^|\. )Et si vous/);
    }
    expect(contents.fr!.treatments.items.radiofrequency.why).to.contain('par un spécialiste');
  });
});
