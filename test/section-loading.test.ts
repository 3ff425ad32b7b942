/**
 * Texts load per section and language: a widget showing English fetches its own section and the
 * shared texts, nothing else; a section whose chunk cannot be fetched shows Dutch, with one
 * warning (here: the myths widget with an English chunk that fails to load).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { myths as nlMyths } from '../src/content/nl.js';
import { mythsTexts } from '../src/content/load/myths.js';
import { loadAll } from '../src/content/registry.js';
import { builtInLoaders } from '../src/content/load/all.js';
import { BackPainMyths } from '../src/myths/back-pain-myths.js';
import '../src/treatments/define.js';
import { captureWarnings } from './helpers.js';

const mythsWithoutEnglish = 'back-pain-myths-english-missing';
customElements.define(
  mythsWithoutEnglish,
  class extends BackPainMyths {
    protected override readonly sectionTexts = { ...mythsTexts, en: () => Promise.reject(new Error('404: locales/en-myths chunk missing')) };
  },
);

/** The English text modules this page has fetched, by name (`common`, `treatments`). */
const fetchedEnglish = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.match(/\/src\/content\/en\/([\w-]+)\.(?:js|ts)$/)?.[1])
    .filter(Boolean)
    .sort();

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const shows = (el: Element, lang: string) => el.shadowRoot!.querySelector(`.widget[lang="${lang}"]`);

describe('texts per section and language', () => {
  it('an English widget loads its own section and the shared texts, no other section', async () => {
    const el = await fixture<Widget>(html`<back-pain-treatments lang="en"></back-pain-treatments>`);
    await waitUntil(() => shows(el, 'en'), 'the widget shows English');
    expect(fetchedEnglish()).to.deep.equal(['common', 'treatments']);
  });

  it('a section whose chunk cannot be fetched shows Dutch, marked as Dutch, with one warning naming lang', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<Widget>(`<${mythsWithoutEnglish} lang="en"></${mythsWithoutEnglish}>`);
      await waitUntil(() => shows(el, 'nl'), 'the widget shows Dutch');
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(nlMyths.title);
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('lang="en"').and.to.contain('could not be loaded');
    } finally {
      warnings.restore();
    }
  });

  it('loadAll loads a whole language into the registry, for a server to await', async () => {
    const content = await loadAll('nl', builtInLoaders);
    expect(Object.keys(content).sort()).to.deep.equal(
      ['check', 'common', 'faq', 'lifting', 'meta', 'myths', 'redFlags', 'riskFactors', 'selfCare', 'sources', 'timeline', 'treatments', 'walking'],
    );
    expect(content.myths.title).to.equal(nlMyths.title);
  });
});
