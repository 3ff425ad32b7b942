import { isServer } from 'lit';
import { clearWarning, warnInvalid } from './warn.js';

/** What a link attribute accepts, as its warning says it. */
const ACCEPTED =
  'an http or https address, a tel: or mailto: link, a path on this site starting with "/", or "#" and a place on this page';

/**
 * No spaces, quotes or angle brackets anywhere: a browser strips or rewrites them. An absolute
 * address names its host right after "//" (not "http:///host" or "https://\\host").
 */
const ABSOLUTE = /^https?:\/\/[^\s<>"/\\][^\s<>"]*$/i;
const PATH = /^[/#][^\s<>"]*$/;
const TEL = /^tel:\+?[0-9().-]{3,}$/i;
const MAILTO = /^mailto:[^\s<>"@?]+@[^\s<>"@?]+(\?[^\s<>"]*)?$/i;

/**
 * The one rule for every link a host page gives a widget, in the browser and in server rendering.
 * Accepted: an absolute http(s) address (any site: the practice's own), `tel:` and `mailto:`, and
 * a path ("/contact") or place ("#check") that resolves to the origin of `base`. A value written
 * as a path that a browser resolves to another site (`//evil.example`, `/\evil.example`) is
 * refused, and so is every other scheme. Returns the resolved address, or `undefined`.
 */
export function parseWebAddress(value: string, base: string): string | undefined {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  if (TEL.test(text) || MAILTO.test(text)) return url.href;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (ABSOLUTE.test(text)) return url.hostname ? url.href : undefined;
  return PATH.test(text) && url.origin === new URL(base).origin ? url.href : undefined;
}

/** True for an address that leaves the page for another application: a call or an e-mail. */
export function isCallOrMail(address: string): boolean {
  return /^(tel|mailto):/i.test(address);
}

/**
 * Reads a link attribute: the resolved address, or `undefined` when it is empty or refused. A
 * refused value warns once, naming the attribute and what it accepts; an empty or valid value
 * clears that warning, so the same mistake made again is reported again.
 */
export function checkWebAddress(element: HTMLElement, attribute: string, value: string | null | undefined, consequence: string): string | undefined {
  const text = (value ?? '').trim();
  // A server knows no page address: it checks against a stand-in origin and writes a path as a
  // path (the parser's own form, so the browser reads the same), for the browser to resolve.
  const address = text ? parseWebAddress(text, isServer ? SERVER_BASE : document.baseURI) : undefined;
  if (address || !text) clearWarning(element, attribute);
  else warnInvalid(element, attribute, value, ACCEPTED, consequence);
  return isServer && address ? serverForm(text, address) : address;
}

const SERVER_BASE = 'https://server.invalid/';

function serverForm(text: string, address: string): string {
  if (text.startsWith('#')) return new URL(address).hash || '#';
  if (!text.startsWith('/')) return address;
  const { pathname, search, hash } = new URL(address);
  return `${pathname}${search}${hash}`;
}

/** `decodeURIComponent`, or the text as it is when it holds a malformed escape such as `%E0%A4%A`. */
export function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
