import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { timelineTexts } from '../content/load/timeline.js';
import { PHASE_IDS } from '../content/structure.js';
import { renderSafetyNet, safetyNetStyles } from '../internal/safety-net.js';
import { iconStyles } from '../styles/icon.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { RedFlagsLink, redFlagsLinkStyles } from '../internal/redflags-link.js';
import { todayFor } from '../internal/today.js';
import { clearWarning, warnInvalid } from '../internal/warn.js';
import { styles } from './recovery-timeline.styles.js';
import { daysSince, isoDate, type CalendarDate } from '../dates/calendar-dates.js';
import { MAX_ONSET_DAYS, phaseForDay, type TimedPhaseId } from './timeline-dates.js';
import { wholeNumberConverter } from '../internal/attributes.js';
import { disclosureStyles } from '../styles/disclosure.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.js';
import { textFieldStyles } from '../styles/text-field.js';

type TimelineTexts = WidgetContent<'timeline'>['timeline'];


/**
 * The usual course of an episode of low back pain, as phases on a timeline: the first days, the
 * first week, weeks 2 to 6, after 6 weeks, after 12 weeks, and when the pain comes back. Each
 * phase opens to say what is normal, what helps now and when to contact the GP or a
 * physiotherapist.
 *
 * Given `day` or `onset`, the phase the reader is in is marked "you are here" in words, with the
 * day count, and opened. `day` wins when both are set. Without a valid day, the whole timeline
 * shows with every phase closed, so that no phase looks like the reader's own. A phase is never
 * marked "comes back": that depends on more than a day count.
 *
 * When the page sets neither `day` nor `onset`, the reader can enter the date the pain started
 * (today at the latest) and "you are here" follows it. A future or impossible date is explained
 * beside the field and marks no phase. Nothing is stored.
 *
 * To assistive technology the timeline is an ordered list; the current phase has
 * `aria-current="step"`. Phases sit side by side in a container at least 48em wide, and one
 * below the other in a narrower one.
 *
 * @tag recovery-timeline
 * @summary The usual course of low back pain, phase by phase, with "you are here".
 *
 * @csspart phases - The ordered list of phases.
 * @csspart phase - One phase (a list item).
 * @csspart current - The current phase, in addition to `phase`.
 * @csspart marker - The "you are here" line with the day count, in the current phase.
 * @csspart summary - The phase's title and days, which open and close its advice.
 * @csspart advice - What is normal, what helps and when to get help, in an open phase, each under its heading.
 * @csspart onset - The field where the reader enters when the pain started (only without `day` and `onset`).
 * @csspart error - The message under the onset field when its date is refused.
 * @csspart redflags-link - The link to the page's red-flag self-check (only with a valid `redflags-href`).
 *
 * @cssproperty --bp-timeline-current - Colour of the current phase's border, dot and "you are here" label (its text uses --bp-color-on-accent). Default: the accent colour.
 */
export class RecoveryTimeline extends BackPainElement<'timeline'> {
  static override styles = [...BackPainElement.styles, disclosureStyles, iconStyles, visuallyHiddenStyles, textFieldStyles, redFlagsLinkStyles, styles, safetyNetStyles];
  static override properties: PropertyDeclarations = {
    onset: {},
    day: { converter: wholeNumberConverter },
    today: {},
    redflagsHref: { attribute: 'redflags-href' },
    enteredOnset: { state: true },
  };

  protected readonly section = 'timeline' as const;
  protected readonly sectionTexts = timelineTexts;

  /**
   * The date the pain started, as YYYY-MM-DD, today or earlier, at most 36525 days (about 100
   * years) back, as the date field takes it. Marks the phase of the day count from this date to
   * today. Ignored when `day` is set.
   */
  onset = '';

  /**
   * Whole days since the pain started, in plain digits, from 0 on the day it started to 36525
   * (about 100 years). The widget says it as people count days: `day="0"` shows "day 1". Wins
   * over `onset`.
   */
  day?: number;

  /**
   * The date that counts as today for `onset`: a Date (its date in the browser's time zone) or a
   * date as YYYY-MM-DD. Default: the clock, read when the widget renders. For tests and demos.
   */
  today?: Date | string;

  /**
   * Address of the page's own red-flag self-check: an http(s) address, a path on this site
   * starting with "/" or a place on this page starting with "#". Shown as a link "Do the check
   * first" under the introduction; other values (such as `javascript:`) show no link, with a
   * warning.
   */
  redflagsHref = '';

  private readonly redFlagsLink = new RedFlagsLink(this);

  /**
   * What the reader entered in the onset field, when the page sets neither `day` nor `onset`:
   * a date as YYYY-MM-DD, or `invalid` for a date the field could not read. Never stored.
   */
  private enteredOnset = '';
  private onsetError?: 'future' | 'invalid';

