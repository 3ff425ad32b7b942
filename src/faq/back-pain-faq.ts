import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { faqTexts } from '../content/load/faq.js';
import { FAQ_IDS, type FaqId } from '../content/structure.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { checkBooleanAttribute } from '../internal/attributes.js';
import { RedFlagsLink, redFlagsLinkStyles } from '../internal/redflags-link.js';
import { clearWarning, warnInvalid } from '../internal/warn.js';
import { decodeURIComponentSafely } from '../internal/web-address.js';
import { styles } from './back-pain-faq.styles.js';
import { matchingQuestions } from './faq-search.js';
import { disclosureStyles } from '../styles/disclosure.js';
import { iconStyles } from '../styles/icon.js';
import { renderSafetyNet, safetyNetStyles } from '../internal/safety-net.js';

/** The filter box appears only when more questions than this are shown. */
const FILTER_ABOVE = 5;
/** Pause in typing before the number of matches is announced, so a screen reader does not chatter. */
const ANNOUNCE_DELAY = 500;

/** Answers that end with the red-flag rules' emergency signs: when to get help at once. */
const WITH_SAFETY_NET: readonly FaqId[] = ['sciatica', 'when-gp'];

const isFaqId = (value: string): value is FaqId => (FAQ_IDS as readonly string[]).includes(value);

/**
 * Frequently asked questions about low back pain, as a list of native disclosures
 * (`details`/`summary`): what it is, how common it is, causes, who gets it, symptoms, how long it
 * lasts, scans, what helps, what a physiotherapist does, when the back can bear load again,
 * whether it comes back, and when to see the GP. When more than five questions are shown, a
 * search box narrows them as you type to those whose question or answer holds every word typed,
 * ignoring case, accents and the kind of quotes, and says how many match.
 *
 * Link to a question with its id as the page's fragment, e.g. `page.html#when-gp`: on load and on
 * every `hashchange`, the widget opens that question, clears a search that hides it, scrolls it
 * into view (smoothly unless the reader prefers reduced motion) and moves focus to it, unless
 * the page has an element of its own with that id, which then keeps the link. Each
 * question's `details` element carries its id (inside the shadow root). The ids are:
 * `what-is-it`, `how-common`, `causes`, `who-gets-it`, `symptoms`, `how-long`, `sciatica`, `scan`,
 * `scan-useful`, `what-helps`, `physiotherapist`, `load-again`, `work`, `recurrence`, `pregnancy`,
 * `when-gp`. Under a sticky page
 * header, keep the question clear of it with `back-pain-faq::part(item) { scroll-margin-top: 5em; }`.
 *
 * @tag back-pain-faq
 * @summary Frequently asked questions about low back pain, openable one by one and searchable.
 *
 * @csspart filter - The search box with its label.
 * @csspart status - The line that says how many questions match the search.
 * @csspart list - The list of questions.
 * @csspart item - One question with its answer (a `details` element).
 * @csspart question - The question that opens and closes its answer (a `summary` element).
 * @csspart answer - The answer.
 * @csspart redflags-link - The link to the page's red-flag self-check (only with a valid `redflags-href`).
 */
export class BackPainFaq extends BackPainElement<'faq'> {
  static override styles = [...BackPainElement.styles, disclosureStyles, iconStyles, redFlagsLinkStyles, styles, safetyNetStyles];
  static override properties: PropertyDeclarations = {
    open: { type: Boolean },
    questions: {},
    redflagsHref: { attribute: 'redflags-href' },
    query: { state: true },
    settled: { state: true },
  };

  protected readonly section = 'faq' as const;
  protected readonly sectionTexts = faqTexts;

  /** Opens every answer; removing it closes them all. Without it every answer starts closed. */
  open = false;

  /**
   * Space-separated ids of the questions to show (in the standard order); all when absent.
   * Unknown ids are ignored with one warning; when none is valid, all questions show.
   */
  questions = '';

  /**
   * Address of the page's own red-flag self-check: an http(s) address, a path on this site
   * starting with "/" or a place on this page starting with "#". Shown as a link "Do the check
   * first" at the end of the answer to when to see the GP (`when-gp`); other values (such as
   * `javascript:`) show no link, with a warning.
   */
  redflagsHref = '';

