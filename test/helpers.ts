import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Collects `console.warn` calls while a test runs; `restore()` puts the original back. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Renders a widget and returns it with the warnings it logged while it settled (its first
 * render and one more update, as a page would see them).
 */
export async function fixtureWithWarnings<T extends HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void }>(
  template: TemplateResult,
): Promise<{ el: T; warnings: string[] }> {
  const warnings = captureWarnings();
  try {
    const el = await fixture<T>(template);
    el.requestUpdate();
    await el.updateComplete;
    return { el, warnings: warnings.messages };
  } finally {
    warnings.restore();
  }
}

/**
 * Runs `check` while `element` is styled for print: emulated print media where the browser can
 * (Chromium), else the element's own `@media print` rules applied to the screen (Firefox).
 */
export async function whilePrinted(element: Element, check: () => void | Promise<void>): Promise<void> {
  const { emulateMedia } = await import('@web/test-runner-commands');
  const root = element.shadowRoot!;
  const screenSheets = [...root.adoptedStyleSheets];
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    const printRules = screenSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    const printed = new CSSStyleSheet();
    printed.replaceSync(printRules.join('\n'));
    root.adoptedStyleSheets = [...screenSheets, printed];
  }
  try {
    await check();
  } finally {
    root.adoptedStyleSheets = screenSheets;
    await emulateMedia({ media: 'screen' }).catch(() => undefined);
  }
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Answers every warning sign of a `<back-pain-check>` "no", step by step, until its "how long" step shows. */
export async function passWarningSigns(check: Updating) {
  const redflags = check.shadowRoot!.querySelector<Updating>('back-pain-redflags')!;
  await redflags.updateComplete;
  for (let step = 0; step < 10 && check.shadowRoot!.querySelector<HTMLElement>('#duration')!.hidden; step += 1) {
    for (const radio of redflags.shadowRoot!.querySelectorAll<HTMLInputElement>('input[value="no"]')) radio.click();
    redflags.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]')!.click();
    await redflags.updateComplete;
    await check.updateComplete;
  }
}

/** Every text of a content object as [path, text]; functions called with sample numbers. */
export function texts(content: unknown, path = ''): [string, string][] {
  if (typeof content === 'string') return [[path, content]];
  if (typeof content === 'function') return texts((content as (...numbers: number[]) => unknown)(3, 17), path);
  if (Array.isArray(content)) return content.flatMap((item, index) => texts(item, `${path}[${index}]`));
  if (content && typeof content === 'object') {
    return Object.entries(content).flatMap(([name, value]) => texts(value, path ? `${path}.${name}` : name));
  }
  return [];
}
