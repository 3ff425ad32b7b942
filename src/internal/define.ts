/** Tags (and Lit's policy) already warned about, shared by every copy of the library on the page. */
const warnedKey = Symbol.for('back-pain-widgets.define-warned');
const warned: Set<string> = ((globalThis as typeof globalThis & { [warnedKey]?: Set<string> })[warnedKey] ??= new Set());

// Every drop-in file runs this module before Lit, which creates the Trusted Types policy
// `lit-html` as it loads. A page whose CSP lists its policies without it (or without
// 'allow-duplicates', for a second copy of Lit) gets no widgets, and the browser's report does
// not say what to change: say it, once per page.
globalThis.document?.addEventListener('securitypolicyviolation', ({ sample, disposition }) => {
  if (sample !== 'lit-html' || disposition !== 'enforce' || warned.has(sample)) return;
  warned.add(sample);
  console.error("back-pain-widgets: the page's CSP refused Lit's Trusted Types policy. Allow it: trusted-types lit-html 'allow-duplicates'");
});

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
    console.warn(`<${tag}> is already defined on this page; that definition is used.`);
  }
}
