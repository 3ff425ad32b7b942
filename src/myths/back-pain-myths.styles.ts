import { css } from 'lit';

export const styles = css`
  .cards {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 48em) {
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
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .fact {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0 0 0.75em;
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.3;
  }

  .fact .icon {
    margin-top: 0.05em;
    color: var(--_accent);
  }

  .card p {
    margin: 0 0 0.5em;
  }

  .card .why {
    margin: 0;
  }

  .many-think {
    font-weight: bold;
  }

  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
