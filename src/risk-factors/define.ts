import { defineElement } from '../internal/define.js';
import { BackPainRiskFactors } from './back-pain-risk-factors.js';

export { BackPainRiskFactors };

defineElement('back-pain-risk-factors', BackPainRiskFactors);

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-risk-factors': BackPainRiskFactors;
  }
}
