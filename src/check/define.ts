import { defineElement } from '../internal/define.js';
// The check's warning signs are the red-flag check itself: its questions, rules and care cards.
import '../redflags/define.js';
import { BackPainCheck } from './back-pain-check.js';

export { BackPainCheck };

defineElement('back-pain-check', BackPainCheck);

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-check': BackPainCheck;
  }
}
