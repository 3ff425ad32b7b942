/**
 * The drop-in loader (dist/cdn/loader.js): defines only the widgets a page shows, when they
 * appear, also when a page's script adds them later. The build passes it the file names (in
 * chunks/, without `.js`) of each tag's widget chunk, of a chunk with every widget, and of the
 * base chunk (Lit and the base element) that every widget chunk imports; each widget then fetches
 * its texts in the language it shows.
 *
 * Limit: a widget inside another component's shadow root is not seen. Such pages load the
 * widget's own file or the bundle.
 */
export function defineOnDemand(widgets: Record<string, string>, every: string, base: string, many: number): void {
  // A classic script resolves the chunks against the page, not against this file.
  if (document.currentScript) console.warn('back-pain-widgets: load loader.js with <script type="module">.');
  const pending = new Map(Object.entries(widgets));
  const load = (tag: string, chunks: string[]) =>
    Promise.all(chunks.map((chunk) => import(`./chunks/${chunk}.js`))).catch(() => console.warn(`back-pain-widgets: <${tag}> could not be loaded.`));

  const define = (root: ParentNode, first = false) => {
    // Custom elements not defined yet (not by the bundle or an own file either), in one query.
    const found = new Set<string>();
    for (const element of [root, ...root.querySelectorAll(':not(:defined)')]) {
      const tag = (element as Element).localName;
      if (pending.has(tag) && !customElements.get(tag)) found.add(tag);
    }
    // Many widgets at once: one chunk with all of them weighs less than a chunk each.
    if (first && found.size >= many) {
      pending.clear();
      load([...found].join('>, <'), [every]);
    }
    // The base chunk alongside the widget's, not after it: the browser finds a chunk's imports
    // only once the chunk has arrived.
    for (const tag of found) if (pending.delete(tag)) load(tag, [base, widgets[tag]]);
    if (pending.size === 0) observer.disconnect();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) define(node);
  });
  observer.observe(document, { childList: true, subtree: true });
  define(document, true);
}
