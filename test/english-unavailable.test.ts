/**
 * When the English texts cannot be fetched (a locales file missing beside the bundle), a widget
 * shows Dutch, says so once, and marks the text as Dutch so a screen reader uses a Dutch voice.
 * The failed fetch is set up in the registry's shared state before any widget asks for English.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { treatments as nlTreatments, meta } from '../src/content/nl.js';
import { formatDate } from '../src/internal/footer.js';
import { captureWarnings } from './helpers.js';

const failedFetch = Promise.reject(new Error('404: locales chunk missing'));
failedFetch.catch(() => {}); // handled by the widget; this only keeps the log quiet
(globalThis as Record<symbol, unknown>)[Symbol.for('back-pain-widgets.content-registry')] = {
  overrides: new Map(),
  added: new Map(),
  loading: new Map([['en', failedFetch]]),
  loaded: new Map(),
  listeners: new Set(),
};
await import('../src/treatments/define.js');

describe('English texts that cannot be loaded', () => {
  it('shows Dutch, marked as Dutch, with one warning naming lang', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<back-pain-treatments lang="en"></back-pain-treatments>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.widget'), 'the widget shows content');
      const widget = el.shadowRoot!.querySelector('.widget')!;
      expect(widget.getAttribute('lang')).to.equal('nl');
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(nlTreatments.title);
      expect(el.shadowRoot!.querySelector('footer time')!.textContent).to.equal(formatDate(meta.reviewed, 'nl'));
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('lang="en"').and.to.contain('could not be loaded');
    } finally {
      warnings.restore();
    }
  });
});
