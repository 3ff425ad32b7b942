/**
 * The filter of the FAQ: forgiving about how a person types, so that "ischias" finds "ischiás",
 * "rugpijn" finds "Rugpijn" and "dont" finds "don’t". Pure, so it is easy to test.
 */

/** A question with its answer, as the content module gives it. */
export interface SearchableItem {
  question: string;
  answer: readonly string[];
}

/**
 * Folds text for matching: lower case, accents and other marks removed (NFKD also unfolds
 * ligatures such as "ĳ"), apostrophes and quotes (curly or straight) dropped, dashes read as
 * spaces (so "MRI-scan" is found by "mri scan"), whitespace collapsed.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/['"`\u00b4\u2018-\u201f\u2032\u2033\u00ab\u00bb]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[-\u2010-\u2015\u2212]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The ids, in their given order, whose question or answer holds every word of the query.
 * An empty query has no words to miss, so it matches all.
 */
export function matchingQuestions<Id extends string>(
  ids: readonly Id[],
  items: Readonly<Record<Id, SearchableItem>>,
  query: string,
): Id[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return ids.filter((id) => {
    const { question, answer } = items[id];
    const text = foldForSearch(`${question} ${answer.join(' ')}`);
    return words.every((word) => text.includes(word));
  });
}
