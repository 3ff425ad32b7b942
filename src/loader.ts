/**
 * The drop-in loader (dist/cdn/loader.js): defines only the widgets a page shows, when they
 * appear, also when a page's script adds them later. The build passes it the map from tag to
 * widget chunk (from widgets.json); each widget then fetches its texts in the language it shows.
 *
 * Limit: a widget inside another component's shadow root is not seen. Such pages load the
 * widget's own file or the bundle.
 */
export function defineOnDemand(widgets: Record<string, () => Promise<unknown>>): void {
  // A classic script resolves the chunks against the page, not against this file.
  if (document.currentScript) console.warn('back-pain-widgets: load loader.js with <script type="module">.');
  const pending = new Map(Object.entries(widgets));

  const define = (root: ParentNode) => {
    // Custom elements that are not defined yet: the only candidates, found in one query.
    for (const element of [root, ...root.querySelectorAll(':not(:defined)')]) {
      const tag = (element as Element).localName;
      const load = pending.get(tag);
      if (!load) continue;
      pending.delete(tag);
      // Defined already by the bundle or a widget's own file on this page: nothing to fetch.
      if (!customElements.get(tag)) load().catch(() => console.warn(`back-pain-widgets: <${tag}> could not be loaded.`));
    }
    if (pending.size === 0) observer.disconnect();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) define(node);
  });
  observer.observe(document, { childList: true, subtree: true });
  define(document);
}
