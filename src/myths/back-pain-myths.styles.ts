import { css } from 'lit';

export const styles = css`
  .reveal-all {
    margin-bottom: var(--_space);
  }

  .cards {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 60em) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 90em) {
    .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  .card {
    container: card / inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .pair {
    display: grid;
    height: 100%;
  }

  .myth,
  .fact {
    padding: calc(var(--_space) * 0.75);
  }

  .fact {
    border-top: 1px solid var(--_border);
  }

  .statement {
    margin: 0 0 0.75em;
    font-weight: bold;
    line-height: 1.3;
  }

  .myth-text {
    font-size: 1.125em;
  }

  /* Word and icon together: myth and fact never differ by colour alone. */
  .label {
    display: flex;
    align-items: center;
    gap: 0.375em;
    width: fit-content;
    margin: 0 0 0.5em;
    padding: 0.125em 0.625em 0.125em 0.375em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: var(--_font-size-small);
    font-weight: bold;
    line-height: 1.5;
  }

  .fact-label {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }


  .fact p {
    margin: 0 0 0.5em;
  }

  .fact .why {
    margin: 0;
  }

  /* Side by side when the card is wide enough for two readable columns. */
  @container card (min-width: 28em) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
    .fact {
      border-top: 0;
      border-inline-start: 1px solid var(--_border);
    }
    /* Keeps the fact's place, so the button does not move when the fact appears. */
    .pair:not(.open)::after {
      content: '';
      margin: calc(var(--_space) * 0.75);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .fact {
      animation: fade-in 0.2s ease-out;
    }
  }

  @keyframes fade-in {
    from {
      opacity: 0;
    }
  }

  @media print {
    .fact[hidden] {
      display: block;
    }
    .pair::after {
      display: none;
    }
    .card {
      break-inside: avoid;
    }
    .label {
      border-color: #000;
      background: #fff;
      color: #000;
    }
  }
`;
