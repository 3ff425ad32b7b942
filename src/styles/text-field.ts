import { css } from 'lit';

/**
 * A field to type or pick in (number, text, date) or a select, the same in every widget: a large
 * target (WCAG 2.5.8) and a border that holds 3:1 against the background (WCAG 1.4.11). An
 * invalid field gets a thicker border in the emergency colour; the words beside it say what is
 * wrong, the border only draws the eye.
 */
export const textFieldStyles = css`
  input:not([type='checkbox'], [type='radio']),
  select {
    max-width: 100%;
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }

  input[aria-invalid='true'] {
    border-color: var(--_emergency);
    border-width: 3px;
  }
`;
