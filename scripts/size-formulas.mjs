/**
 * The size formulas of size-budgets.json, shared by the file check (check-size.mjs) and the page
 * check (check-pages.mjs). Text weights come from the built content modules in dist/content.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

export const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
export { widgets } from './widgets.mjs';

export const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const kB = (bytes) => (bytes / 1000).toFixed(2);

const nl = await import(new URL('../dist/content/nl.js', import.meta.url));
const { SECTION_SOURCES } = await import(new URL('../dist/content/structure.js', import.meta.url));

/**
 * Brotli bytes of Dutch texts compressed on their own: a widget's section, the sections of other
 * widgets it shows too, and what its footer shows; or (no widget) all of them.
 */
export function textWeight(widget) {
  const { meta, common, sources } = nl;
  if (!widget) return brotli(Buffer.from(JSON.stringify({ ...nl })));
  const { section, alsoShows = [] } = widget;
  const texts = { meta, common, sources: Object.fromEntries(SECTION_SOURCES[section].map((id) => [id, sources[id]])) };
  for (const shown of [section, ...alsoShows]) texts[shown] = nl[shown];
  return brotli(Buffer.from(JSON.stringify(texts)));
}

/** The limit of a widget's own file (its own code allowance, if it has one); the bundle's when `widget` is undefined. */
export function fileLimit(widget) {
  if (!widget) return budgets.lit + textWeight() + budgets.bundleCode;
  return budgets.lit + textWeight(widget) + (budgets.ownFileCodeOf?.[widget.tag] ?? budgets.ownFileCode);
}
