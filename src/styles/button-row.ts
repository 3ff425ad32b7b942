import { css } from 'lit';

/** A row of buttons after a step or an outcome; it wraps on a narrow screen, and paper hides it. */
export const buttonRowStyles = css`
  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_space);
  }

  @media print {
    .button-row {
      display: none;
    }
  }
`;
