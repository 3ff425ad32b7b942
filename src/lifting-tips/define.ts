import { defineElement } from '../internal/define.js';
import { LiftingTips } from './lifting-tips.js';

export { LiftingTips };

defineElement('lifting-tips', LiftingTips);

declare global {
  interface HTMLElementTagNameMap {
    'lifting-tips': LiftingTips;
  }
}
