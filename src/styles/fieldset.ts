import { css } from 'lit';

/** A group of questions or checkboxes. */
export const fieldsetStyles = css`
  fieldset {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }

  legend {
    padding: 0 0.25em;
  }
`;
