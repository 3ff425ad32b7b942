/**
 * The drop-in loader (dist/cdn/loader.js): defines only the widgets a page shows, when they
 * appear, also when a page's script adds them later. The build passes it, for each tag, what a
 * page with that widget needs (see `Needs`), the same for a chunk with every widget, the text
 * chunks each built-in locale reads, the text chunks that are not there, and the texts hash in
 * their names.
 *
 * It fetches everything a widget needs at once, as soon as it sees it: the browser would otherwise
 * find a chunk's imports, and a widget its texts, only once the chunk before has arrived, one
 * round trip after the other.
 *
 * Limit: a widget inside another component's shadow root is not seen. Such pages load the
 * widget's own file or the bundle.
 */

/** A widget's code chunks (in chunks/, without `.js`) and the parts its texts come in (`common`, `timeline`). */
type Needs = [code: string[], parts: string[]];

export function defineOnDemand(
  widgets: Record<string, Needs>,
  every: Needs,
  locales: Record<string, string[]>,
  absent: string[],
  texts: string,
  many: number,
): void {
  // A classic script resolves the chunks against the page, not against this file.
  if (document.currentScript) console.warn('back-pain-widgets: load loader.js with <script type="module">.');
  const pending = new Set(Object.keys(widgets));
  const codes = Object.keys(locales);

  /** Fetches code and texts of `tag` for an element whose language is `lang` (matched as the widget does, else Dutch). */
  const load = (tag: string, [code, parts]: Needs, lang: string) => {
    const locale = codes.find((each) => each.toLowerCase() == lang) ?? codes.find((each) => each == lang.split('-')[0]) ?? 'nl';
    const names = parts.flatMap((part) => locales[locale].map((each) => `${each}-${part}`)).filter((name) => !absent.includes(name));
    Promise.all([...code.map((chunk) => import(`./chunks/${chunk}.js`)), ...names.map((name) => import(`./locales/${name}-${texts}.js`))]).catch(() =>
      console.warn(`back-pain-widgets: <${tag}> could not be loaded.`),
    );
  };

  const define = (root: ParentNode, first = false) => {
    // Custom elements not defined yet (not by the bundle or an own file either), in one query,
    // each with the language it will show.
    const found = new Map<string, Set<string>>();
    for (const element of [root, ...root.querySelectorAll(':not(:defined)')] as Element[]) {
      const tag = element.localName;
      if (pending.has(tag) && !customElements.get(tag)) {
        const lang = element.closest('[lang]:not([lang=""])')?.getAttribute('lang') ?? '';
        found.set(tag, (found.get(tag) ?? new Set()).add(lang.toLowerCase()));
      }
    }
    // Many widgets at once: one chunk with all of them weighs less than a chunk each.
    const all = first && found.size >= many;
    for (const [tag, langs] of found) {
      pending.delete(tag);
      for (const lang of langs) load(tag, all ? every : widgets[tag], lang);
    }
    if (all || pending.size === 0) {
      pending.clear();
      observer.disconnect();
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) define(node);
  });
  observer.observe(document, { childList: true, subtree: true });
  define(document, true);
}
