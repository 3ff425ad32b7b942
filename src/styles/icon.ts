import { css } from 'lit';

/** A small line icon beside words (never instead of them): it takes the colour of its text. */
export const iconStyles = css`
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
