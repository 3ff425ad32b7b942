import { clearWarning, warnInvalid } from './warn.js';

/**
 * Reads a whole number written in plain decimal digits, with spaces around them as HTML allows
 * (" 12 " is 12). `NaN` for anything else, such as "0x1e", "1e3", "12.0", "+3" or "", so that the
 * caller reports it rather than reading 30 or 1000 where `Number()` would.
 */
export function parseWholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * The converter of a whole-number attribute: `parseWholeNumber`, and `undefined` when the
 * attribute is removed (the caller's default, no warning).
 */
export const wholeNumberConverter = {
  fromAttribute: (value: string | null): number | undefined => (value === null ? undefined : parseWholeNumber(value)),
};

/**
 * Reads a keyword attribute the way HTML reads its enumerated attributes: in any case
 * (`layout="Tabs"` is `tabs`), and here also without surrounding spaces. Returns the keyword, or
 * `undefined` when the value is empty or absent (the caller's default, no warning) or unknown
 * (one warning that names the attribute and the accepted values, then the caller's default).
 */
export function parseKeyword<K extends string>(
  element: Element,
  attribute: string,
  value: unknown,
  accepted: readonly K[],
  consequence: string,
): K | undefined {
  const text = String(value ?? '').trim().toLowerCase();
  const keyword = accepted.find((candidate) => candidate === text);
  if (keyword || !text) clearWarning(element, attribute);
  else warnInvalid(element, attribute, value, accepted.join(', '), consequence);
  return keyword;
}

/**
 * Checks a boolean attribute as HTML reads it: present is on, whatever its value. An empty value
 * or the attribute's own name is how HTML writes "on"; any other value (mostly "false") is on
 * too, but rarely what was meant, so it warns once that removing the attribute switches it off.
 */
export function checkBooleanAttribute(element: Element, attribute: string, whenOn: string): void {
  const value = element.getAttribute(attribute);
  const text = value?.trim().toLowerCase();
  if (value === null || text === '' || text === attribute || text === 'true') clearWarning(element, attribute);
  else warnInvalid(element, attribute, value, `no value, or remove the attribute to switch it off`, whenOn);
}
