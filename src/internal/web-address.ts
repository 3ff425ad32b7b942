import { isServer } from 'lit';
import { clearWarning, warnInvalid } from './warn.js';

/**
 * A link a host page may give a widget: an absolute http(s) address, a path on the same site
 * ("/contact") or a place on the same page ("#self-check"), resolved against `base`; else
 * `undefined`. `javascript:` and other schemes never become links.
 */
export function parseWebAddress(value: string, base: string): string | undefined {
  if (!/^(https?:\/\/|\/|#)[^\s<>"]*$/i.test(value.trim())) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a link attribute: the resolved address, or `undefined` when it is empty or refused. A
 * refused value warns once, naming the attribute and what it accepts; an empty or valid value
 * clears that warning, so the same mistake made again is reported again.
 */
export function checkWebAddress(element: HTMLElement, attribute: string, value: string | null | undefined, consequence: string): string | undefined {
  const text = (value ?? '').trim();
  // A server knows no page address: a valid address stays as written, for the browser to resolve.
  const address = text ? parseWebAddress(text, isServer ? 'https://server.invalid/' : document.baseURI) : undefined;
  if (address || !text) clearWarning(element, attribute);
  else warnInvalid(element, attribute, value, 'an http or https address, a path on this site starting with "/", or "#" and a place on this page', consequence);
  return isServer && address ? text : address;
}
