import { css, html } from 'lit';
import type { CommonText } from '../content/types.js';
import { emergencyIcon } from './icons.js';

/**
 * The emergency signs of the red-flag rules, in questionnaire order. The texts hold exactly these
 * keys (their type, Record<EmergencySignId, string>, is derived from the rule table, and a test
 * checks the order against EMERGENCY_SIGNS), so reading widgets need not carry the table itself.
 */
export const emergencySignTexts = (t: CommonText): string[] => Object.values(t.emergencySigns);

/**
 * When to get help at once: the emergency signs of the red-flag rules, in a box of their own. It
 * closes every red-flag outcome but the emergency one and the guided check's plan, and it is the
 * list that self-care, the FAQ and the timeline show, so that every list names the same signs.
 */
export function renderSafetyNet(t: CommonText, headingLevel: number) {
  return html`<div class="safety-net" part="safety-net">
    <div class="safety-net-heading" role="heading" aria-level=${Math.min(headingLevel, 6)}>
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${emergencyIcon}</svg>
      <span>${t.safetyNetHeading}</span>
    </div>
    <p>${t.safetyNetIntro}</p>
    <ul>
      ${emergencySignTexts(t).map((sign) => html`<li>${sign}</li>`)}
    </ul>
  </div>`;
}

export const safetyNetStyles = css`
  .safety-net {
    margin-top: var(--_space);
    padding: 0.75em var(--_space);
    border: 2px solid var(--_emergency);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
  }

  .safety-net-heading {
    display: flex;
    align-items: center;
    gap: 0.375em;
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: bold;
  }

  .safety-net ul {
    margin-bottom: 0;
  }
`;
