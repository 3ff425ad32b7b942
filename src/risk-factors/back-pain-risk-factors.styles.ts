import { css } from 'lit';

export const styles = css`
  .checklists {
    display: grid;
    gap: var(--_space);
  }

  .group {
    display: grid;
    gap: 0.5em;
  }

  .heading {
    display: block;
    font-weight: bold;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .group-intro {
    margin: 0 0 0.25em;
    color: var(--_muted);
  }

  /* Large targets (WCAG 2.5.8); a ticked box shows by its tick and a thicker border, not colour alone. */
  .factor {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }

  .factor:has(input:checked) {
    padding: calc(0.5em - 1px) calc(0.75em - 1px);
    border: 2px solid var(--_accent);
    background: var(--_surface);
  }

  /* The ring goes round the whole label, easier to see than round the small box. */
  .factor:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .factor input {
    /* Form controls do not inherit the text size; without this they stay small at 200%. */
    font: inherit;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }

  .factor input:focus-visible {
    outline: none;
  }

  .panel {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Indented under its box, so it reads as belonging to it. */
  .tip {
    margin: 0.375em 0 0;
    margin-inline-start: 1.25em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface);
  }

  .panel p {
    margin: 0.5em 0 0;
  }

  .clear {
    margin-top: var(--_space);
  }

  /* Only what applies goes on paper: the ticked boxes, their tips and the advice. */
  @media print {
    .group:not(:has(input:checked)),
    .row:not(:has(input:checked)),
    .factor:not(:has(input:checked)) {
      display: none;
    }
    .factor:has(input:checked) {
      border: 0;
      padding: 0;
    }
    .panel,
    .row {
      break-inside: avoid;
    }
    .panel,
    .tip {
      border: 1px solid #000;
    }
  }
`;
