import { css } from 'lit';

/**
 * Design tokens. A host page themes every widget with the global `--bp-*` custom properties
 * (documented in the README and on each widget as `@cssproperty`); widgets read them through
 * private `--_*` properties that hold the defaults. Defaults meet WCAG AA contrast in light and
 * dark. Sizes are in `em` of the host's font size, 18 px by default and larger when the reader's
 * root size is larger, so a host's `html { font-size: 62.5% }` does not shrink the text.
 * Secondary text (footers, hints, badges) uses `--_font-size-small`: never below 16 px.
 */
export const tokens = css`
  :host {
    /* Each default is light-dark(light, dark): it follows the widget's colour scheme. */
    --_text: var(--bp-color-text, light-dark(#1b1f24, #eef1f5));
    --_muted: var(--bp-color-muted, light-dark(#4a5260, #b9c0ca));
    --_background: var(--bp-color-background, light-dark(#ffffff, #15181c));
    --_surface: var(--bp-color-surface, light-dark(#f2f4f7, #22272e));
    --_border: var(--bp-color-border, light-dark(#6b7280, #8b949e));
    --_accent: var(--bp-color-accent, light-dark(#005eb8, #7cb8ff));
    --_on-accent: var(--bp-color-on-accent, light-dark(#ffffff, #0d1117));
    /* The focus ring has two colours, so that it shows on any background. */
    --_focus: var(--bp-color-focus, light-dark(#000, #fd0));
    --_halo: light-dark(#fd0, #000);
    --_emergency: var(--bp-color-emergency, light-dark(#b3261e, #ff9a90));
    --_urgent: var(--bp-color-urgent, light-dark(#9c4400, #ffb36b));
    --_soon: var(--bp-color-soon, light-dark(#6e5400, #f0cf66));
    --_self-care: var(--bp-color-self-care, light-dark(#1d6b35, #7fdc9b));
    --_on-urgency: var(--bp-color-on-urgency, light-dark(#ffffff, #0d1117));
    --_radius: var(--bp-radius, 0.5em);
    --_space: var(--bp-space, 1em);
    /* Resolved where it is used, so the em is that element's parent's size. */
    --_font-size-small: max(0.9375em, 16px);

    display: block;
    container-type: inline-size;
    max-width: 100%;
    /* Container queries measure em against the host, so the host gets the widget's size too. */
    font-size: var(--bp-font-size, max(1.125rem, 18px));
  }

  /* Typography is set on an inner wrapper: a host page's \`* { ... }\` rules beat \`:host\`. */
  .widget {
    box-sizing: border-box;
    font-family: var(--bp-font-family, inherit);
    font-size: var(--bp-font-size, max(1.125rem, 18px));
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    color: var(--_text);
    background: var(--_background);
    /* Long Dutch compounds break at syllables (the wrapper has the text's lang), else anywhere. */
    hyphens: auto;
    overflow-wrap: anywhere;
    padding: var(--bp-padding, 0);
  }

  /*
   * theme="auto" (the default) inherits the page's color-scheme: dark on pages that declare dark
   * support and the reader prefers it, light on the many pages that declare nothing, so a light
   * page never gets a dark block in it.
   */
  .theme-light {
    color-scheme: light;
  }
  .theme-dark {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* Long lines are hard to follow, for older readers most of all. */
  p,
  li {
    max-inline-size: 70ch;
  }

  /* Shared building blocks of every widget. */
  .title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: bold;
    line-height: 1.25;
  }

  .intro {
    margin: 0 0 var(--_space);
  }

  a {
    color: var(--_accent);
  }

  /* A thick two-colour ring (halo inside, ring outside): unlike any selected or hover state. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--_halo);
  }

  .loading {
    min-height: 12em;
  }

  @media print {
    :host .widget {
      color-scheme: light;
      --_text: #000;
      --_muted: #000;
      --_background: #fff;
      --_surface: #fff;
      --_border: #000;
      --_accent: #000;
    }
  }
`;
