import { svg } from 'lit';
import type { Urgency } from '../content/structure.js';

/** A warning triangle: the emergency outcome and the safety-net box. */
export const emergencyIcon = svg`<path d="M12 3 2 21h20L12 3Z" /><path d="M12 10v5M12 18v.01" />`;

/**
 * One icon per urgency, so the level never depends on colour alone. Decorative: the label says it.
 * Only the red-flag check reads the others; the safety net imports the emergency one alone.
 */
export const urgencyIcons: Record<Urgency, ReturnType<typeof svg>> = {
  emergency: emergencyIcon,
  urgent: svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`,
  soon: svg`<rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" />`,
  'self-care': svg`<circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" />`,
};

/** A telephone handset, on the call buttons. */
export const phoneIcon = svg`<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2Z" />`;

/** A chevron pointing back, on the "previous" button. */
export const backIcon = svg`<path d="m15 6-6 6 6 6" />`;
