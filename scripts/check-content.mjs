/**
 * Content check: reads the content module of every built-in language and fails with the path of
 * each text that breaks the writing rules a clinic's reviewer relies on:
 * - readability: average words per sentence, the share of sentences over 20 words, the longest;
 * - words that harm (wear and tear, "imagined" pain) and jargon that must not be shown;
 * - number parity: every number in a text appears in the same text of the reference language,
 *   and the other way round, so no language gives other figures.
 *
 *   node scripts/check-content.mjs
 *
 * The rules per language are one table below; a new language is one row.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The modules of each language's texts; the rules themselves are in src/content/writing-rules.ts.
 * A regional variant is its base language's module with its overlay merged over it, checked whole.
 */
export const MODULES = { nl: ['src/content/nl.ts'], en: ['src/content/en.ts'], fr: ['src/content/fr.ts'], 'nl-BE': ['src/content/nl.ts', 'src/content/nl-BE.ts'], 'en-BE': ['src/content/en.ts', 'src/content/en-BE.ts'] };

/** A sentence is long above this many words; the rules cap how many such sentences there are. */
const LONG_SENTENCE = 20;

/** Texts that are not sentences of ours: publishers' own titles and names, and the dates. */
const SKIP = [/^meta\./, /^sources\.[^.]+\.(title|titleLang|publisher)$/];

/** Arguments for texts that are functions of numbers (progress lines, plans). */
const SAMPLE_ARGUMENTS = [3, 17];

/** Every text of a content object as [path, text], functions called with sample numbers. */
export function texts(content, path = '') {
  if (typeof content === 'string') return [[path, content]];
  if (typeof content === 'function') return texts(content(...SAMPLE_ARGUMENTS), path);
  if (Array.isArray(content)) return content.flatMap((item, index) => texts(item, `${path}[${index}]`));
  if (content && typeof content === 'object') {
    return Object.entries(content).flatMap(([name, value]) => texts(value, path ? `${path}.${name}` : name));
  }
  return [];
}

/**
 * Sentences of a text: split after . ! ? followed by a space and a capital, digit or quote.
 * A label or heading without a full stop is one sentence. Abbreviations such as "bijv." and
 * "e.g." are followed by a small letter, so they do not split.
 */
export function sentences(text) {
  return text
    .split(/(?<=[.!?…])\s+(?=["'“‘(]?[\p{Lu}\d])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence) > 0);
}

/** Words: runs of characters between spaces that hold a letter or a digit. */
export function words(sentence) {
  return sentence.split(/\s+/).filter((token) => /[\p{L}\d]/u.test(token)).length;
}

/**
 * Numbers written in digits, normalised across languages: thousands separators dropped
 * ("10.000" and "10,000" are 10000), a decimal comma read as a point ("1,5" is 1.5).
 */
export function numbers(text) {
  return new Set(
    (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((number) =>
      /^\d{1,3}([.,]\d{3})+$/.test(number) ? number.replace(/[.,]/g, '') : number.replace(',', '.'),
    ),
  );
}

const shorten = (text) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

/**
 * Checks the content of each language against its rules. `contents` maps a language code to
 * its content object. Returns the problems (each with the language and path) and figures.
 */
export function checkContent(contents, rules) {
  const problems = [];
  const figures = {};
  for (const [locale, content] of Object.entries(contents)) {
    const rule = rules[locale];
    const entries = texts(content).filter(([path]) => !SKIP.some((pattern) => pattern.test(path)));
    const all = [];
    for (const [path, text] of entries) {
      for (const sentence of sentences(text)) {
        const count = words(sentence);
        all.push({ path, sentence, count });
        if (count > rule.maxWords) {
          problems.push(`${locale} ${path}: a sentence of ${count} words, over ${rule.maxWords}: "${shorten(sentence)}"`);
        }
      }
      for (const pattern of rule.harmful) {
        const found = text.match(pattern);
        if (found) problems.push(`${locale} ${path}: "${found[0]}" is on the list of words that harm or confuse`);
      }
    }
    const total = all.reduce((sum, { count }) => sum + count, 0);
    const average = all.length ? total / all.length : 0;
    const long = all.filter(({ count }) => count > LONG_SENTENCE);
    const longest = all.reduce((top, entry) => (entry.count > (top?.count ?? 0) ? entry : top), undefined);
    figures[locale] = { sentences: all.length, average: Number(average.toFixed(2)), long: long.length, longest: longest?.count ?? 0 };

    if (average > rule.maxAverageWords) {
      problems.push(`${locale}: ${average.toFixed(2)} words per sentence on average, over ${rule.maxAverageWords}`);
    }
    const allowedLong = Math.floor((all.length * rule.maxLongPerHundred) / 100);
    if (long.length > allowedLong) {
      problems.push(
        `${locale}: ${long.length} of ${all.length} sentences have more than ${LONG_SENTENCE} words; at most ${rule.maxLongPerHundred} in 100 (${allowedLong}) may:\n` +
          long.map(({ path, count }) => `    ${path} (${count} words)`).join('\n'),
      );
    }

    const reference = rule.parityWith && contents[rule.parityWith];
    if (reference) {
      const referenceTexts = new Map(texts(reference));
      for (const [path, text] of entries) {
        if (!referenceTexts.has(path)) continue;
        const here = numbers(text);
        const there = numbers(referenceTexts.get(path));
        const missingHere = [...there].filter((number) => !here.has(number));
        const missingThere = [...here].filter((number) => !there.has(number));
        if (missingHere.length) problems.push(`${locale} ${path}: lacks ${missingHere.join(', ')}, which the ${rule.parityWith} text has`);
        if (missingThere.length) problems.push(`${locale} ${path}: has ${missingThere.join(', ')}, which the ${rule.parityWith} text lacks`);
      }
    }
  }
  return { problems, figures };
}

/** Compiles a TypeScript module with esbuild and imports it. */
export async function importTypeScript(module, folder) {
  const { build } = await import('esbuild');
  const outfile = join(folder, `${module.replace(/\W/g, '-')}.mjs`);
  await build({ entryPoints: [module], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
}

/** The writing rules and the content of every language that has rules. */
export async function loadContents() {
  const folder = mkdtempSync(join(tmpdir(), 'content-check-'));
  try {
    const { WRITING_RULES } = await importTypeScript('src/content/writing-rules.ts', folder);
    const { mergeDeep } = await importTypeScript('src/content/registry.ts', folder);
    const contents = {};
    for (const locale of Object.keys(WRITING_RULES)) {
      const layers = await Promise.all(MODULES[locale].map((module) => importTypeScript(module, folder)));
      contents[locale] = layers.reduce((base, overlay) => mergeDeep(base, { ...overlay }), {});
    }
    return { rules: WRITING_RULES, contents };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rules, contents } = await loadContents();
  const { problems, figures } = checkContent(contents, rules);
  for (const [locale, figure] of Object.entries(figures)) {
    console.log(
      `${locale}: ${figure.sentences} sentences, ${figure.average} words on average, ${figure.long} over ${LONG_SENTENCE} words, longest ${figure.longest}`,
    );
  }
  if (problems.length > 0) {
    console.error(`\nContent check failed (${problems.length}):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Every text meets the writing rules.');
}
