import { css } from 'lit';

/** One disclosure for every widget: a chevron that turns when open (shape, not colour). */
export const disclosureStyles = css`
  summary {
    display: flex;
    align-items: baseline;
    gap: 0.75em;
    min-height: 2.75em;
    padding: 0.625em 0.25em;
    font-weight: bold;
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: translateY(-0.1em) rotate(-45deg);
  }

  /* The chevron's turn is the only motion in the widgets. */
  @media (prefers-reduced-motion: no-preference) {
    summary::before {
      transition: transform 0.2s;
    }
  }

  details[open] > summary::before {
    transform: translateY(-0.2em) rotate(45deg);
  }

  summary:hover {
    background: var(--_surface);
  }

  @media print {
    summary::before {
      display: none;
    }
    /* Paper cannot open a disclosure: print what it holds where the browser allows it. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
