/**
 * When the English texts cannot be fetched (a locales file missing beside the bundle), a widget
 * shows Dutch, says so once, and marks the text as Dutch so a screen reader uses a Dutch voice.
 * The widget under test is the treatments widget with an English chunk that fails to load.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { treatments as nlTreatments, meta } from '../src/content/nl.js';
import { treatmentsTexts } from '../src/content/load/treatments.js';
import { BackPainTreatments } from '../src/treatments/back-pain-treatments.js';
import { formatDate } from '../src/internal/footer.js';
import { captureWarnings } from './helpers.js';

const tag = 'back-pain-treatments-english-missing';
customElements.define(
  tag,
  class extends BackPainTreatments {
    protected override readonly sectionTexts = { ...treatmentsTexts, en: () => Promise.reject(new Error('404: locales chunk missing')) };
  },
);

describe('English texts that cannot be loaded', () => {
  it('shows Dutch, marked as Dutch, with one warning naming lang', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(`<${tag} lang="en"></${tag}>`);
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
