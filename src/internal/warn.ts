const warned = new WeakMap<Element, Map<string, string>>();

/**
 * Logs one `console.warn` for a bad attribute value, naming the attribute, the values it
 * accepts and what the widget does instead. Repeated renders with the same bad value stay quiet.
 */
export function warnInvalid(element: Element, attribute: string, value: unknown, accepted: string, fallback: string): void {
  const seen = warned.get(element) ?? new Map<string, string>();
  warned.set(element, seen);
  const shown = String(value);
  if (seen.get(attribute) === shown) return;
  seen.set(attribute, shown);
  const preview = shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
  console.warn(
    `<${element.localName}>: ${attribute}="${preview}" is not valid. Accepted: ${accepted}. ${fallback}`,
  );
}

/** Forgets an attribute's last warning, so that a later bad value warns again. */
export function clearWarning(element: Element, attribute: string): void {
  warned.get(element)?.delete(attribute);
}
