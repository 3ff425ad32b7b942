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

  .legend-text {
    display: block;
  }

  .step {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
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

  /* An open question after "Next": a thick bar and words, not only colour. */
  .question.open {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_emergency);
  }

  .error,
  .unanswered p {
    margin: 0.25em 0 0;
    color: var(--_emergency);
    font-weight: bold;
  }

  .unanswered {
    padding: 0.75em;
    border: 3px solid var(--_emergency);
    border-radius: var(--_radius);
  }

  .unanswered ul {
    margin: 0;
    padding-inline-start: 1.25em;
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

  /* A button that reads as a link: it moves within this widget. */
  .link {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
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

  .previous {
    justify-self: start;
  }

  .primary {
    min-width: min(10em, 100%);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .primary:hover {
    background: var(--_accent);
    text-decoration: underline;
  }

  .progress,
  .incomplete {
    margin: 0;
    color: var(--_muted);
  }

  /*
   * The four outcomes differ by shape, icon and words as well as colour (NHS care cards):
   * emergency a heavy square card with a filled header, urgent and soon a filled header with a
   * lighter border, self-care calm with a thin border and no header band.
   */
  .card {
    --_level: var(--_self-care);
    margin-top: var(--_space);
    border: 1px solid var(--_level);
    border-radius: var(--_radius);
    background: var(--_background);
    overflow: hidden;
  }

  .emergency {
    --_level: var(--_emergency);
    border-width: 4px;
    border-radius: 0;
  }
  .urgent {
    --_level: var(--_urgent);
    border-width: 3px;
  }
  .soon {
    --_level: var(--_soon);
    border-width: 2px;
  }

  .card-header {
    padding: var(--_space) var(--_space) 0;
  }

  .card:not(.self-care) .card-header {
    margin-bottom: var(--_space);
    padding-bottom: var(--_space);
    /* Transparent, so that it shows as a line where forced colours remove the fill. */
    border-bottom: 2px solid transparent;
    background: var(--_level);
    color: var(--_on-urgency);
  }

  .card-body {
    padding: 0 var(--_space) var(--_space);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    font-weight: bold;
  }

  /* Self-care keeps a small pill; the cards with a header band carry the level in the band. */
  .card.self-care .badge {
    padding: 0.125em 0.625em 0.125em 0.375em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_level);
    color: var(--_on-urgency);
  }

  .card:not(.self-care) .badge {
    font-size: 1.125em;
  }

  .emergency .badge .icon {
    width: 1.5em;
    height: 1.5em;
  }

  .card-title {
    margin: 0;
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

  /* Call buttons: full width, the number in view, a large target. */
  .call {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 3em;
    margin: 0 0 var(--_space);
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_emergency);
    color: var(--_on-urgency);
    font-size: 1.25em;
    font-weight: bold;
    text-align: center;
    text-decoration: none;
  }

  .contact-call {
    justify-content: flex-start;
    margin: 0.25em 0 0.5em;
    text-align: start;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 1.125em;
  }

  /* Beside the 112 button, the practice's number is the second choice. */
  .emergency .contact-call {
    background: var(--_background);
    color: var(--_accent);
  }

  .call-text {
    display: flex;
    flex-direction: column;
  }

  .number {
    font-size: 1.125em;
  }

  .contact {
    margin: 0 0 0.75em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .contact-heading,
  .because {
    font-weight: bold;
  }

  .contact p {
    margin: 0 0 0.25em;
  }

  @container (max-width: 24em) {
    .group {
      padding: 0.5em;
    }
    .choice {
      flex: 1 1 0;
    }
    .primary {
      width: 100%;
    }
  }

  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border: 3px solid Highlight;
    }
    /* Without its colour a link-styled button reads as plain text: a frame (in its text colour) shows it can be pressed. */
    .link {
      padding-inline: 0.5em;
      border: 1px solid;
    }
    .call {
      border-color: LinkText;
    }
    .card-header {
      border-bottom-color: CanvasText;
    }
  }

  @media print {
    .incomplete,
    .unanswered {
      display: none;
    }
    /* With an outcome, paper shows the outcome and the answers that led to it, not the questions. */
    .widget:has(#outcome) :is(.intro, form) {
      display: none;
    }
    #outcome {
      outline: none;
    }
    /* Paper drops backgrounds: the level's band and pill print white, their text black. */
    .card {
      --_level: #fff;
      --_on-urgency: #000;
      break-inside: avoid;
      border-color: #000;
    }
    .card-header,
    .card .badge {
      border: 1px solid #000;
    }
    .call {
      background: #fff;
      color: #000;
      border: 1px solid #000;
    }
  }
`;
