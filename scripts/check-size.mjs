/**
 * Size budgets for the drop-in files in dist/cdn, read from size-budgets.json. Prints each file's
 * raw, gzip and brotli size and fails when one is over its limit, or when a Dutch entry file
 * holds English text (English must stay in its own chunk, fetched only when a widget shows it).
 *
 *   node scripts/check-size.mjs [--budgets other-budgets.json]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({ options: { budgets: { type: 'string', default: 'size-budgets.json' } } });
const budgets = JSON.parse(readFileSync(options.budgets, 'utf8'));
const cdn = 'dist/cdn';

if (!existsSync(cdn)) {
  console.error(`${cdn} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes in bytes. */
function measure(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The budget entry that covers a file: its own name, or a pattern such as `locales/en-*.js` (chunk names end in a hash). */
function budgetFor(name) {
  const matches = (pattern) => pattern === name || (pattern.includes('*') && name.startsWith(pattern.split('*')[0]) && name.endsWith(pattern.split('*')[1]));
  return Object.entries(budgets.files).find(([pattern]) => matches(pattern))?.[1];
}

const kB = (bytes) => (bytes / 1000).toFixed(2);
const files = [
  ...readdirSync(cdn).filter((name) => name.endsWith('.js')),
  ...readdirSync(join(cdn, 'locales')).map((name) => `locales/${name}`),
];
const problems = [];
const rows = [];

for (const name of files) {
  const size = measure(join(cdn, name));
  const budget = budgetFor(name);
  if (!budget) {
    problems.push(`${name}: no budget in ${options.budgets}; add one`);
    continue;
  }
  const overTarget = budget.target !== undefined && size.brotli > budget.target ? `${kB(size.brotli - budget.target)} over target` : '';
  rows.push([name, kB(size.raw), kB(size.gzip), kB(size.brotli), kB(budget.limit), budget.target ? kB(budget.target) : '', overTarget]);
  if (size.brotli > budget.limit) {
    problems.push(`${name}: ${size.brotli} bytes brotli, over its limit of ${budget.limit} by ${size.brotli - budget.limit} bytes`);
  }
}

// Sentences from the English texts: none may be in a file a Dutch page loads.
const english = await import(new URL('../dist/content/en.js', import.meta.url));
const englishSamples = [english.common.disclaimer, english.redFlags.title, english.faq.title, english.walking.title];
for (const name of files.filter((file) => !file.startsWith('locales/'))) {
  const code = readFileSync(join(cdn, name), 'utf8');
  const found = englishSamples.find((sample) => code.includes(sample));
  if (found) problems.push(`${name}: holds English text ("${found}"); English belongs in the locales chunk`);
}

const header = ['file', 'raw kB', 'gzip kB', 'brotli kB', 'limit kB', 'target kB', ''];
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
console.log(`(1 kB = 1000 bytes; limits and targets in ${options.budgets}, brotli quality 11)`);

if (problems.length > 0) {
  console.error(`\nSize check failed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  console.error('Make the file smaller, or raise its limit in the budgets file and say why in the commit.');
  process.exit(1);
}
console.log('Every file is within its size limit.');
