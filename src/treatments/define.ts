import { defineElement } from '../internal/define.js';
import { BackPainTreatments } from './back-pain-treatments.js';

export { BackPainTreatments };

defineElement('back-pain-treatments', BackPainTreatments);

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-treatments': BackPainTreatments;
  }
}
