import { html, nothing, svg } from 'lit';
import { mythsTexts } from '../content/load/myths.js';
import { MYTH_IDS } from '../content/structure.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { styles } from './back-pain-myths.styles.js';
import { iconStyles } from '../styles/icon.js';

/** Decorative tick beside each fact: the heading's words say what it is. */
const factIcon = svg`<circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" />`;

/**
 * Common myths about low back pain, fact first: each card's heading states what is true, then
 * what many people think instead, then why. A reader who skims the headings reads only facts,
 * and nothing is hidden behind a button. Printed, it reads the same.
 *
 * @tag back-pain-myths
 * @summary Facts about low back pain, each set against the myth it corrects.
 *
 * @csspart cards - The list of cards.
 * @csspart card - One card: the fact as its heading, the myth and why.
 * @csspart fact - The heading of a card: what is true.
 * @csspart myth - The line "Many people think: …".
 * @csspart why - Why the fact is true.
 */
export class BackPainMyths extends BackPainElement<'myths'> {
  static override styles = [...BackPainElement.styles, iconStyles, styles];

  protected readonly section = 'myths' as const;
  protected readonly sectionTexts = mythsTexts;

  protected renderBody({ myths: t }: WidgetContent<'myths'>) {
    return html`
      ${this.renderTitle(t.title)}
      <p class="intro">${t.intro}</p>
      <ul class="cards" part="cards" role="list">
        ${MYTH_IDS.map((id) => {
          const item = t.items[id];
          // A fact too long for a heading has a short one; the full fact then opens the text.
          return html`<li class="card" part="card">
            <div class="fact" part="fact" role="heading" aria-level=${this.subLevel}>
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${factIcon}</svg>
              <span>${item.heading ?? item.fact}</span>
            </div>
            <p part="myth"><span class="many-think">${t.manyThink}</span> ${item.myth}</p>
            ${item.heading ? html`<p>${item.fact}</p>` : nothing}
            <p class="why" part="why">${item.why}</p>
          </li>`;
        })}
      </ul>
    `;
  }
}
