/**
 * Waits until a widget's shadow root holds `selector`: English texts load on demand, so a play
 * function must not click before they are there. Storybook's own `waitFor` would work too, but
 * this keeps the stories runnable by the test runner without Storybook.
 */
export async function whenRendered<T extends Element>(widget: Element, selector: string, timeout = 5000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = widget.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`<${widget.localName}> rendered no ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
