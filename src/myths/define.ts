import { defineElement } from '../internal/define.js';
import { BackPainMyths } from './back-pain-myths.js';

export { BackPainMyths };

defineElement('back-pain-myths', BackPainMyths);

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-myths': BackPainMyths;
  }
}
