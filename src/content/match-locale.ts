/**
 * Picks the best available locale for a language tag, in any case: an exact match ("nl-be"
 * is "nl-BE"), else its primary subtag ("nl-NL" speaks "nl", "fr-CA" "fr"), else `undefined`.
 * Returns the locale as `available` spells it.
 */
export function matchLocale(requested: string, available: readonly string[]): string | undefined {
  const code = requested.trim().toLowerCase();
  const find = (wanted?: string) => available.find((locale) => locale.toLowerCase() === wanted);
  return find(code) ?? find(code.split('-')[0]);
}
