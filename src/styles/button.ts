import { css } from 'lit';

/** A secondary button with a large target (WCAG 2.5.8); paper hides it. */
export const buttonStyles = css`
  .button {
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font: inherit;
    font-weight: bold;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_surface);
  }

  @media print {
    .button {
      display: none;
    }
  }
`;
