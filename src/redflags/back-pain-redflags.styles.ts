import { css } from 'lit';

export const styles = css`
    form {
    display: grid;
    gap: var(--_space);
  }

  legend {
    font-weight: bold;
    font-size: 1.125em;
  }

  .question {
    padding-block: 0.75em;
  }

  .question + .question {
    border-top: 1px solid var(--_surface);
  }

  .question-text {
    margin: 0;
    font-weight: bold;
  }

  .explanation {
    margin: 0.25em 0 0.5em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* Large targets (WCAG 2.5.8) that show their state by shape as well as colour. */
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    min-width: 6em;
    padding: 0.25em 0.875em 0.25em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border: 2px solid var(--_accent);
    background: var(--_surface);
    font-weight: bold;
  }

  .choice input {
    /* Form controls do not inherit the text size; without this they stay small at 200%. */
    font: inherit;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .unanswered p {
    margin: 0.5em 0 0.25em;
  }

  .unanswered ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* A button that reads as a link: it moves to a question on this page. */
  .link {
    min-height: 2.75em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  .progress,
  .incomplete {
    margin: var(--_space) 0 0;
    color: var(--_muted);
  }

  .card {
    --_level: var(--_self-care);
    margin-top: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_level);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .card.emergency {
    --_level: var(--_emergency);
  }
  .card.urgent {
    --_level: var(--_urgent);
  }
  .card.soon {
    --_level: var(--_soon);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    margin: 0 0 0.5em;
    padding: 0.125em 0.625em 0.125em 0.375em;
    border-radius: 999px;
    background: var(--_level);
    color: var(--_on-urgency);
    font-weight: bold;
  }

  .card-title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    font-weight: bold;
    line-height: 1.3;
  }

  .card p {
    margin: 0 0 0.75em;
  }

  .card ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }

  .call {
    display: inline-block;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_emergency);
    color: var(--_on-urgency);
    font-weight: bold;
    font-size: 1.125em;
    text-decoration: none;
  }

  .contact {
    margin: 0 0 0.75em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .contact[hidden] {
    display: none;
  }

  .contact-heading,
  .because {
    font-weight: bold;
  }

  .contact p {
    margin: 0 0 0.25em;
  }

  .restart {
    margin-top: var(--_space);
  }

  @container (max-width: 24em) {
    .group {
      padding: 0.5em;
    }
    .choice {
      flex: 1 1 0;
    }
  }

  @media print {
    .restart,
    .incomplete,
    .unanswered {
      display: none;
    }
    /* With an outcome, paper shows the outcome and the answers that led to it, not 17 questions. */
    .widget:has(#outcome) :is(.intro, form, .progress) {
      display: none;
    }
    #outcome {
      outline: none;
    }
    .card {
      break-inside: avoid;
      border-color: #000;
    }
    .badge {
      border: 1px solid #000;
      background: #fff;
      color: #000;
    }
    .call {
      background: #fff;
      color: #000;
      border: 1px solid #000;
    }
  }
`;
