import { defineElement } from '../internal/define.js';
import { BackPainSelfcare } from './back-pain-selfcare.js';

export { BackPainSelfcare };

defineElement('back-pain-selfcare', BackPainSelfcare);

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-selfcare': BackPainSelfcare;
  }
}
