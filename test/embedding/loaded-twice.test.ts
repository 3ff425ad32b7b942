import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { loadBundle, manifestWidgets, settled, widgetText } from './widgets.js';

describe('loaded twice on one page', () => {
  it('the bundle twice, then the bundle plus each widget’s own file: no error, widgets work', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    try {
      await loadBundle('back-pain-widgets.js');
      // A second script tag with the same URL: the module runs once.
      await loadBundle('back-pain-widgets.js');
      const widgets = await manifestWidgets();
      // The same widgets again, from a different file: another copy of Lit and of each class.
      for (const { tag } of widgets) await loadBundle(`${tag}.js`);

      expect(errors).to.deep.equal([]);
      for (const { tag } of widgets) {
        expect(customElements.get(tag), tag).to.exist;
        expect(warnings.messages.filter((message) => message.includes(`<${tag}>`)), tag).to.have.length(1);
        const holder = await fixture(html`<div></div>`);
        const widget = holder.appendChild(document.createElement(tag));
        await settled(widget);
        expect(widgetText(widget).length, `${tag} shows its content`).to.be.greaterThan(100);
      }
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
  });
});
