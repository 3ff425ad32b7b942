import { css } from 'lit';

export const styles = css`
  .why {
    margin: 0 0 var(--_space);
  }

  .red-flags {
    margin: 0 0 var(--_space);
    padding: 0.75em;
    border-inline-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: bold;
  }

  form {
    display: grid;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }

  .field {
    display: grid;
    gap: 0.25em;
    justify-items: start;
  }

  label {
    font-weight: bold;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }

  input {
    min-width: 7em;
  }

  /* The words say what is wrong; the colour and the bar only draw the eye. */
  .error {
    margin: 0;
    padding-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--_emergency);
    color: var(--_emergency);
    font-weight: bold;
  }

  .plan-heading {
    margin-bottom: 0.5em;
    font-size: 1.125em;
    font-weight: bold;
  }

  .weeks {
    width: 100%;
    margin-bottom: var(--_space);
    border-collapse: collapse;
  }

  caption {
    margin-bottom: 0.5em;
    text-align: start;
  }

  th,
  td {
    padding: 0.375em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    border-bottom-width: 2px;
  }

  .week {
    break-inside: avoid;
  }

  .dates {
    color: var(--_muted);
  }

  .advice {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }

  .advice li + li {
    margin-top: 0.5em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* On paper: the plan and the advice only (the tokens turn colours black on white). */
  @media print {
    .intro,
    .why,
    form,
    .actions {
      display: none;
    }
  }
`;
