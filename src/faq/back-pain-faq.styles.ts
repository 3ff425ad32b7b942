import { css } from 'lit';

export const styles = css`
  .filter {
    display: grid;
    gap: 0.25em;
    margin: 0 0 0.5em;
  }

  .filter label {
    font-weight: bold;
  }

  .filter input {
    width: 100%;
    max-width: 24em;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }

  .status {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }

  .status:empty {
    margin: 0;
  }

  .list {
    border-top: 1px solid var(--_border);
  }

  .item {
    border-bottom: 1px solid var(--_border);
  }

  /* Indented past the chevron, under the question's words (see the disclosure styles). */
  .answer {
    padding: 0 0.25em 0.75em 1.5em;
  }

  .answer p {
    margin: 0 0 0.5em;
  }

  @container (max-width: 24em) {
    .answer {
      padding-inline-start: 0.25em;
    }
  }

  /* On paper there is nothing to type, and closed answers are printed too where browsers can. */
  @media print {
    .filter,
    .status {
      display: none;
    }
  }
`;
