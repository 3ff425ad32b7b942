import { css } from 'lit';

export const styles = css`
  .list {
    display: grid;
    gap: var(--_space);
  }

  .group {
    padding: calc(var(--_space) * 0.75);
    /* Transparent, so that it shows in forced colours and print only. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Full width of the group up to 20em (em, not rem: a page's small root size must not shrink it). */
  .steps,
  .single {
    max-width: 20em;
    margin: 0.75em 0 0;
  }

  .steps {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.5em;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }

  /* The step's number, visible above its drawing. */
  .steps li {
    counter-increment: step;
    text-align: center;
    font-weight: bold;
  }

  .steps li::before {
    content: counter(step);
  }

  .single .illustration {
    max-width: 12em;
  }

  /* Its height follows from the width and the square viewBox. */
  .illustration {
    display: block;
    width: 100%;
    color: var(--_accent);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .group-title {
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.3;
  }

  .tips {
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
    [role='tabpanel'][hidden] {
      display: block;
    }
    [role='tabpanel'] + [role='tabpanel'] {
      margin-top: var(--_space);
    }
    .group {
      border-color: #000;
      break-inside: avoid;
    }
  }
`;
