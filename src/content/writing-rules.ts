/**
 * The writing rules every language of the content keeps, in one place for the content check
 * (`npm run content:check`) and the tests: readability limits, and the words that harm or confuse
 * (back-pain-facts.md, "Wording that heals, not harms"). A new language is one entry.
 */
import type { BuiltInLocale } from './registry.js';

export interface WritingRules {
  /** Highest average of words per sentence. */
  maxAverageWords: number;
  /** How many sentences in 100 may have more than 20 words. */
  maxLongPerHundred: number;
  /** No sentence may have more words than this. */
  maxWords: number;
  /** Words that must not appear: wear and tear, "imagined" pain, jargon without explanation. */
  harmful: RegExp[];
  /** The language whose numbers every text must repeat, and the other way round. */
  parityWith?: string;
}

const DUTCH: WritingRules = {
  maxAverageWords: 11,
  maxLongPerHundred: 1,
  maxWords: 25,
  harmful: [/slijtage/i, /versleten/i, /degenerati/i, /aanstel/i, /inbeeld/i, /semi-?fowler/i, /bechterew/i, /radiofrequent/i, /wervelgewricht/i],
};

const ENGLISH: WritingRules = {
  parityWith: 'nl',
  maxAverageWords: 13,
  maxLongPerHundred: 3,
  maxWords: 30,
  harmful: [
    /\bwear\b/i,
    /\bworn\b/i,
    /wear[- ]and[- ]tear/i,
    /degenerat/i,
    /imagin/i,
    /exaggerat/i,
    /in your head/i,
    /semi-?fowler/i,
    /ankylosing/i,
    /interferential/i,
    /manipulation/i,
    // Named only with what it is: "steroid tablets such as prednisolone".
    /(?<!steroid tablets,? such as )prednisolone/i,
  ],
};

/** Every built-in language has its rules: a new one without them is a type error. */
export const WRITING_RULES: Record<BuiltInLocale, WritingRules> = {
  nl: DUTCH,
  // Belgian Dutch is checked as Dutch with its overlay merged in.
  'nl-BE': DUTCH,
  fr: {
    // Written for Belgium, so its numbers are those of Belgian Dutch (1733 out of hours).
    parityWith: 'nl-BE',
    maxAverageWords: 14,
    maxLongPerHundred: 3,
    maxWords: 30,
    // Word edges by letters: \b does not count é as part of a word.
    harmful: [/(?<!\p{L})usure/iu, /(?<!\p{L})usée?s?(?!\p{L})/iu, /dégénér/iu, /dans la tête/iu, /imagin/iu, /exagér/iu],
  },
  // English for Belgium is checked as English with its overlay merged in, against Belgian Dutch (1733).
  'en-BE': { ...ENGLISH, parityWith: 'nl-BE' },
  en: ENGLISH,
};
