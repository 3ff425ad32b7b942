/**
 * Texts load per section and language: a widget showing English fetches its own section and the
 * shared texts, nothing else; a section whose chunk cannot be fetched shows Dutch, with one
 * warning. The failed fetch is set up in the registry's shared state before any widget asks.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { myths as nlMyths } from '../src/content/nl.js';
import { captureWarnings } from './helpers.js';

const registryKey = Symbol.for('back-pain-widgets.content-registry');
const failedFetch = Promise.reject(new Error('404: locales/en-myths chunk missing'));
failedFetch.catch(() => {}); // handled by the widget; this only keeps the log quiet
(globalThis as Record<symbol, unknown>)[registryKey] = {
  overrides: new Map(),
  added: new Map(),
  loading: new Map([['en/myths', failedFetch]]),
  loaded: new Map(),
  listeners: new Set(),
};
const registry = (globalThis as Record<symbol, unknown>)[registryKey] as { loaded: Map<string, unknown> };
const { loadBuiltIn } = await import('../src/content/registry.js');
await import('../src/treatments/define.js');
await import('../src/myths/define.js');

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const shows = (el: Element, lang: string) => el.shadowRoot!.querySelector(`.widget[lang="${lang}"]`);

describe('texts per section and language', () => {
  it('an English widget loads its own section and the shared texts, no other section', async () => {
    const el = await fixture<Widget>(html`<back-pain-treatments lang="en"></back-pain-treatments>`);
    await waitUntil(() => shows(el, 'en'), 'the widget shows English');
    const english = [...registry.loaded.keys()].filter((key) => key.startsWith('en')).sort();
    expect(english).to.deep.equal(['en/common', 'en/treatments']);
  });

  it('a section whose chunk cannot be fetched shows Dutch, marked as Dutch, with one warning naming lang', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<Widget>(html`<back-pain-myths lang="en"></back-pain-myths>`);
      await waitUntil(() => shows(el, 'nl'), 'the widget shows Dutch');
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(nlMyths.title);
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('lang="en"').and.to.contain('could not be loaded');
    } finally {
      warnings.restore();
    }
  });

  it('loadBuiltIn loads a whole language into the registry, for a server to await', async () => {
    const content = await loadBuiltIn('nl');
    expect(Object.keys(content).sort()).to.deep.equal(
      ['check', 'common', 'faq', 'lifting', 'meta', 'myths', 'redFlags', 'riskFactors', 'selfCare', 'sources', 'timeline', 'treatments', 'walking'],
    );
    expect(content.myths.title).to.equal(nlMyths.title);
  });
});