  /** Days since the pain started, when known and valid. */
  private currentDay?: number;
  private currentPhase?: TimedPhaseId;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A bad `today` is reported when it is set, even while no `onset` uses it.
    if (changed.has('today') && this.today !== undefined && this.today !== '') this.todayDate();
    // Every render, not only on changes: the clock moves on.
    this.currentDay = this.day != null ? this.checkDay(this.day) : this.onset ? this.dayFromOnset() : this.dayFromEnteredOnset();
    this.currentPhase = this.currentDay === undefined ? undefined : phaseForDay(this.currentDay);
  }

  private checkDay(day: number): number | undefined {
    if (Number.isSafeInteger(day) && day >= 0 && day <= MAX_ONSET_DAYS) {
      clearWarning(this, 'day');
      return day;
    }
    // NaN comes from the attribute: show what the page wrote.
    const shown = Number.isNaN(day) ? (this.getAttribute('day') ?? day) : day;
    warnInvalid(this, 'day', shown, `a whole number of days since the pain started, from 0 (the day it started) to ${MAX_ONSET_DAYS}`, 'No phase is marked.');
    return undefined;
  }

  private dayFromOnset(): number | undefined {
    const days = daysSince(this.onset, this.todayDate());
    if (days !== undefined && days >= 0 && days <= MAX_ONSET_DAYS) {
      clearWarning(this, 'onset');
      return days;
    }
    warnInvalid(this, 'onset', this.onset, `the date the pain started as YYYY-MM-DD, today or at most ${MAX_ONSET_DAYS} days earlier, such as "2026-03-28"`, 'No phase is marked.');
    return undefined;
  }

  /** The reader's own onset date, checked as the attribute is, but reported in the widget. */
  private dayFromEnteredOnset(): number | undefined {
    this.onsetError = undefined;
    if (!this.enteredOnset) return undefined;
    const days = daysSince(this.enteredOnset, this.todayDate());
    if (days === undefined || days < -MAX_ONSET_DAYS || days > MAX_ONSET_DAYS) this.onsetError = 'invalid';
    else if (days < 0) this.onsetError = 'future';
    else return days;
    return undefined;
  }

  private onOnsetChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    // A half-typed or impossible date (31 February) leaves the value empty and marks it bad.
    this.enteredOnset = input.validity.badInput ? 'invalid' : input.value;
  }

  private todayDate(): CalendarDate {
    return todayFor(this, this.today);
  }

  /** Only when the page gives no day: then the reader can say when the pain started. */
  private renderOnsetField(t: TimelineTexts) {
    if (this.day != null || this.onset) return nothing;
    const error = this.onsetError && (this.onsetError === 'future' ? t.onsetFuture : t.onsetInvalid);
    return html`<div class="onset" part="onset">
      <label for="onset">${t.onsetLabel}</label>
      <p class="hint" id="onset-hint">${t.onsetHint}</p>
      <input
        id="onset"
        type="date"
        max=${isoDate(this.todayDate())}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'onset-error onset-hint' : 'onset-hint'}
        @change=${this.onOnsetChange}
        @blur=${this.onOnsetChange}
      />
      <p class="error" part="error" id="onset-error" role="alert">${error ?? nothing}</p>
    </div>`;
  }

  // No headings inside a summary: browsers flatten them away. So an open phase's advice starts
  // with the phase's name as a heading one level below the title, for those who move by
  // headings (on screen the summary shows it), and its three parts are two levels below.
  protected renderBody({ timeline: t, common }: WidgetContent<'timeline'>) {
    const adviceLevel = Math.min(this.level + 2, 6);
    const adviceHeading = (text: string) => html`<div class="label" role="heading" aria-level=${adviceLevel}>${text}</div>`;
    return html`
      ${this.renderTitle(t.title)}
      <p class="intro">${t.intro}</p>
      ${this.redFlagsLink.render(common.redFlagsCheck)}
      ${this.renderOnsetField(t)}
      <ol class="phases" part="phases">
        ${PHASE_IDS.map((id) => {
          const phase = t.phases[id];
          const current = id === this.currentPhase;
          return html`<li class="phase" part=${current ? 'phase current' : 'phase'} aria-current=${current ? 'step' : nothing}>
            ${current
              ? html`<p class="marker" part="marker"><strong>${t.youAreHere}</strong> <span>${t.dayCount(this.currentDay!)}</span></p>`
              : nothing}
            <details ?open=${current}>
              <summary part="summary">
                <span class="summary-text">
                  <span class="phase-title">${phase.title}</span>
                  <span class="when">${phase.when}</span>
                </span>
              </summary>
              <div class="advice" part="advice">
                <div class="visually-hidden" role="heading" aria-level=${this.subLevel}>${phase.title}</div>
                ${adviceHeading(t.normalHeading)}
                <p>${phase.normal}</p>
                ${adviceHeading(t.helpsHeading)}
                <ul>
                  ${phase.helps.map((step) => html`<li>${step}</li>`)}
                </ul>
                ${adviceHeading(t.contactHeading)}
                <p>${phase.contact}</p>
              </div>
            </details>
          </li>`;
        })}
      </ol>
      ${renderSafetyNet(common, this.subLevel)}
    `;
  }
}
