import { expect, fixture, html } from '@open-wc/testing';
import { loadBundle, manifestWidgets, settled, widgetText, type WidgetInfo } from './widgets.js';

/** Global styles that clinic themes and CSS resets really ship. */
const hostileStyles: Record<string, string> = {
  'a Bootstrap-style reset': `*,*::before,*::after{box-sizing:border-box}body{margin:0;font-family:system-ui;font-size:1rem;line-height:1.5}
    h1,h2,h3,h4,h5,h6,p,ul,ol{margin:0 0 1rem}button{border-radius:0;text-transform:none}`,
  'a Tailwind-preflight-style reset': `*,::before,::after{box-sizing:border-box;border:0 solid;margin:0;padding:0}
    html{line-height:1.5;font-size:100%}ol,ul{list-style:none}button,input{font:inherit;color:inherit;background:transparent}
    svg{display:block;vertical-align:middle}`,
  'html { font-size: 10px }': 'html{font-size:10px}',
  'html { font-size: 20px }': 'html{font-size:20px}',
  '* { box-sizing: content-box; line-height: 3 }': '*{box-sizing:content-box!important;line-height:3!important}',
  'button, input { all: unset }': 'button,input{all:unset!important}',
  '[hidden] { display: block !important }': '[hidden]{display:block!important}',
  'a theme that styles every element': `*{font-size:12px!important;color:#999!important;background:#222!important;
    letter-spacing:.3em!important;text-transform:uppercase!important}`,
};

function fontSizeOf(element: Element): number {
  const widget = element.shadowRoot!.querySelector('.widget')!;
  return parseFloat(getComputedStyle(widget).fontSize);
}

describe('on a page with hostile global CSS', () => {
  let widgets: WidgetInfo[];
  let baseline: Map<string, { text: string; height: number }>;

  before(async () => {
    await loadBundle('back-pain-widgets.js');
    widgets = await manifestWidgets();
    baseline = new Map();
    for (const { tag } of widgets) {
      const el = await fixture(html`<div style="width: 480px"></div>`);
      const widget = el.appendChild(document.createElement(tag));
      await settled(widget);
      baseline.set(tag, { text: widgetText(widget), height: widget.getBoundingClientRect().height });
    }
  });

  for (const [name, css] of Object.entries(hostileStyles)) {
    it(`renders every widget readably and working under ${name}`, async () => {
      const style = document.head.appendChild(document.createElement('style'));
      style.textContent = css;
      try {
        for (const { tag } of widgets) {
          const holder = await fixture(html`<div style="width: 480px"></div>`);
          const widget = holder.appendChild(document.createElement(tag));
          await settled(widget);
          const expected = baseline.get(tag)!;
          expect(widgetText(widget), `${tag} text`).to.equal(expected.text);
          // 18 px, never smaller; larger only when the page's root size is larger (documented).
          const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
          expect(fontSizeOf(widget), `${tag} font size`).to.equal(Math.max(18, rootSize * 1.125));
          const lineHeight = parseFloat(getComputedStyle(widget.shadowRoot!.querySelector('.widget')!).lineHeight);
          expect(lineHeight / fontSizeOf(widget), `${tag} line height`).to.be.within(1.2, 1.8);
          // The font family is inherited on purpose, so only a change of root size is compared.
          if (name === 'html { font-size: 10px }') {
            const height = widget.getBoundingClientRect().height;
            expect(height, `${tag} height`).to.be.closeTo(expected.height, expected.height * 0.02);
          }
          for (const control of widget.shadowRoot!.querySelectorAll<HTMLElement>('button, input, summary, a[href]')) {
            if (!control.checkVisibility()) continue;
            // A control inside a label is clicked through its label: that is its target.
            const box = (control.closest('label') ?? control).getBoundingClientRect();
            expect(Math.min(box.width, box.height), `${tag} ${control.localName} is a usable target`).to.be.at.least(24);
          }
          for (const hidden of widget.shadowRoot!.querySelectorAll<HTMLElement>('[hidden]')) {
            expect(hidden.checkVisibility(), `${tag} keeps hidden parts hidden`).to.equal(false);
          }
        }
      } finally {
        style.remove();
      }
    });
  }

  it('keeps the red-flag check working: answering yes and pressing Next shows the emergency card', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = Object.values(hostileStyles).join('\n');
    try {
      const holder = await fixture(html`<div style="width: 320px"></div>`);
      const widget = holder.appendChild(document.createElement('back-pain-redflags'));
      await settled(widget);
      widget.shadowRoot!.querySelector<HTMLInputElement>('input[value="yes"]')!.click();
      await settled(widget);
      widget.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]')!.click();
      await settled(widget);
      expect(widget.shadowRoot!.querySelector('#outcome.emergency')).to.exist;
    } finally {
      style.remove();
    }
  });
});
