/**
 * The size formulas of size-budgets.json, shared by the file check (check-size.mjs) and the page
 * check (check-pages.mjs). Text weights come from the built content modules in dist/content.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

export const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
export const { widgets } = JSON.parse(readFileSync('widgets.json', 'utf8'));

export const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const kB = (bytes) => (bytes / 1000).toFixed(2);

const nl = await import(new URL('../dist/content/nl.js', import.meta.url));
const { SECTION_SOURCES } = await import(new URL('../dist/content/structure.js', import.meta.url));

/** Brotli bytes of Dutch texts compressed on their own: one widget's section and what its footer shows, or (no section) all of them. */
export function textWeight(section) {
  const { meta, common, sources } = nl;
  const texts = section
    ? { meta, common, sources: Object.fromEntries(SECTION_SOURCES[section].map((id) => [id, sources[id]])), [section]: nl[section] }
    : { ...nl };
  return brotli(Buffer.from(JSON.stringify(texts)));
}

/** The limit of a widget's own file; the bundle's when `section` is undefined. */
export function fileLimit(section) {
  return budgets.lit + textWeight(section) + (section ? budgets.ownFileCode : budgets.bundleCode);
}
