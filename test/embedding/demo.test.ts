import { expect } from '@open-wc/testing';
import { BUILT_IN_LOCALES } from '../../src/content/registry.js';
import { expectBuilt, manifestWidgets } from './widgets.js';

/** Opens the demo page in a frame and waits until every widget on it has rendered. */
async function openDemo(): Promise<Window> {
  await expectBuilt('back-pain-widgets.js');
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const widgets = await manifestWidgets();
  for (const { tag } of widgets) await win.customElements.whenDefined(tag);
  await Promise.all(
    [...win.document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('main *')]
      .filter((element) => element.updateComplete)
      .map((element) => element.updateComplete),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  return win;
}

describe('the demo page', () => {
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('offers a language button for every built-in language, each spoken in its own language', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const buttons = [...page.querySelectorAll<HTMLButtonElement>('.language button[data-lang]')];
    expect(buttons.map((button) => button.dataset.lang).sort()).to.deep.equal([...BUILT_IN_LOCALES].sort());
    for (const button of buttons) expect(button.lang || page.documentElement.lang, button.dataset.lang).to.equal(button.dataset.lang);
  });

  it('shows every widget of the manifest', async () => {
    const win = await openDemo();
    for (const { tag } of await manifestWidgets()) {
      const element = win.document.querySelector(tag);
      expect(element, tag).to.exist;
      expect(element!.shadowRoot!.textContent!.trim().length, tag).to.be.greaterThan(100);
    }
  });

  it('does not shift its layout when the widgets upgrade', async function () {
    // Layout-shift entries are a Chromium feature.
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
    const win = await openDemo();
    const shifts = await new Promise<number>((resolve) => {
      const { PerformanceObserver: FrameObserver } = win as unknown as typeof globalThis;
      new FrameObserver((list, observer) => {
        observer.disconnect();
        const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
        resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
      }).observe({ type: 'layout-shift', buffered: true });
      // With no shift at all, the observer is never called.
      setTimeout(() => resolve(0), 500);
    });
    expect(shifts).to.be.below(0.01);
  });
});
