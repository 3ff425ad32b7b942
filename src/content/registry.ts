/**
 * Where widgets find texts for a language. Kept tiny and free of content: each widget brings a
 * table of loaders for its own section (./load/), so a page fetches only the sections of the
 * widgets it shows, in the languages they show. Deployers' languages and overrides arrive
 * through `registerContent`.
 *
 * The state is this module's own: two copies of the library on one page (an insurer's portal and
 * an embedded page, perhaps two versions) each keep their texts, their content version and what
 * was registered with them (see docs/two-copies.md).
 */
import type { Content, DeepPartial } from './types.js';
import type { SectionId } from './structure.js';

export type { DeepPartial } from './types.js';

/**
 * Adding a built-in language: its texts in ./<code>/ and ./<code>.ts, and the code here; the
 * compiler then asks for its entry in each table of ./load/. `nl-BE` is Dutch for Belgium: an
 * overlay of only the texts that differ (./nl-BE/), merged over Dutch when it loads; `en-BE`, English
 * words with Belgian routes, is likewise an overlay over English (./en-BE/).
 */
export const BUILT_IN_LOCALES = ['nl', 'en', 'fr', 'nl-BE', 'en-BE'] as const;
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

/** A widget's own section, or `common`: the footer lines, review dates and sources every widget shares. */
export type Part = SectionId | 'common';
export type PartTexts<P extends Part> = P extends SectionId ? Pick<Content, P> : Pick<Content, 'meta' | 'common' | 'sources'>;

/**
 * How to get one part's texts in each built-in language: a missing language is a type error.
 * A loader returns the texts themselves when they are bundled in (Dutch, in the drop-in files)
 * or a promise of a chunk (`() => import('../en/red-flags.js')`). A regional variant's loader
 * gives only the texts that differ from its base language (`{}` when none do).
 */
export type PartLoaders<P extends Part> = Record<Exclude<BuiltInLocale, Variant>, () => PartTexts<P> | Promise<PartTexts<P>>> &
  Record<Variant, () => DeepPartial<PartTexts<P>> | Promise<DeepPartial<PartTexts<P>>>>;

/** Regional variants and the language their texts are merged over. */
const VARIANT_BASES = { 'nl-BE': 'nl', 'en-BE': 'en' } as const;
type Variant = keyof typeof VARIANT_BASES;

interface RegistryState {
  /** Partial overrides of a built-in language, merged over its texts. */
  overrides: Map<string, DeepPartial<Content>>;
  /** Complete content of languages a deployer added. */
  added: Map<string, Content>;
  /**
   * Built-in texts while loading and once loaded, keyed by language (`en`: all of it, from
   * `loadLocale`) or by language and part (`en/redFlags`, `en/common`: one chunk).
   */
  loading: Map<string, Promise<unknown>>;
  loaded: Map<string, unknown>;
  listeners: Set<() => void>;
}

const state: RegistryState = {
  overrides: new Map(),
  added: new Map(),
  loading: new Map(),
  loaded: new Map(),
  listeners: new Set(),
};

/** Languages a widget can show now: the built-in ones and any a deployer registered. */
export function availableLocales(): string[] {
  return [...BUILT_IN_LOCALES, ...state.added.keys()];
}

export function isBuiltIn(locale: string): locale is BuiltInLocale {
  return (BUILT_IN_LOCALES as readonly string[]).includes(locale);
}

/** A built-in language's own spelling of a code in any case (`nl-be` is `nl-BE`), else the code. */
export function builtInSpelling(locale: string): string {
  return BUILT_IN_LOCALES.find((code) => code.toLowerCase() === locale.toLowerCase()) ?? locale;
}

/** Content a deployer registered for a language that is not built in. */
export function addedContent(locale: string): Content | undefined {
  return state.added.get(locale);
}

export function overridesFor(locale: string): DeepPartial<Content> | undefined {
  return state.overrides.get(locale);
}

/**
 * One part's built-in texts in a language: the texts when they are at hand, else a promise that
 * settles once they are (and rejects when their chunk cannot be fetched). Each chunk is fetched
 * once per copy of the library.
 */
export function loadPart<P extends Part>(locale: BuiltInLocale, part: P, loaders: PartLoaders<P>): PartTexts<P> | Promise<unknown> {
  const key = `${locale}/${part}`;
  const whole = state.loaded.get(locale) as Content | undefined;
  const loaded = (state.loaded.get(key) ?? whole) as PartTexts<P> | undefined;
  if (loaded) return loaded;
  // A whole language on its way (`loadLocale`) brings this part too.
  const pending = state.loading.get(key) ?? state.loading.get(locale);
  if (pending) return pending;
  const texts = locale in VARIANT_BASES ? overlaid(locale as Variant, part, loaders) : loaders[locale as Exclude<BuiltInLocale, Variant>]();
  if (!(texts instanceof Promise)) {
    state.loaded.set(key, texts);
    return texts;
  }
  const loading = texts.then((chunk) => state.loaded.set(key, chunk));
  state.loading.set(key, loading);
  return loading;
}

