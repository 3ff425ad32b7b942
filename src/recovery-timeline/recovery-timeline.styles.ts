import { css } from 'lit';

export const styles = css`
  /* On .widget, not :host, so that the print colours of the base styles reach it. */
  .widget {
    --_current: var(--bp-timeline-current, var(--_accent));
  }

  .phases {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Narrow: one phase below the other, on a rail with a dot per phase. */
  .phase {
    position: relative;
    min-width: 0;
    padding-inline-start: 1.75em;
  }

  .phase::before {
    content: '';
    position: absolute;
    inset-block: 0 -0.75em;
    inset-inline-start: 0.5625em;
    border-inline-start: 2px var(--_rail, solid) var(--_border);
  }

  .phase:last-child::before {
    bottom: 0;
  }

  /* Pain coming back belongs to no day: the rail leading to it is broken. */
  .phase:nth-last-child(2),
  .phase:last-child {
    --_rail: dashed;
  }

  .phase::after {
    content: '';
    position: absolute;
    top: 1.125em;
    inset-inline-start: 0.25em;
    width: 0.75em;
    height: 0.75em;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_background);
  }

  .phase[aria-current]::after {
    top: 0.25em;
    inset-inline-start: 0.0625em;
    width: 1.125em;
    height: 1.125em;
    border: 0.25em solid var(--_current);
  }

  .marker {
    margin: 0 0 0.375em;
    font-weight: bold;
  }

  .marker strong {
    display: inline-block;
    margin-inline-end: 0.25em;
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_current);
    color: var(--_on-accent);
  }

  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .phase[aria-current] details {
    border: 2px solid var(--_current);
  }

  /* The shared disclosure, aligned to the first line of a two-line summary. */
  summary {
    align-items: flex-start;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    font-weight: normal;
  }

  summary::before {
    margin-top: 0.55em;
  }

  .summary-text {
    min-width: 0;
  }

  .phase-title {
    display: block;
    font-weight: bold;
    font-size: 1.0625em;
  }

  .when {
    display: block;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }

  .advice {
    padding: 0 0.75em 0.75em;
  }

  .onset {
    display: grid;
    gap: 0.25em;
    justify-items: start;
    margin-bottom: var(--_space);
  }

  label,
  .error {
    font-weight: bold;
  }

  .hint,
  .error {
    margin: 0;
  }

  .hint {
    color: var(--_muted);
  }

  input {
    /* Firefox gives a date field a width that does not shrink below its parts: cap it. */
    width: min(100%, 14em);
    min-width: 0;
  }

  .error {
    color: var(--_emergency);
  }

  .label {
    margin-top: 0.75em;
    font-weight: bold;
  }

  .advice p,
  .advice ul {
    margin: 0.25em 0 0;
  }

  .advice ul {
    padding-inline-start: 1.25em;
  }

  /* Wide: the phases side by side on a horizontal rail; an open phase takes more room. */
  @container (min-width: 64em) {
    .phases {
      display: flex;
      align-items: flex-start;
      gap: 0.5em;
    }

    .phase {
      flex: 1 1 0;
      padding-inline-start: 0;
      padding-top: 1.75em;
    }

    .phase:has(> details[open]) {
      flex-grow: 2;
    }

    summary {
      padding-inline: 0.5em;
    }

    .phase::before {
      inset-block: 0.5625em auto;
      inset-inline: 0 -0.5em;
      border-inline-start: 0;
      border-top: 2px var(--_rail, solid) var(--_border);
    }

    .phase:last-child::before {
      inset-block-end: auto;
      inset-inline-end: 0;
    }

    .phase::after {
      top: 0.25em;
      inset-inline-start: 0.75em;
    }

    .phase[aria-current]::after {
      top: 0.0625em;
      inset-inline-start: 0.5625em;
    }
  }

  @media print {
    .phase {
      break-inside: avoid;
    }
    .marker strong {
      border: 1px solid #000;
      background: #fff;
      color: #000;
    }
  }
`;
