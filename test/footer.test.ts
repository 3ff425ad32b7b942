import { expect, fixture, html } from '@open-wc/testing';
import { common as enCommon, meta } from '../src/content/en.js';
import { common as nlCommon } from '../src/content/nl.js';
import { formatDate } from '../src/internal/footer.js';
import { manifestWidgets, settled } from './embedding/widgets.js';
import '../src/index.js';

const widgets = (await manifestWidgets()).map(({ tag }) => tag);

async function render(tag: string, lang: string): Promise<HTMLElement> {
  // Outside <main> and any sectioning element: where a <footer> would be the page's contentinfo.
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const widget = document.createElement(tag);
  widget.setAttribute('lang', lang);
  holder.append(widget);
  await settled(widget);
  for (let tries = 0; tries < 100 && !widget.shadowRoot!.querySelector(`.widget[lang="${lang}"]`); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return widget;
}

describe('the footer of every widget', () => {
  it('covers every widget', () => {
    expect(widgets).to.have.length.greaterThan(8);
  });

  it('names each source with its year, and the year of its update', async () => {
    for (const [lang, text] of [
      ['en', '(NICE, 2016, updated in 2020)'],
      ['nl', '(NICE, 2016, bijgewerkt in 2020)'],
    ]) {
      const footer = (await render('back-pain-treatments', lang)).shadowRoot!.querySelector('[part="footer"]')!;
      const items = [...footer.querySelectorAll('li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
      expect(items.find((item) => item.includes('(NG59)')), lang).to.contain(text);
      expect(items.find((item) => item.includes('(M54)')), lang).to.contain('(NHG, 2017)');
    }
  });

  for (const tag of widgets) {
    it(`<${tag}> outside <main> is no contentinfo landmark`, async () => {
      const widget = await render(tag, 'nl');
      const footer = widget.shadowRoot!.querySelector<HTMLElement>('[part="footer"]')!;
      expect(footer, 'footer').to.exist;
      // A <footer> outside sectioning content can be the page's contentinfo landmark, unless its
      // role is removed. The browsers' computed role is out of a test's reach (Puppeteer's
      // accessibility snapshot leaves landmarks out), so the markup that decides it is checked.
      const neutral = footer.localName === 'footer' ? footer.getAttribute('role') === 'none' : !footer.hasAttribute('role');
      expect(neutral, `<${footer.localName} role="${footer.getAttribute('role')}">`).to.equal(true);
      expect(widget.shadowRoot!.querySelector('footer:not([role="none"]), [role="contentinfo"]')).to.equal(null);
    });

    for (const [lang, common] of [['nl', nlCommon], ['en', enCommon]] as const) {
      it(`<${tag} lang="${lang}"> shows the last and the next review date`, async () => {
        const widget = await render(tag, lang);
        const footer = widget.shadowRoot!.querySelector<HTMLElement>('[part="footer"]')!;
        const text = footer.textContent!.replace(/\s+/g, ' ');
        expect(text).to.contain(`${common.reviewedLabel}: ${formatDate(meta.reviewed, lang)}`);
        expect(text).to.contain(`${common.nextReviewLabel}: ${formatDate(meta.nextReview, lang)}`);
        const times = [...footer.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
        expect(times).to.deep.equal([meta.reviewed, meta.nextReview]);
      });
    }
  }
});
