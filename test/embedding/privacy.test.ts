import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadBundle, manifestWidgets, settled } from './widgets.js';

/** Counts every way a script can send something, while leaving them working. */
function watchOutgoing() {
  const calls: string[] = [];
  const restore: (() => void)[] = [];
  const spy = <T extends object>(target: T, name: keyof T & string) => {
    const original = target[name] as unknown as (...args: unknown[]) => unknown;
    (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${name} ${String(args[0]).slice(0, 80)}`);
      return original.apply(this, args);
    };
    restore.push(() => ((target as Record<string, unknown>)[name] = original));
  };
  spy(window, 'fetch');
  spy(XMLHttpRequest.prototype, 'open');
  spy(navigator, 'sendBeacon');
  spy(window, 'open');
  const OriginalWebSocket = window.WebSocket;
  window.WebSocket = class extends OriginalWebSocket {
    constructor(url: string | URL) {
      calls.push(`WebSocket ${url}`);
      super(url);
    }
  };
  restore.push(() => (window.WebSocket = OriginalWebSocket));
  return { calls, restore: () => restore.forEach((undo) => undo()) };
}

/** Presses every button, ticks every box and picks the first radio of each group, as a curious person would. */
async function useEverything(widget: Element) {
  const root = widget.shadowRoot!;
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"][value="no"], input[type="checkbox"]')) {
    input.click();
    await settled(widget);
  }
  for (const summary of root.querySelectorAll<HTMLElement>('summary, [role="tab"]')) summary.click();
  for (const button of root.querySelectorAll<HTMLButtonElement>('button')) {
    button.click();
    await settled(widget);
  }
}

describe('privacy', () => {
  it('widgets send nothing, set no cookie and store nothing, in Dutch and English', async () => {
    // Downloads and printing are the person's own choice; keep them from opening dialogs here.
    const originalPrint = window.print;
    window.print = () => undefined;
    const originalCreateObjectURL = URL.createObjectURL;
    URL.createObjectURL = () => 'blob:stub';
    const outgoing = watchOutgoing();
    const startedAt = performance.now();
    try {
      await loadBundle('back-pain-widgets.js');
      const widgets = await manifestWidgets();
      outgoing.calls.length = 0; // the test's own manifest fetch
      for (const lang of ['nl', 'en']) {
        for (const { tag } of widgets) {
          const holder = await fixture(html`<div lang=${lang}></div>`);
          const widget = holder.appendChild(document.createElement(tag));
          await settled(widget);
          await waitUntil(() => widget.shadowRoot?.querySelector(`.widget[lang="${lang}"]`), `${tag} shows ${lang}`);
          await useEverything(widget);
        }
      }
      expect(outgoing.calls).to.deep.equal([]);
      const requested = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= startedAt)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => !path.endsWith('/custom-elements.json'));
      // The only requests are the scripts themselves, including the English texts beside the bundle.
      for (const path of requested) expect(path).to.match(/^\/dist\/cdn\/.+\.js$/);
      expect(document.cookie).to.equal('');
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      if ('databases' in indexedDB) expect(await indexedDB.databases()).to.deep.equal([]);
    } finally {
      outgoing.restore();
      window.print = originalPrint;
      URL.createObjectURL = originalCreateObjectURL;
    }
  });
});
