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
