import { isServer } from 'lit';

/**
 * The language an element should speak: its own `lang`, else the closest ancestor with `lang`
 * (walking out through shadow roots, where `closest()` stops), else `<html lang>`, else Dutch.
 * On a server there is no document to walk: its own `lang`, else Dutch.
 */
export function requestedLanguage(element: Element): string {
  if (isServer) return element.getAttribute('lang') || 'nl';
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute('lang');
    if (value) return value;
    node = node.parentElement ?? hostOf(node);
  }
  return document.documentElement.lang || 'nl';
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Calls `listener` when `<html lang>` changes; returns the unsubscribe function. */
export function onDocumentLanguageChange(listener: () => void): () => void {
  // A server renders once: there is no document to watch.
  if (isServer) return () => undefined;
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
