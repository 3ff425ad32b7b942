/**
 * Registers a custom element once. A second registration (the bundle and a per-widget file on
 * one page, or two versions) never throws: the first definition stays, and a different class
 * logs one warning.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`<${tag}> is already defined by another copy of back-pain-widgets; that copy is used.`);
  }
}
