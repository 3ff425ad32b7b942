/**
 * Where widgets find texts for a language. Kept tiny and free of content so that a widget's
 * bundle holds only the Dutch sections it imports itself: English is fetched on demand by a
 * dynamic import, and deployers' languages and overrides arrive through `registerContent`.
 *
 * State lives on `globalThis` under a registry symbol so that two copies of the library on one
 * page (two script tags, two versions) share registered content.
 */
import type { Content } from './types.js';

export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? U[]
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

export const BUILT_IN_LOCALES = ['nl', 'en'] as const;
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

interface RegistryState {
  /** Partial overrides of a built-in language, merged over its texts. */
  overrides: Map<string, DeepPartial<Content>>;
  /** Complete content of languages a deployer added. */
  added: Map<string, Content>;
  /** Built-in content loaded on demand, while loading and once loaded. */
  loading: Map<string, Promise<Content>>;
  loaded: Map<string, Content>;
  listeners: Set<() => void>;
}

const key = Symbol.for('back-pain-widgets.content-registry');
const globalScope = globalThis as typeof globalThis & { [key]?: RegistryState };
const state: RegistryState = (globalScope[key] ??= {
  overrides: new Map(),
  added: new Map(),
  loading: new Map(),
  loaded: new Map(),
  listeners: new Set(),
});

/** Languages a widget can show now: the built-in ones and any a deployer registered. */
export function availableLocales(): string[] {
  return [...BUILT_IN_LOCALES, ...state.added.keys()];
}

export function isBuiltIn(locale: string): locale is BuiltInLocale {
  return (BUILT_IN_LOCALES as readonly string[]).includes(locale);
}

/** Content a deployer registered for a language that is not built in. */
export function addedContent(locale: string): Content | undefined {
  return state.added.get(locale);
}

export function overridesFor(locale: string): DeepPartial<Content> | undefined {
  return state.overrides.get(locale);
}

/** Built-in content that has been loaded already, if any. */
export function loadedContent(locale: string): Content | undefined {
  return state.loaded.get(locale);
}

/**
 * Loads the English texts, once per page. Dutch is imported statically by each widget, so a
 * Dutch page never downloads English.
 */
export function loadBuiltIn(locale: 'en'): Promise<Content> {
  let pending = state.loading.get(locale);
  if (!pending) {
    pending = import('./en.js').then((content: Content) => {
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

/** Merges `patch` over `base` without changing either; arrays and functions are replaced whole. */
export function mergeDeep<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch ?? base) as T;
  const result: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(patch)) {
    result[name] = mergeDeep(result[name], value);
  }
  return result as T;
}
