import { expect, fixture, html } from '@open-wc/testing';
import { loadBundle, manifestWidgets, settled } from './widgets.js';

/** Shapes that never hold other elements: a child inside one means the markup was mangled. */
const shapes = 'circle, ellipse, line, path, polygon, polyline, rect';

/** Brings each widget into the states that show its icons and drawings. */
const showEverything: Record<string, string> = {
  'back-pain-redflags': 'input[value="yes"]',
};

describe('drawings and icons in the drop-in bundle', () => {
  it('every svg keeps its shapes side by side, as written', async () => {
    await loadBundle('back-pain-widgets.js');
    let drawings = 0;
    for (const { tag } of await manifestWidgets()) {
      const holder = await fixture(html`<div></div>`);
      const widget = holder.appendChild(document.createElement(tag));
      await settled(widget);
      const trigger = showEverything[tag];
      if (trigger) widget.shadowRoot!.querySelector<HTMLElement>(trigger)!.click();
      await settled(widget);
      for (const svg of widget.shadowRoot!.querySelectorAll('svg')) {
        drawings += 1;
        expect(svg.querySelectorAll(shapes).length, `${tag}: an svg with shapes`).to.be.greaterThan(0);
        const nested = [...svg.querySelectorAll(shapes)].filter((shape) => shape.children.length > 0);
        expect(nested.map((shape) => shape.outerHTML.slice(0, 80)), `${tag}: shapes nested in shapes`).to.deep.equal([]);
      }
    }
    expect(drawings, 'drawings checked').to.be.greaterThan(10);
  });
});
