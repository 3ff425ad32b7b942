import { css } from 'lit';

export const styles = css`
  /* The check's own title and introduction say it all: the red-flag check inside starts at its questions. */
  back-pain-redflags::part(title),
  back-pain-redflags::part(intro) {
    display: none;
  }

  .progress {
    margin: 0 0 0.25em;
    font-weight: bold;
    color: var(--_muted);
  }

  .step-heading {
    margin: 0 0 var(--_space);
    font-size: 1.25em;
    font-weight: bold;
  }

  .hint {
    margin: 0 0 0.75em;
  }

  label {
    display: block;
    margin-block: 0.5em;
  }

  label > span {
    display: block;
    font-weight: bold;
  }

  .amount-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }

  .amount-row label {
    margin: 0;
  }

  #amount {
    width: 6em;
  }

  .error {
    margin: 0.5em 0 0;
    font-weight: bold;
    color: var(--_emergency);
  }

  .choice {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.125em;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  a.button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }

  .plan-heading {
    margin: 1.25em 0 0.5em;
    font-size: 1.125em;
    font-weight: bold;
  }

  .next-step {
    padding: var(--_space);
    border-inline-start: 0.375em solid var(--_accent);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  .next-step .plan-heading {
    margin-top: 0;
  }

  .safety {
    margin-top: var(--_space);
  }

  .summary {
    margin-top: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  .summary dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }

  .summary dt {
    font-weight: bold;
  }

  .summary dd {
    margin: 0;
  }

  @container (max-width: 30em) {
    .summary dl {
      grid-template-columns: 1fr;
    }
    .summary dd {
      margin-bottom: 0.5em;
    }
  }

  /* On paper: the plan and the summary for the GP, black on white, without controls. */
  @media print {
    .progress {
      display: none;
    }
    .next-step,
    .summary {
      background: none;
      border-color: #000;
      color: #000;
    }
  }
`;