  private readonly redFlagsLink = new RedFlagsLink(this);
  private query = '';
  /** False while the person is typing, so the number of matches is announced after a pause. */
  private settled = true;

  private shown: readonly FaqId[] = FAQ_IDS;
  private matching: readonly FaqId[] = FAQ_IDS;
  /** The question named by the page's fragment, until it has been opened. */
  private target?: FaqId;
  private announceTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    window.addEventListener('hashchange', this.onHashChange);
    this.onHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.announceTimer);
  }

  private readonly onHashChange = (): void => {
    // A malformed fragment (#%E0%A4%A) names no question; decoding it must not throw.
    const id = decodeURIComponentSafely(location.hash.slice(1));
    // The page's own anchor of the same name wins: a theme's "#symptoms" heading stays the page's.
    if (!isFaqId(id) || document.getElementById(id)) return;
    this.target = id;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('open')) checkBooleanAttribute(this, 'open', 'Opening every answer.');
    if (changed.has('questions')) this.shown = this.checkQuestions();
    if (!this.hasFilter) this.query = '';
    if (!this.texts) return;
    this.matching = matchingQuestions(this.shown, this.texts.faq.items, this.query);
    if (this.target && this.shown.includes(this.target) && !this.matching.includes(this.target)) {
      this.query = '';
      this.matching = this.shown;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.target) this.showTarget(this.target);
  }

  private get hasFilter(): boolean {
    return this.shown.length > FILTER_ABOVE;
  }

  private checkQuestions(): readonly FaqId[] {
    const requested = this.questions.split(/\s+/).filter(Boolean);
    const unknown = requested.filter((value) => !isFaqId(value));
    const chosen = FAQ_IDS.filter((id) => requested.includes(id));
    if (unknown.length === 0) clearWarning(this, 'questions');
    else {
      const fallback = chosen.length > 0 ? `Ignoring ${unknown.join(', ')}.` : 'Showing all questions.';
      warnInvalid(this, 'questions', this.questions, `space-separated ids from ${FAQ_IDS.join(', ')}`, fallback);
    }
    return chosen.length > 0 ? chosen : FAQ_IDS;
  }

  private showTarget(id: FaqId): void {
    const item = this.renderRoot.querySelector<HTMLDetailsElement>(`#${id}`);
    // No item yet while another language loads: try again after the next render.
    if (!item) return;
    this.target = undefined;
    if (item.hidden) return;
    item.open = true;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth' });
    item.querySelector('summary')?.focus({ preventScroll: true });
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.settled = false;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.settled = true), ANNOUNCE_DELAY);
  }

  protected renderBody({ faq: t, common }: WidgetContent<'faq'>) {
    const count = this.matching.length;
    const status = this.query.trim() && this.settled ? (count > 0 ? t.matches(count) : t.noMatches) : '';
    // Every question stays rendered, hidden when not shown, so open answers stay open as the list changes.
    return html`
      ${this.renderTitle(t.title)}
      ${this.hasFilter
        ? html`<div class="filter" part="filter">
              <label for="filter">${t.filterLabel}</label>
              <input id="filter" type="search" .value=${this.query} @input=${this.onInput} />
            </div>
            <p class="status" part="status" role="status">${status}</p>`
        : nothing}
      <div class="list" part="list">
        ${FAQ_IDS.map(
          (id) => html`<details
            id=${id}
            class="item"
            part="item"
            ?open=${this.open}
            ?hidden=${!this.matching.includes(id)}
          >
            <summary part="question">${t.items[id].question}</summary>
            <div class="answer" part="answer">
              ${t.items[id].answer.map((paragraph) => html`<p>${paragraph}</p>`)}
              ${WITH_SAFETY_NET.includes(id) ? renderSafetyNet(common, this.subLevel) : nothing}
              ${id === 'when-gp' ? this.redFlagsLink.render(common.redFlagsCheck) : nothing}
            </div>
          </details>`,
        )}
      </div>
    `;
  }
}