/** A variant's texts of one part: its own merged over its base language's, once both are at hand. */
function overlaid<P extends Part>(locale: Variant, part: P, loaders: PartLoaders<P>): PartTexts<P> | Promise<PartTexts<P>> {
  const base = VARIANT_BASES[locale];
  const under = loadPart(base, part, loaders);
  const own = loaders[locale]();
  if (!(under instanceof Promise) && !(own instanceof Promise)) return mergeDeep(under, own);
  // The base part, once loaded, is in the registry (alone, or with its whole language).
  return Promise.all([under, own]).then(([, overlay]) => mergeDeep(state.loaded.get(`${base}/${part}`) ?? state.loaded.get(base), overlay) as PartTexts<P>);
}

/**
 * Loads every part of a built-in language into the registry with the loaders of ./load/all.ts,
 * for a page or a server that must have all texts at hand before rendering; resolves to the
 * complete content. The caller imports those loaders, so that this module depends on no text.
 */
export function loadAll(locale: BuiltInLocale, loaders: { [P in Part]: PartLoaders<P> }): Promise<Content> {
  let pending = state.loading.get(locale) as Promise<Content> | undefined;
  if (!pending) {
    const parts = Object.entries(loaders) as [Part, PartLoaders<Part>][];
    pending = Promise.all(parts.map(([part, partLoaders]) => loadPart(locale, part, partLoaders))).then(() => {
      const content = Object.assign({}, ...parts.map(([part]) => state.loaded.get(`${locale}/${part}`))) as Content;
      state.loaded.set(locale, content);
      return content;
    });
    state.loading.set(locale, pending);
  }
  return pending;
}

export function storeOverrides(locale: string, overrides: DeepPartial<Content>): void {
  state.overrides.set(locale, mergeDeep(state.overrides.get(locale) ?? {}, overrides));
  notify();
}

export function storeAdded(locale: string, content: Content): void {
  state.added.set(locale, content);
  notify();
}

/** Calls `listener` whenever registered content changes; returns the unsubscribe function. */
export function onContentChange(listener: () => void): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

function notify(): void {
  for (const listener of state.listeners) listener();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Merges `patch` over `base` without changing either; arrays and functions are replaced whole.
 * Own keys only, and never one that reaches a prototype: `result["__proto__"] = …` would give
 * the result a foreign prototype.
 */
export function mergeDeep<T>(base: T, patch: unknown): T {
  return merge(base, patch, '', (_, replacement) => replacement) as T;
}

/**
 * A page's overrides over the built-in texts. An override text function that throws or returns
 * no text for some input (registration tries one sample only) gives that text the built-in
 * wording and warns once: a widget never goes blank for it.
 */
export function applyOverrides<T>(texts: T, overrides: unknown): T {
  return merge(texts, overrides, '', keepBuiltInOnFailure) as T;
}

type Replace = (base: unknown, replacement: unknown, path: string) => unknown;

function merge(base: unknown, patch: unknown, path: string, replace: Replace): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined || patch === null ? base : replace(base, patch, path);
  const result: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(patch)) {
    if (PROTOTYPE_KEYS.has(name)) continue;
    result[name] = merge(Object.hasOwn(result, name) ? result[name] : undefined, value, path ? `${path}.${name}` : name, replace);
  }
  return result;
}

type TextFunction = (...args: unknown[]) => unknown;

/** Override functions that have warned, so each failing one warns once, not at every render. */
const failedOverrides = new WeakSet<TextFunction>();

function keepBuiltInOnFailure(builtIn: unknown, override: unknown, path: string): unknown {
  if (typeof builtIn !== 'function' || typeof override !== 'function') return override;
  const own = override as TextFunction;
  return (...args: unknown[]) => {
    let problem: string;
    try {
      const text = own(...args);
      if (typeof text === 'string' && text.trim() !== '') return text;
      problem = `returned ${typeof text === 'string' ? 'an empty string' : String(typeof text)}`;
    } catch {
      problem = 'threw';
    }
    if (!failedOverrides.has(own)) {
      failedOverrides.add(own);
      console.warn(`back-pain-widgets: the registered text function ${path} ${problem} for (${args.map((arg) => JSON.stringify(arg)).join(', ')}). Showing the built-in wording.`);
    }
    return (builtIn as TextFunction)(...args);
  };
}

/** Keys that would reach an object's prototype when merged: refused in registered content. */
export const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
