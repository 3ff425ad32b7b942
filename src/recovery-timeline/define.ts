import { defineElement } from '../internal/define.js';
import { RecoveryTimeline } from './recovery-timeline.js';

export { RecoveryTimeline };

defineElement('recovery-timeline', RecoveryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-timeline': RecoveryTimeline;
  }
}
