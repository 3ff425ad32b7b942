import { html, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult } from 'lit';
import { liftingTexts } from '../content/load/lifting.js';
import { LIFTING_TOPICS, type LiftingTopic } from '../content/structure.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { parseKeyword } from '../internal/attributes.js';
import { clearWarning, warnInvalid } from '../internal/warn.js';
import { illustrations } from './illustrations.js';
import { styles } from './lifting-tips.styles.js';
import { parseTopics } from './topics.js';

type Texts = WidgetContent<'lifting'>['lifting'];

const LAYOUTS = ['list', 'tabs'] as const;

/** Keys that move between tabs, and the index each one goes to. */
const TAB_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowRight: (index, count) => (index + 1) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Everyday tips that spare the back: lifting, turning, sitting, standing up from a chair,
 * getting out of bed, sleeping and sport. Each situation is a group with a few short tips and
 * a line drawing; a movement done in steps (lifting, standing up, getting out of bed) has a
 * numbered drawing per step. Drawings fill the group's width up to 20em, are drawn in the
 * accent colour (`--bp-color-accent`; or set `color` on `::part(illustration)`) and have a text
 * alternative each.
 *
 * The groups are shown as a list by default: it prints well, needs no interaction and reads
 * straight through with a screen reader. `layout="tabs"` shows one group at a time behind a
 * tab list, for tight spaces; printed, the tabs still show every group.
 *
 * @tag lifting-tips
 * @summary Tips for lifting, sitting, getting up and sleeping, grouped by situation, with drawings.
 *
 * @csspart intro - The short introduction under the title.
 * @csspart list - The grid of all groups (list layout).
 * @csspart tablist - The row of tabs (tabs layout).
 * @csspart tab - One tab.
 * @csspart tab-selected - The selected tab, besides `tab` (`::part()` cannot match its `aria-selected`).
 * @csspart tabpanel - The panel of one group (tabs layout).
 * @csspart group - One situation: its drawing, heading and tips.
 * @csspart illustration - A line drawing (an `svg` drawn in `currentColor`): a group's drawing, or one of its steps.
 * @csspart group-title - The heading of a group.
 * @csspart tips - The list of tips of a group.
 */
export class LiftingTips extends BackPainElement<'lifting'> {
  static override styles = [...BackPainElement.styles, styles];
  static override properties: PropertyDeclarations = {
    topics: {},
    layout: {},
    selected: { state: true },
  };

  protected readonly section = 'lifting' as const;
  protected readonly sectionTexts = liftingTexts;

  /**
   * Which groups to show, separated by spaces, in the order to show them, e.g.
   * `"lifting sitting"`. Topics: `lifting`, `turning`, `sitting`, `standing-up`, `bed`,
   * `sleeping`, `sport`. Empty: all of them. Unknown words are ignored with a warning.
   */
  topics = '';

  /**
   * `list` (default) shows every group at once; `tabs` shows one group at a time, chosen with
   * a tab list. With a single topic there is no tab list. Any case; other values show the list,
   * with a warning.
   */
  layout: 'list' | 'tabs' = 'list';

  /** The topic of the selected tab; the first one shown when unset or no longer shown. */
  private selected?: LiftingTopic;

  private shown: readonly LiftingTopic[] = LIFTING_TOPICS;
  private tabbed = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('topics')) this.shown = this.checkTopics();
    if (changed.has('layout')) this.tabbed = parseKeyword(this, 'layout', this.layout, LAYOUTS, 'Showing the list.') === 'tabs';
  }

  private checkTopics(): readonly LiftingTopic[] {
    const { topics, unknown } = parseTopics(this.topics ?? '');
    if (unknown.length === 0) clearWarning(this, 'topics');
    else warnInvalid(this, 'topics', unknown.join(' '), LIFTING_TOPICS.join(', '), topics.length ? 'Ignoring the unknown ones.' : 'Showing all topics.');
    return topics.length ? topics : LIFTING_TOPICS;
  }

  private get active(): LiftingTopic {
    return this.selected && this.shown.includes(this.selected) ? this.selected : this.shown[0]!;
  }

  private async select(topic: LiftingTopic): Promise<void> {
    this.selected = topic;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${topic}`)?.focus();
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const move = TAB_KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const index = this.shown.indexOf(this.active);
    this.select(this.shown[move(index, this.shown.length)]!);
  }

  protected renderBody({ lifting: t }: WidgetContent<'lifting'>) {
    return html`
      ${this.renderTitle(t.title)}
      <p class="intro" part="intro">${t.intro}</p>
      ${this.tabbed && this.shown.length > 1
        ? this.renderTabs(t)
        : html`<div class="list" part="list">${this.shown.map((topic) => this.renderGroup(topic, t))}</div>`}
    `;
  }

  private renderTabs(t: Texts) {
    const active = this.active;
    return html`
      <div class="tablist" part="tablist" role="tablist" aria-label=${t.tabsLabel} @keydown=${this.onTabKeydown}>
        ${this.shown.map((topic) => {
          const selected = topic === active;
          return html`<button
            class="tab"
            part=${selected ? 'tab tab-selected' : 'tab'}
            type="button"
            role="tab"
            id="tab-${topic}"
            aria-selected=${String(selected)}
            aria-controls="panel-${topic}"
            tabindex=${selected ? 0 : -1}
            @click=${() => this.select(topic)}
          >
            ${t.topics[topic].title}
          </button>`;
        })}
      </div>
      ${this.shown.map(
        (topic) => html`<div
          part="tabpanel"
          role="tabpanel"
          id="panel-${topic}"
          aria-labelledby="tab-${topic}"
          tabindex="0"
          ?hidden=${topic !== active}
        >
          ${this.renderGroup(topic, t)}
        </div>`,
      )}
    `;
  }

  private renderGroup(topic: LiftingTopic, t: Texts) {
    const { title, tips, illustration, steps } = t.topics[topic];
    const drawings = illustrations[topic];
    // A movement in steps is a numbered list of drawings, named as a whole and step by step.
    return html`<div class="group" part="group">
      <div class="group-title" part="group-title" role="heading" aria-level=${this.subLevel}>${title}</div>
      ${drawings.length > 1 && steps
        ? html`<ol class="steps" aria-label=${illustration}>
            ${drawings.map((step, index) => html`<li>${this.renderDrawing(step, steps[index] ?? illustration)}</li>`)}
          </ol>`
        : html`<div class="single">${this.renderDrawing(drawings[0]!, illustration)}</div>`}
      <ul class="tips" part="tips">
        ${tips.map((tip) => html`<li>${tip}</li>`)}
      </ul>
    </div>`;
  }

  private renderDrawing(drawing: SVGTemplateResult, label: string) {
    return html`<svg
      class="illustration"
      part="illustration"
      viewBox="0 0 64 64"
      fill="none"
      stroke="currentColor"
      role="img"
      aria-label=${label}
    >${drawing}</svg>`;
  }
}
