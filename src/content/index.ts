/**
 * The shared content module's public API (`back-pain-widgets/content`).
 *
 * ```js
 * import { getContent, loadLocale, registerContent } from 'back-pain-widgets/content';
 * registerContent('nl', { redFlags: { title: 'Moet ik naar de huisarts?' } }); // override a text
 * registerContent('de', germanContent); // add a language: must be complete
 * await loadLocale('en'); // before a server renders English, or a page hydrates it
 * ```
 *
 * This module holds all built-in texts; widgets do not import it, so it never weighs on a
 * widget's bundle unless the page imports it too.
 */
import * as nl from './nl.js';
import * as en from './en.js';
import * as fr from './fr.js';
import * as nlBE from './nl-BE.js';
import * as enBE from './en-BE.js';
import type { Content } from './types.js';
import {
  addedContent,
  applyOverrides,
  availableLocales,
  builtInSpelling,
  isBuiltIn,
  loadAll,
  mergeDeep,
  overridesFor,
  storeAdded,
  storeOverrides,
  type BuiltInLocale,
  type DeepPartial,
} from './registry.js';
import { validateAgainst } from './validate.js';
import { matchLocale } from './match-locale.js';

export type * from './types.js';
export * from './structure.js';
export { availableLocales, type DeepPartial } from './registry.js';
export { isIsoDate } from '../dates/calendar-dates.js';

const builtIn: Record<BuiltInLocale, Content> = { nl, en, fr, 'nl-BE': mergeDeep<Content>(nl, nlBE), 'en-BE': mergeDeep<Content>(en, enBE) };

/**
 * The complete content of a language, with any registered overrides applied, or `undefined`
 * for a language that is neither built in nor registered.
 */
export function getContent(requested: string): Content | undefined {
  const locale = builtInSpelling(requested);
  if (isBuiltIn(locale)) return applyOverrides(builtIn[locale], overridesFor(locale));
  return addedContent(locale);
}

/**
 * Loads a language's texts, so that the next render (on a server, which renders once and cannot
 * wait, or a page hydrating server-rendered English) shows them at once. Dutch and registered
 * languages need no loading. An unknown language logs one warning; widgets then show Dutch.
 */
export async function loadLocale(locale: string): Promise<void> {
  const code = matchLocale(String(locale), availableLocales());
  if (code === undefined) {
    console.warn(`back-pain-widgets: loadLocale(${JSON.stringify(locale)}): no such language. Accepted: ${availableLocales().join(', ')}.`);
  } else if (isBuiltIn(code) && code !== 'nl') {
    const { builtInLoaders } = await import('./load/all.js');
    await loadAll(code, builtInLoaders);
  }
}

export interface RegisterResult {
  ok: boolean;
  /** One line per wrong path, e.g. `redFlags.flags.fever.question: expected a non-empty string`. */
  errors: string[];
}

/**
 * Adds a language (the content must be complete) or overrides texts of an existing one (only the
 * paths given). Invalid content is refused as a whole, the existing content is kept, and the
 * errors are returned and logged with one `console.warn`.
 */
export function registerContent(locale: string, content: Content | DeepPartial<Content>): RegisterResult {
  const code = typeof locale === 'string' ? builtInSpelling(locale.trim().toLowerCase()) : '';
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(code)) {
    return refuse([`locale: expected a language code such as "nl" or "de", got ${JSON.stringify(locale)}`]);
  }
  const extending = isBuiltIn(code) || addedContent(code) !== undefined;
  const errors = validateAgainst(nl, content, { complete: !extending });
  if (errors.length > 0) return refuse(errors);

  if (isBuiltIn(code)) storeOverrides(code, content as DeepPartial<Content>);
  else storeAdded(code, mergeDeep(addedContent(code) ?? ({} as Content), content as DeepPartial<Content>));
  return { ok: true, errors: [] };
}

function refuse(errors: string[]): RegisterResult {
  console.warn(`back-pain-widgets: registerContent refused the content; the existing texts stay.\n${errors.join('\n')}`);
  return { ok: false, errors };
}
