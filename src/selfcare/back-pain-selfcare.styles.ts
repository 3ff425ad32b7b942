import { css } from 'lit';

export const styles = css`
  .steps {
    margin: 0;
    padding-inline-start: 1.75em;
  }

  .step {
    padding-block: 0.5em;
  }

  .step + .step {
    border-top: 1px solid var(--_surface);
  }

  .step::marker {
    color: var(--_accent);
    font-weight: bold;
  }

  .item-title {
    font-weight: bold;
  }

  .step p {
    margin: 0 0 0.25em;
  }

  .acute,
  .contact {
    margin-top: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  /* A border as well as a background: backgrounds vanish in forced-colours mode. */
  .acute {
    border: 1px solid var(--_border);
    background: var(--_surface);
  }

  .contact {
    border: 2px solid var(--_accent);
    border-inline-start-width: 0.5em;
  }

  .section-title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    font-weight: bold;
    line-height: 1.3;
  }

  .group-title {
    margin: 0.75em 0 0.25em;
    font-size: 1.0625em;
    font-weight: bold;
  }

  .acute p,
  .contact p {
    margin: 0 0 0.5em;
  }

  .tip > :last-child,
  .step > :last-child {
    margin-bottom: 0;
  }

  .acute ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }

  .timing {
    display: grid;
    column-gap: var(--_space);
  }

  .acute .prevention {
    display: grid;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  .tip {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_background);
  }

  /* One line per urgency: its own colour and a thick edge, and words that say how urgent. */
  .contact-levels {
    display: grid;
    gap: 0.5em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }

  .contact-levels > li {
    padding: 0.375em 0.75em;
    border-inline-start: 0.375em solid var(--_level);
  }

  /* The emergency line's signs, from the red-flag rules. */
  .contact-levels ul {
    margin: 0.25em 0 0;
    list-style: disc;
  }

  .contact-levels strong {
    color: var(--_level);
  }

  .emergency {
    --_level: var(--_emergency);
  }
  .urgent {
    --_level: var(--_urgent);
  }
  .soon {
    --_level: var(--_soon);
  }

  @container (min-width: 40em) {
    .timing,
    .acute .prevention {
      grid-template-columns: 1fr 1fr;
    }
  }

  @container (max-width: 24em) {
    .acute,
    .contact {
      padding: 0.75em;
    }
  }

  @media print {
    .step,
    .group,
    .tip {
      break-inside: avoid;
    }
  }
`;
