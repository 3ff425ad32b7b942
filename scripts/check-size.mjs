/**
 * Size check of the drop-in files in dist/cdn, by the formulas in size-budgets.json: prints each
 * file's raw, gzip and brotli size and fails when
 * - a widget's own file is over lit + its Dutch texts + ownFileCode,
 * - the bundle is over lit + all Dutch texts + bundleCode,
 * - loader.js is over its limit,
 * - a file not yet within its formula is over its allowance (size-budgets.json `overFormula`:
 *   bytes over the formula, so texts can still grow and code cannot), or an allowance is left
 *   for a file that meets its formula,
 * - a file a Dutch page loads holds English text, or an English chunk holds Dutch text
 *   (each language stays in its own chunks, fetched only when a widget shows it), and the same
 *   for French,
 * - a text chunk (dist/cdn/locales/) does not hold exactly the texts of its module in dist/content:
 *   the minifier shortens private member names (scripts/private-members.mjs), never a text's key.
 * The chunks the loader fetches are held to the page targets by check-pages.mjs.
 *
 *   node scripts/check-size.mjs
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotli, budgets, fileLimit, kB, textWeight, widgets } from './size-formulas.mjs';

const cdn = 'dist/cdn';
if (!existsSync(cdn)) {
  console.error(`${cdn} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const problems = [];
const rows = [];
const read = (name) => readFileSync(join(cdn, name));

const allowances = budgets.overFormula ?? {};

/** Checks one entry file against its formula (or ceiling); `texts` and the code share are shown for the README. */
function checkFile(name, formula, texts) {
  const bytes = read(name);
  const size = brotli(bytes);
  const ceiling = allowances[name] === undefined ? undefined : formula + allowances[name];
  const code = texts === undefined ? '' : kB(size - budgets.lit - texts);
  const over = size > formula ? `${kB(size - formula)} over formula` : '';
  rows.push([name, kB(bytes.length), kB(gzipSync(bytes, { level: 9 }).length), kB(size), texts === undefined ? '' : kB(texts), code, kB(formula), ceiling ? kB(ceiling) : '', over]);
  if (ceiling === undefined && size > formula) problems.push(`${name}: ${size} bytes brotli, over its formula of ${formula} by ${size - formula} bytes`);
  if (ceiling !== undefined && size > ceiling) problems.push(`${name}: ${size} bytes brotli, over its formula of ${formula} and its allowance of ${allowances[name]} by ${size - ceiling} bytes`);
  if (ceiling !== undefined && size <= formula) problems.push(`${name}: within its formula now; remove its allowance from size-budgets.json`);
}

const entries = readdirSync(cdn).filter((name) => name.endsWith('.js'));
const expected = new Set(['loader.js', 'back-pain-widgets.js', ...widgets.map(({ tag }) => `${tag}.js`)]);
for (const name of entries.filter((entry) => !expected.has(entry))) problems.push(`${name}: not a file of widgets.json; add its widget there`);
for (const name of expected) if (!entries.includes(name)) problems.push(`${name}: missing from ${cdn}`);

for (const widget of widgets) if (entries.includes(`${widget.tag}.js`)) checkFile(`${widget.tag}.js`, fileLimit(widget), textWeight(widget));
if (entries.includes('back-pain-widgets.js')) checkFile('back-pain-widgets.js', fileLimit(), textWeight());
if (entries.includes('loader.js')) checkFile('loader.js', budgets.loader);

