import { html, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { mythsTexts } from '../content/load/myths.js';
import { MYTH_IDS, type MythId } from '../content/structure.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { checkBooleanAttribute } from '../internal/attributes.js';
import { styles } from './back-pain-myths.styles.js';

/** Decorative icons beside the words "myth" and "fact", so the two never differ by colour alone. */
const mythIcon = svg`<circle cx="12" cy="12" r="9" /><path d="m9 9 6 6M15 9l-6 6" />`;
const factIcon = svg`<circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" />`;

const factIds = MYTH_IDS.map((id) => `fact-${id}`).join(' ');

/**
 * Common myths about low back pain, each on a card beside the fact that corrects it, in plain
 * words with the reason why. A person guesses first and reveals the fact on request, one card
 * at a time or all at once. Printed, every fact shows. Myth and fact are told apart by a word
 * and an icon, never by colour alone; the fact label uses `--bp-color-accent`.
 *
 * Revealing keeps focus on the button; the button's `aria-expanded` tells a screen reader that
 * the fact appeared.
 *
 * @tag back-pain-myths
 * @summary Myths and facts about low back pain, as cards that reveal the fact on request.
 *
 * @csspart reveal-all - The button that shows (or hides) every fact at once.
 * @csspart cards - The list of cards.
 * @csspart card - One card: a myth and its fact.
 * @csspart myth - The myth side of a card: label, statement and its button.
 * @csspart toggle - A card's button that shows or hides its fact.
 * @csspart fact - The fact side of a card: label, fact and why.
 */
export class BackPainMyths extends BackPainElement<'myths'> {
  static override styles = [...BackPainElement.styles, styles];
  static override properties: PropertyDeclarations = {
    reveal: { type: Boolean, reflect: true },
    revealed: { state: true },
  };

  protected readonly section = 'myths' as const;
  protected readonly sectionTexts = mythsTexts;

  /**
   * Shows every fact. Like `open` on `<details>`, it follows what the person does: it is set
   * when every fact is shown and removed when one is hidden. Removing it hides every fact.
   */
  reveal = false;

  private revealed: ReadonlySet<MythId> = new Set();

  private get allRevealed(): boolean {
    return this.revealed.size === MYTH_IDS.length;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!changed.has('reveal')) return;
    checkBooleanAttribute(this, 'reveal', 'Showing every fact.');
    // Only a change from outside disagrees with the cards; the person's own clicks keep both in step.
    if (this.reveal !== this.allRevealed) this.revealed = new Set(this.reveal ? MYTH_IDS : []);
  }

  private show(revealed: ReadonlySet<MythId>): void {
    this.revealed = revealed;
    this.reveal = this.allRevealed;
  }

  private toggle(id: MythId): void {
    const next = new Set(this.revealed);
    if (!next.delete(id)) next.add(id);
    this.show(next);
  }

  private toggleAll(): void {
    this.show(new Set(this.allRevealed ? [] : MYTH_IDS));
  }

  protected renderBody({ myths: t }: WidgetContent<'myths'>) {
    return html`
      ${this.renderTitle(t.title)}
      <p class="intro">${t.intro}</p>
      <button
        class="button reveal-all"
        part="reveal-all"
        type="button"
        aria-expanded=${this.allRevealed ? 'true' : 'false'}
        aria-controls=${factIds}
        @click=${this.toggleAll}
      >
        ${this.allRevealed ? t.hideAll : t.revealAll}
      </button>
      <ul class="cards" part="cards" role="list">
        ${MYTH_IDS.map((id) => this.renderCard(id, t))}
      </ul>
    `;
  }

  private renderCard(id: MythId, t: WidgetContent<'myths'>['myths']) {
    const item = t.items[id];
    const open = this.revealed.has(id);
    // The card is a size container; the pair inside lays out myth | fact by the card's width.
    return html`
      <li class="card" part="card">
        <div class="pair ${open ? 'open' : ''}">
          <div class="myth" part="myth">
            <div class="statement" role="heading" aria-level=${this.subLevel}>
              <span class="label myth-label">
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${mythIcon}</svg>${t.mythLabel}</span
              ><span class="visually-hidden">: </span><span class="myth-text" id="myth-${id}">${item.myth}</span>
            </div>
            <button
              class="button toggle"
              part="toggle"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="fact-${id}"
              aria-labelledby="toggle-${id} myth-${id}"
              @click=${() => this.toggle(id)}
            >
              <span id="toggle-${id}">${open ? t.hide : t.reveal}</span>
            </button>
          </div>
          <div class="fact" part="fact" id="fact-${id}" ?hidden=${!open}>
            <p class="fact-text">
              <span class="label fact-label">
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${factIcon}</svg>${t.factLabel}</span
              ><span class="visually-hidden">: </span><strong>${item.fact}</strong>
            </p>
            <p class="why">${item.why}</p>
          </div>
        </div>
      </li>
    `;
  }
}
