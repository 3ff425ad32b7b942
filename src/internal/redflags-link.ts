import { css, html, nothing } from 'lit';
import { checkWebAddress } from './web-address.js';

/** A widget with a `redflags-href` attribute: the address of the page's own red-flag self-check. */
type LinkingElement = HTMLElement & { redflagsHref: string };

/**
 * The link from a widget's advice to the page's own red-flag self-check, from its
 * `redflags-href` attribute. A refused address (such as `javascript:`) shows no link and warns
 * once; without the attribute nothing is shown.
 */
export class RedFlagsLink {
  private checked?: string;
  private address?: string;

  constructor(private readonly host: LinkingElement) {}

  /**
   * A paragraph with the link, or nothing without a valid address. The address is checked here,
   * when the attribute changed, not in a controller's hostUpdate: server rendering skips those.
   */
  render(text: string) {
    const value = this.host.redflagsHref ?? '';
    if (value !== this.checked) {
      this.checked = value;
      this.address = checkWebAddress(this.host, 'redflags-href', value, 'The link is not shown.');
    }
    return this.address ? html`<p><a class="redflags-link" part="redflags-link" href=${this.address}>${text}</a></p>` : nothing;
  }
}

export const redFlagsLinkStyles = css`
  /* A large target (WCAG 2.5.8) although it stands alone in its line. */
  .redflags-link {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    font-weight: bold;
  }

  @media print {
    /* On paper the reader needs the address itself (inline, so its space is kept). */
    .redflags-link {
      display: inline;
    }
    .redflags-link::after {
      content: ' (' attr(href) ')';
      font-weight: normal;
    }
  }
`;
