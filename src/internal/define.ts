/** Tags already warned about, shared by every copy of the library on the page. */
const warnedKey = Symbol.for('back-pain-widgets.define-warned');
const warned: Set<string> = ((globalThis as typeof globalThis & { [warnedKey]?: Set<string> })[warnedKey] ??= new Set());

/**
 * Registers a custom element once. A second registration (the bundle and a per-widget file on
 * one page, or two versions) never throws: the first definition stays, and a different class
 * logs one warning per tag, however many copies load.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<${tag}> is already defined on this page (by another copy of back-pain-widgets or by another script); that definition is used.`);
  }
}
