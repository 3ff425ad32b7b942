/**
 * dist/cdn/loader.js on a page: it defines a widget when the widget appears (also one a page's
 * script adds later), fetches only that widget's chunk and its texts in the language it shows,
 * and lives beside a second copy of itself, a widget's own file and the bundle.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { expectBuilt, loadBundle, manifestWidgets, settled, widgetText } from './widgets.js';

/** The dist/cdn files a page has fetched, e.g. `chunks/back-pain-myths-abc123.js`. */
const fetched = (page: Window = window) =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'))
    .map((path) => path.slice('/dist/cdn/'.length));

const shows = (widget: Element, lang: string) => Boolean(widget.shadowRoot?.querySelector(`.widget[lang="${lang}"]`));

describe('the loader', () => {
  it('defines a widget the page adds after load, with its Dutch texts only, then its English on request', async () => {
    await loadBundle('loader.js');
    expect(customElements.get('back-pain-myths'), 'nothing is defined before it is on the page').to.equal(undefined);

    const holder = await fixture<HTMLElement>(html`<div lang="nl"></div>`);
    const myths = holder.appendChild(document.createElement('back-pain-myths'));
    await waitUntil(() => shows(myths, 'nl'), 'the added widget shows Dutch', { timeout: 5000 });
    expect(fetched().filter((file) => file.startsWith('chunks/back-pain-myths-'))).to.have.length(1);
    expect(fetched().filter((file) => file.startsWith('chunks/back-pain-faq-')), 'no other widget').to.have.length(0);
    expect(fetched().filter((file) => file.startsWith('locales/en-')), 'no English yet').to.deep.equal([]);

    myths.setAttribute('lang', 'en');
    await waitUntil(() => shows(myths, 'en'), 'the widget switches to English', { timeout: 5000 });
    const english = fetched().filter((file) => file.startsWith('locales/en-'));
    expect(english.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).sort()).to.deep.equal(['locales/en-common', 'locales/en-myths']);
  });

  it('fetches one chunk with every widget, and one language, for a page that shows many widgets', async () => {
    const loader = await expectBuilt('loader.js');
    const tags = (await manifestWidgets()).map(({ tag }) => tag);
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="${loader}"></script></head>
      <body>${tags.map((tag) => `<${tag}></${tag}>`).join('')}</body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentWindow!;
      const widgets = tags.map((tag) => page.document.querySelector(tag)!);
      await waitUntil(() => widgets.every((widget) => shows(widget, 'en')), 'every widget shows English', { timeout: 8000 });
      const files = fetched(page).map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
      expect(files.sort()).to.deep.equal(['chunks/all', 'loader.js', 'locales/en-all']);
    } finally {
      frame.remove();
    }
  });

  it("names each widget chunk for its tag, so a page's network list reads as its widgets", async () => {
    const loader = await expectBuilt('loader.js');
    for (const { tag } of await manifestWidgets()) {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="nl"><head><script type="module" src="${loader}"></script></head><body><${tag}></${tag}></body></html>`;
      document.body.append(frame);
      try {
        await loaded;
        const page = frame.contentWindow!;
        await waitUntil(() => shows(page.document.querySelector(tag)!, 'nl'), `<${tag}> shows Dutch`, { timeout: 5000 });
        expect(fetched(page).filter((file) => file.startsWith(`chunks/${tag}-`)), `<${tag}>'s chunk`).to.have.length(1);
      } finally {
        frame.remove();
      }
    }
  });

  it('fetches the base chunk (Lit and the base element) alongside a widget chunk, not once the widget chunk has arrived', async () => {
    const loader = await expectBuilt('loader.js');
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="nl"><head><script type="module" src="${loader}"></script></head><body><back-pain-faq></back-pain-faq></body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentWindow!;
      const faq = page.document.querySelector('back-pain-faq')!;
      await waitUntil(() => shows(faq, 'nl'), 'the widget shows Dutch', { timeout: 8000 });
      const timing = (prefix: string) =>
        page.performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname.startsWith(`/dist/cdn/${prefix}`)) as PerformanceResourceTiming;
      const widget = timing('chunks/back-pain-faq-');
      const base = timing('chunks/base-');
      expect(base, 'the base chunk was fetched').to.exist;
      expect(base.startTime, 'base requested before the widget chunk arrived').to.be.at.most(widget.responseEnd);
    } finally {
      frame.remove();
    }
  });

  it('leaves a widget to its own file when that defined it first, and works beside a second copy and the bundle', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    try {
      await loadBundle('back-pain-treatments.js');
      // A second copy at another address: a second module instance, as with two versions.
      await import(/* @vite-ignore */ `${await expectBuilt('loader.js')}?copy=2`);
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const treatments = holder.appendChild(document.createElement('back-pain-treatments'));
      await settled(treatments);
      expect(fetched().filter((file) => file.startsWith('chunks/back-pain-treatments-')), 'defined by its own file already').to.have.length(0);

      await loadBundle('back-pain-widgets.js');
      for (const { tag } of await manifestWidgets()) {
        const widget = holder.appendChild(document.createElement(tag));
        await waitUntil(() => widgetText(widget).length > 100, `${tag} shows its content`, { timeout: 5000 });
        expect(warnings.messages.filter((message) => message.includes(`<${tag}>`)).length, tag).to.be.at.most(1);
      }
      expect(errors).to.deep.equal([]);
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
  });

  describe('for Belgium: Belgian Dutch is Dutch with its overlay, French a language of its own', () => {
    /** A page of its own (a fresh registry) with `script` and `body`; its widgets once they show `lang`. */
    async function page(script: string, body: string, lang: string) {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="${lang}"><head><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow!;
      const widgets = [...win.document.body.children];
      await waitUntil(() => widgets.every((widget) => shows(widget, lang === 'fr-BE' ? 'fr' : 'nl-BE')), `every widget in ${lang}`, { timeout: 8000 });
      // Hashes dropped from chunk names (chunks/all-<hash>.js); entry files keep their names.
      const files = fetched(win).map((file) => (file.includes('/') ? file.replace(/-[\w-]{8}\.js$/, '') : file)).sort();
      return { frame, widgets, files };
    }

    it('the loader fetches the Dutch section and its Belgian overlay, and shows 1733 where Dutch says huisartsenpost', async () => {
      const { frame, widgets, files } = await page(await expectBuilt('loader.js'), '<back-pain-selfcare></back-pain-selfcare>', 'nl-BE');
      try {
        expect(widgetText(widgets[0]!)).to.contain('huisartsenwachtpost op 1733').and.not.to.contain('huisartsenpost');
        expect(files.filter((file) => file.startsWith('locales/'))).to.deep.equal(['locales/nl-BE-common', 'locales/nl-BE-self-care', 'locales/nl-common', 'locales/nl-self-care']);
      } finally {
        frame.remove();
      }
    });

    it('a widget\'s own file fetches only the overlay: its Dutch is inside', async () => {
      const { frame, widgets, files } = await page(await expectBuilt('back-pain-selfcare.js'), '<back-pain-selfcare></back-pain-selfcare>', 'nl-be');
      try {
        expect(widgetText(widgets[0]!)).to.contain('1733');
        expect(files).to.deep.equal(['back-pain-selfcare.js', 'locales/nl-BE-common', 'locales/nl-BE-self-care']);
      } finally {
        frame.remove();
      }
    });

    it('a page with every widget in nl-BE fetches Dutch and the overlay once each; in fr-BE only French', async () => {
      const tags = (await manifestWidgets()).map(({ tag }) => tag);
      const body = tags.map((tag) => `<${tag}></${tag}>`).join('');
      const flemish = await page(await expectBuilt('loader.js'), body, 'nl-BE');
      flemish.frame.remove();
      expect(flemish.files).to.deep.equal(['chunks/all', 'loader.js', 'locales/nl-BE-all', 'locales/nl-all']);
      const french = await page(await expectBuilt('loader.js'), body, 'fr-BE');
      french.frame.remove();
      expect(french.files).to.deep.equal(['chunks/all', 'loader.js', 'locales/fr-all']);
    });
  });
});
