import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { manifestWidgets, settled } from './embedding/widgets.js';
import '../src/index.js';

const widgets = (await manifestWidgets()).map(({ tag }) => tag);

/** Every element of a widget's shadow tree, and of the widgets it holds (the guided check holds the red-flag check). */
function elementsOf(widget: Element): HTMLElement[] {
  return [...widget.shadowRoot!.querySelectorAll<HTMLElement>('*')].flatMap((element) =>
    element.shadowRoot ? [element, ...elementsOf(element)] : [element],
  );
}

/** Elements that show text of their own: a text node with letters, or a form field's value. */
function withVisibleText(widget: Element): HTMLElement[] {
  return elementsOf(widget).filter((element) => {
    if (!element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false;
    if (element instanceof HTMLInputElement) return true;
    return [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /\p{L}|\d/u.test(node.textContent ?? ''));
  });
}

const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

/**
 * Renders a widget with everything a reader can open opened: every disclosure, every myth's
 * fact, the link to the red-flag check, and in the red-flag check the outcome card (one "yes").
 */
async function renderOpened(tag: string, lang: string): Promise<HTMLElement> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const widget = document.createElement(tag);
  widget.setAttribute('lang', lang);
  widget.setAttribute('redflags-href', '#check');
  if (tag === 'back-pain-myths') widget.setAttribute('reveal', '');
  holder.append(widget);
  await settled(widget);
  await waitForText(widget, lang);
  const root = widget.shadowRoot!;
  root.querySelector<HTMLInputElement>('input[type="radio"][value="yes"]')?.click();
  root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
  await settled(widget);
  root.querySelectorAll('details').forEach((details) => (details.open = true));
  await settled(widget);
  return widget;
}

/** English texts load on demand: wait until the widget speaks the language asked for. */
async function waitForText(widget: Element, lang: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (widget.shadowRoot?.querySelector(`.widget[lang="${lang}"]`)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`<${widget.localName}> never showed lang="${lang}"`);
}

describe('text size', () => {
  it('covers every widget', () => {
    expect(widgets).to.have.length.greaterThan(8);
  });

  for (const tag of widgets) {
    for (const lang of ['nl', 'en']) {
      it(`<${tag} lang="${lang}"> shows body text at 18 px and no visible text under 16 px`, async () => {
        const widget = await renderOpened(tag, lang);
        const wrapper = widget.shadowRoot!.querySelector('.widget')!;
        expect(px(wrapper), 'body text').to.equal(18);
        const texts = withVisibleText(widget);
        expect(texts.length, 'visible text found').to.be.greaterThan(10);
        const small = texts
          .filter((element) => px(element) < 16)
          .map((element) => `${element.localName}.${element.className} (${px(element)} px): ${element.textContent!.trim().slice(0, 40)}`);
        expect(small).to.deep.equal([]);
        // A widget that holds another (the guided check holds the red-flag check) has its body
        // text there; its own tree is mostly headings and buttons.
        const held = [...widget.shadowRoot!.querySelectorAll('*')].find((element) => element.shadowRoot);
        const body = held ? withVisibleText(held) : texts;
        expect(body.map(px).filter((size) => size === 18).length, 'most text is body text').to.be.greaterThan(body.length / 3);
      });
    }
  }

  it('follows a larger root font size (a reader’s own setting) and never shrinks with a smaller one', async () => {
    const root = document.documentElement;
    try {
      root.style.fontSize = '24px';
      const large = await renderOpened('back-pain-faq', 'nl');
      expect(px(large.shadowRoot!.querySelector('.widget')!)).to.equal(27);
      root.style.fontSize = '62.5%';
      const small = await renderOpened('back-pain-faq', 'nl');
      expect(px(small.shadowRoot!.querySelector('.widget')!)).to.equal(18);
    } finally {
      root.style.fontSize = '';
    }
  });
});

describe('320 px wide with text at 200%', () => {
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '32px';
  });

  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const tag of widgets) {
    for (const lang of ['nl', 'en']) {
      it(`<${tag} lang="${lang}"> has no sideways overflow, with everything opened`, async () => {
        const widget = await renderOpened(tag, lang);
        expect(px(widget.shadowRoot!.querySelector('.widget')!), 'text at 200%').to.equal(36);
        expect(widget.clientWidth, 'the widget fits the viewport').to.be.at.most(320);
        const overflowing = [widget, ...elementsOf(widget)]
          // A visually hidden text is clipped to 1 px on purpose.
          .filter((element) => element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1)
          .map((element) => `${element.localName}.${element.className}: ${element.scrollWidth} > ${element.clientWidth}`);
        expect(overflowing, 'elements wider inside than outside').to.deep.equal([]);
        const right = widget.getBoundingClientRect().right;
        const outside = elementsOf(widget)
          .filter((element) => element.checkVisibility() && element.getBoundingClientRect().right > right + 1)
          .map((element) => `${element.localName}.${element.className}: ${Math.round(element.getBoundingClientRect().right)} > ${right}`);
        expect(outside, 'elements that stick out on the right').to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
      });
    }
  }
});
