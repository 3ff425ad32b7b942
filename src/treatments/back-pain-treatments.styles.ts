import { css } from 'lit';

export const styles = css`
  .groups {
    display: grid;
    gap: var(--_space);
  }

  @container (min-width: 48em) {
    .groups.all {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  .group {
    --_group: var(--bp-treatments-color-helps, var(--_self-care));
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-top: 0.375em solid var(--_group);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .group.may-help {
    --_group: var(--bp-treatments-color-may-help, var(--_soon));
  }

  .group.advised-against {
    --_group: var(--bp-treatments-color-advised-against, var(--_emergency));
  }

  .group-heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1.125em;
    font-weight: bold;
    line-height: 1.3;
  }

  .group-heading .icon {
    width: 1.5em;
    height: 1.5em;
    stroke: var(--_group);
  }

  .marker {
    margin-inline-end: 0.375em;
    vertical-align: -0.2em;
    stroke: var(--_group);
  }

  .group-text {
    margin: 0.5em 0 0.75em;
  }

  .treatments {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .treatment {
    padding-block: 0.5em;
  }

  .treatment + .treatment {
    border-top: 1px solid var(--_border);
  }

  .treatment p {
    margin: 0;
  }

  .name {
    font-weight: bold;
  }

  .why {
    color: var(--_muted);
  }

  .decide {
    margin: var(--_space) 0 0;
    padding: 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: bold;
  }

  /* Compact: names only, the why behind a disclosure, tighter spacing. */
  .compact .group {
    padding: 0.5em 0.75em;
  }

  .compact .group-text,
  .compact .why {
    font-size: var(--_font-size-small);
  }

  .compact .treatment {
    padding-block: 0;
  }

  .compact .why {
    margin-block-end: 0.625em;
  }

  @media print {
    /* Every group, whatever its colour. */
    .groups .group {
      --_group: #000;
    }
    .treatment {
      break-inside: avoid;
    }
  }
`;