// Every sentence of one language that the other does not have (source titles are the same in
// both, so they are left out), as it appears in a built file.
const sentences = async (locale) => {
  const { sources: _sources, meta: _meta, ...texts } = await import(new URL(`../dist/content/${locale}.js`, import.meta.url));
  const strings = [];
  JSON.stringify(texts, (_key, value) => (typeof value === 'string' && value.length >= 20 && !/["'\\`\n]/.test(value) && strings.push(value), value));
  return strings;
};
for (const name of Object.keys(allowances)) if (name !== '$comment' && !expected.has(name)) problems.push(`size-budgets.json: an allowance for ${name}, which is not built`);

const [dutch, english, french] = [await sentences('nl'), await sentences('en'), await sentences('fr')];
const onlyIn = (strings, other) => strings.filter((string) => !other.includes(string));
const englishOnly = onlyIn(english, dutch);
const frenchOnly = onlyIn(french, dutch);
const dutchOnly = onlyIn(dutch, english);

const chunks = (folder) => (existsSync(join(cdn, folder)) ? readdirSync(join(cdn, folder)).map((name) => `${folder}/${name}`) : []);
const englishChunks = chunks('locales').filter((name) => name.startsWith('locales/en-'));
const frenchChunks = chunks('locales').filter((name) => name.startsWith('locales/fr-'));
// Belgian Dutch (locales/nl-BE-*) is Dutch too: it holds only the texts that differ in Belgium.
const dutchPageFiles = [...entries, ...chunks('chunks'), ...chunks('locales').filter((name) => name.startsWith('locales/nl-'))];
for (const name of chunks('locales').filter((file) => ![...englishChunks, ...frenchChunks, ...dutchPageFiles].includes(file))) {
  problems.push(`${name}: a text chunk of a language this check does not know; add it to check-size.mjs`);
}
for (const name of dutchPageFiles) {
  const found = englishOnly.find((sentence) => read(name).includes(sentence));
  if (found) problems.push(`${name}: a Dutch page loads it, but it holds English text ("${found}"); English belongs in locales/en-*`);
  const foundFrench = frenchOnly.find((sentence) => read(name).includes(sentence));
  if (foundFrench) problems.push(`${name}: a Dutch page loads it, but it holds French text ("${foundFrench}"); French belongs in locales/fr-*`);
}
for (const name of englishChunks) {
  const found = dutchOnly.find((sentence) => read(name).includes(sentence));
  if (found) problems.push(`${name}: an English chunk, but it holds Dutch text ("${found}")`);
}
// Each text chunk is one module of dist/content/<locale>/ (locales/en-self-care-<hash>.js), or every
// section of a locale (locales/en-all-<hash>.js). A text that depends on a number is compared by what it says for 2 and 3.
const { BUILT_IN_LOCALES } = await import(new URL('../dist/content/registry.js', import.meta.url));
const asData = (texts) =>
  JSON.stringify(texts, (_key, value) => {
    if (typeof value !== 'function') return value;
    try {
      return `(${value.length} arguments) ${value(2, 3)}`;
    } catch {
      return `(${value.length} arguments) throws`;
    }
  });
const textModules = BUILT_IN_LOCALES.flatMap((locale) => [
  { chunk: `${locale}-all`, module: `${locale}.js` },
  ...readdirSync(join('dist/content', locale))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ chunk: `${locale}-${file.slice(0, -3)}`, module: `${locale}/${file}` })),
]);
for (const name of chunks('locales')) {
  const source = textModules.find(({ chunk }) => new RegExp(`^locales/${chunk}-[\\w-]{8}\\.js$`).test(name));
  if (!source) {
    problems.push(`${name}: no module in dist/content holds its texts`);
    continue;
  }
  const built = await import(new URL(`../${cdn}/${name}`, import.meta.url));
  const written = await import(new URL(`../dist/content/${source.module}`, import.meta.url));
  if (asData(built) !== asData(written)) problems.push(`${name}: its texts differ from dist/content/${source.module} (a key or text changed by the build)`);
}
if (englishChunks.length === 0) problems.push('locales/en-*.js: no English chunks found');
if (frenchChunks.length === 0) problems.push('locales/fr-*.js: no French chunks found');

const header = ['file', 'raw kB', 'gzip kB', 'brotli kB', 'texts kB', 'code kB', 'formula kB', 'allowed kB', ''];
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
console.log(
  `(1 kB = 1000 bytes, brotli quality 11. formula = Lit ${kB(budgets.lit)} + texts + ${kB(budgets.ownFileCode)} per widget file,` +
    ` + ${kB(budgets.bundleCode)} for the bundle; code = brotli - Lit - texts. Formulas and allowances in size-budgets.json)`,
);
console.log(`Checked ${dutchPageFiles.length} files a Dutch page may load for English text, ${englishChunks.length} English chunks for Dutch text.`);
console.log(`Checked ${chunks('locales').length} text chunks against their modules in dist/content.`);

if (problems.length > 0) {
  console.error(`\nSize check failed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  console.error('Make the code smaller. The formulas already grow with the texts; do not cut patient texts to fit.');
  process.exit(1);
}
console.log('Every file is within its formula, or its allowance over it while it is not there yet.');
