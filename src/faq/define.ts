import { defineElement } from '../internal/define.js';
import { BackPainFaq } from './back-pain-faq.js';

export { BackPainFaq };

defineElement('back-pain-faq', BackPainFaq);

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-faq': BackPainFaq;
  }
}
