import { css, html } from 'lit';
import type { RedFlagsText } from '../content/types.js';
import { urgencyIcons } from './icons.js';
import { EMERGENCY_SIGNS } from './triage.js';

/**
 * When to call 112 after all: the emergency signs, in a box of its own. It closes every outcome
 * but the emergency one, and the guided check's plan, so that no advice comes without it.
 */
export function renderSafetyNet(t: RedFlagsText, headingLevel: number) {
  return html`<div class="safety-net" part="safety-net">
    <div class="safety-net-heading" role="heading" aria-level=${Math.min(headingLevel, 6)}>
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${urgencyIcons.emergency}</svg>
      <span>${t.safetyNetHeading}</span>
    </div>
    <p>${t.safetyNetIntro}</p>
    <ul>
      ${EMERGENCY_SIGNS.map((id) => html`<li>${t.flags[id].summary}</li>`)}
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
