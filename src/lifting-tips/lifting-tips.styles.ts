import { css } from 'lit';

export const styles = css`
  .list {
    display: grid;
    gap: var(--_space);
  }

  .group {
    display: grid;
    grid-template-columns: 4em minmax(0, 1fr);
    grid-template-areas: 'art title' 'tips tips';
    align-items: center;
    align-content: start;
    column-gap: 0.75em;
    height: 100%;
    padding: calc(var(--_space) * 0.75);
    /* Transparent, so that it shows in forced colours and print only. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .illustration {
    grid-area: art;
    width: 4em;
    height: 4em;
    color: var(--_accent);
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .group-title {
    grid-area: title;
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.3;
  }

  .tips {
    grid-area: tips;
    margin: 0.75em 0 0;
    padding-inline-start: 1.25em;
  }

  .tips li + li {
    margin-top: 0.375em;
  }

  /* Wrapping keeps every tab in view, however narrow the widget. */
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: var(--_space);
  }

  /* All tabs are bold, so the selected one does not change width and reflow the row. */
  .tab {
    min-height: 2.75em;
    padding: 0.375em 0.875em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-weight: bold;
    cursor: pointer;
  }

  .tab:hover {
    background: var(--_surface);
  }

  /* Selected: filled instead of outlined, a difference of shape as well as colour. */
  .tab[aria-selected='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      forced-color-adjust: none;
      border-color: SelectedItem;
      background: SelectedItem;
      color: SelectedItemText;
    }
  }

  /* One group alone, in a tab panel or as the only topic, puts its drawing beside the tips. */
  @container (min-width: 32em) {
    .tabpanel .group,
    .list > .group:only-child {
      grid-template-columns: 7em minmax(0, 1fr);
      grid-template-areas: 'art title' 'art tips';
      align-items: start;
    }
    .tabpanel .illustration,
    .list > .group:only-child .illustration {
      width: 7em;
      height: 7em;
    }
  }

  @container (min-width: 36em) {
    .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .list > .group:only-child {
      grid-column: 1 / -1;
    }
  }

  @container (min-width: 56em) {
    .list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  /* On paper the tabs cannot be chosen: show every group instead. */
  @media print {
    .tablist {
      display: none;
    }
    .tabpanel[hidden] {
      display: block;
    }
    .tabpanel + .tabpanel {
      margin-top: var(--_space);
    }
    .group {
      border-color: #000;
      break-inside: avoid;
    }
  }
`;
