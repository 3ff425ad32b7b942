import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { walkingTexts } from '../content/load/walking.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { dateFormat, formatDate } from '../internal/footer.js';
import { RedFlagsLink, redFlagsLinkStyles } from '../internal/redflags-link.js';
import { clearWarning, warnInvalid } from '../internal/warn.js';
import { parseWholeNumber, wholeNumberConverter } from '../internal/attributes.js';
import { addDays, localIsoDate } from '../dates/calendar-dates.js';
import { calendarFileName, walkingCalendar } from './ics.js';
import {
  DEFAULT_GOAL,
  DEFAULT_START,
  MAX_MINUTES,
  MIN_MINUTES,
  WALKS_PER_DAY,
  checkMinutes,
  firstDayBounds,
  isAllowedFirstDay,
  planWalks,
  type Schedule,
  type ScheduleErrors,
} from './schedule.js';
import { styles } from './walking-program.styles.js';
import { buttonStyles } from '../styles/button.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.js';
import { textFieldStyles } from '../styles/text-field.js';

type WalkingTexts = WidgetContent<'walking'>['walking'];


/** How long the object URL of a download lives: some browsers read it after the click returns. */
const REVOKE_AFTER_MS = 1000;

/** Quiet time after the last keystroke before a changed plan is read out: once, not per key. */
export const ANNOUNCE_AFTER_MS = 1000;

/**
 * The walking programme for long-lasting (chronic) low back pain: three walks a day, starting
 * from a time the person can easily manage and adding about 10% a week, at least one minute,
 * until the goal. The person enters the start, the goal and the first day; the widget shows the
 * advice for bad days first, then the plan as a table, one row a week, and offers to print it or download it as an iCalendar (.ics)
 * file, made in the browser. Nothing is sent or stored. When typing pauses after a change, a
 * polite status line reads out the new plan once.
 *
 * The calendar file has one event per week and time of day (9:00, 13:00 and 18:00 local time),
 * repeating daily for that week.
 *
 * @tag walking-program
 * @summary Walking programme for long-lasting back pain: a week-by-week plan to print or add to a calendar.
 *
 * @csspart red-flags - The advice to check the warning signs first.
 * @csspart form - The form with the start, the goal and the first day.
 * @csspart field - One field of the form: label, hint, input and error.
 * @csspart error - The message under a field whose value is refused.
 * @csspart plan - The plan: its heading, the advice, the table of weeks and the buttons.
 * @csspart week - One week of the plan: a row of the table.
 * @csspart advice - The advice for bad days, about painkillers, and when to stop and contact the GP.
 * @csspart print - The print button.
 * @csspart download - The button that downloads the calendar file.
 * @csspart redflags-link - The link to the page's red-flag self-check (only with a valid `redflags-href`).
 */
export class WalkingProgram extends BackPainElement<'walking'> {
  static override styles = [...BackPainElement.styles, buttonStyles, visuallyHiddenStyles, textFieldStyles, redFlagsLinkStyles, styles];
  static override properties: PropertyDeclarations = {
    startMinutes: { attribute: 'start-minutes', converter: wholeNumberConverter },
    goalMinutes: { attribute: 'goal-minutes', converter: wholeNumberConverter },
    startDate: { attribute: 'start-date' },
    today: { attribute: false },
    redflagsHref: { attribute: 'redflags-href' },
    fields: { state: true },
    errorsCommitted: { state: true },
    planSettled: { state: true },
  };

  protected readonly section = 'walking' as const;
  protected readonly sectionTexts = walkingTexts;

  /** Minutes per walk in the first week: a whole number in plain digits from 2 to 60, not above the goal. Default: 5, or the goal when that is shorter. */
  startMinutes?: number;

  /** Minutes per walk to build up to: a whole number in plain digits from 2 to 60. Default: 30. */
  goalMinutes?: number = DEFAULT_GOAL;

  /** First day of the plan, written YYYY-MM-DD, within a year of today (as the date field takes it). Default: today. */
  startDate = '';

  /** The current moment: the default first day and the time stamp of the calendar file. Default: the clock; set it to fix the date, as tests and demos do. */
  today?: Date;

  /**
   * Address of the page's own red-flag self-check: an http(s) address, a path on this site
   * starting with "/" or a place on this page starting with "#". Shown as a link "Do the check
   * first" under the advice to check the warning signs first; other values (such as `javascript:`)
   * show no link, with a warning.
   */
  redflagsHref = '';

  private readonly redFlagsLink = new RedFlagsLink(this);
  /** The fields as typed, by name: a field is written only where it shows something else (see `updated`). */
  private fields = { start: '', goal: '', date: '' };
  /**
   * True once a typed value is committed (the field is left, or Enter is pressed): only then are
   * its errors read out, so a screen reader does not interrupt every keystroke.
   */
  private errorsCommitted = false;

  /** True once typing has paused after a change: then the new plan is read out. */
  private planSettled = false;
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** The plan from the fields, made before every render (in `willUpdate`). */
  private schedule!: Schedule;
  /** True when the first day in the field is refused: then there is no plan and no calendar file. */
  private dateRefused!: boolean;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('startMinutes') || changed.has('goalMinutes')) this.presetMinutes();
    if (!this.hasUpdated || changed.has('startDate') || changed.has('today')) this.fields.date = this.checkStartDate();
    this.schedule = planWalks(parseWholeNumber(this.fields.start), parseWholeNumber(this.fields.goal));
    this.dateRefused = !isAllowedFirstDay(this.firstDay(), this.todayIso());
  }

  /**
   * Writes each field only where it shows something else: a preset from the attributes, or a new
   * form. Never while typing, where it holds what was typed: a half-typed number such as "-"
   * reads as "", and writing "" would wipe it.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const input of this.renderRoot.querySelectorAll('input')) {
      const text = this.fields[input.name as keyof typeof this.fields];
      if (input.value !== text) input.value = text;
    }
  }

  private now(): Date {
    const today = this.today;
    return today instanceof Date && !Number.isNaN(today.getTime()) ? today : new Date();
  }

  /** Fills the fields from the attributes; a bad value warns once and falls back. */
  private presetMinutes(): void {
    const goal = this.checkMinutesAttribute('goal-minutes', this.goalMinutes, MAX_MINUTES, DEFAULT_GOAL);
    const start = this.checkMinutesAttribute('start-minutes', this.startMinutes, goal, Math.min(DEFAULT_START, goal));
    this.fields.start = String(start);
    this.fields.goal = String(goal);
  }

  private checkMinutesAttribute(attribute: string, value: number | null | undefined, max: number, fallback: number): number {
    // null: the attribute was removed.
    if (value == null) return fallback;
    if (!checkMinutes(value) && value <= max) {
      clearWarning(this, attribute);
      return value;
    }
    const limit = attribute === 'start-minutes' ? ', not above goal-minutes' : '';
    warnInvalid(this, attribute, this.getAttribute(attribute) ?? value, `a whole number from ${MIN_MINUTES} to ${max}${limit}`, `Using ${fallback}.`);
    return fallback;
  }

  /** The date field and the attribute share one rule: a date within a year of today. */
  private checkStartDate(): string {
    const today = this.todayIso();
    if (this.startDate) {
      if (isAllowedFirstDay(this.startDate, today)) {
        clearWarning(this, 'start-date');
        return this.startDate;
      }
      const { min, max } = firstDayBounds(today);
      warnInvalid(this, 'start-date', this.startDate, `a date written as YYYY-MM-DD within a year of today, from ${min} to ${max}`, 'Starting today.');
    }
    return today;
  }

  private todayIso(): string {
    return localIsoDate(this.now());
  }

  /** The first day: the date field, or today when it is empty. */
  private firstDay(): string {
    return this.fields.date || this.todayIso();
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.fields = { ...this.fields, [input.name]: input.value };
    this.errorsCommitted = false;
    // Emptied first, so that the same plan typed twice is still read out.
    this.planSettled = false;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.planSettled = true), ANNOUNCE_AFTER_MS);
  }

  private commitErrors(): void {
    this.errorsCommitted = true;
  }

  private printPlan(): void {
    window.print();
  }

  /** Makes the calendar file in the browser and hands it to the browser's download. */
  private downloadCalendar(weeks: readonly number[], t: WalkingTexts): void {
    const calendar = walkingCalendar({
      startDate: this.firstDay(),
      weeks,
      title: t.calendarTitle,
      description: t.calendarDescription,
      now: this.now(),
      seed: Math.random().toString(36).slice(2, 10),
    });
    const url = URL.createObjectURL(new Blob([calendar], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = calendarFileName(t.calendarFileName);
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }

  protected renderBody({ walking: t, common }: WidgetContent<'walking'>) {
    const errors: ScheduleErrors = this.schedule.ok ? {} : this.schedule.errors;
    const outOfRange = t.outOfRange(MIN_MINUTES, MAX_MINUTES);
    const startError = errors.start && (errors.start === 'above-goal' ? t.startAboveGoal : outOfRange);
    const goalError = errors.goal && outOfRange;
    const bounds = firstDayBounds(this.todayIso());
    const dateError = this.dateRefused ? t.startDateOutOfRange(formatDate(bounds.min, this.locale), formatDate(bounds.max, this.locale)) : undefined;
    // The plan's minutes per walk, a week at a time; none while a field is refused.
    const weeks = this.schedule.ok && !dateError ? this.schedule.weeks : undefined;
    return html`
      ${this.renderTitle(t.title)}
      <p class="intro">${t.intro}</p>
      <p class="why">${t.why}</p>
      <p class="red-flags" part="red-flags">${t.checkRedFlags}</p>
      ${this.redFlagsLink.render(common.redFlagsCheck)}
      <form
        part="form"
        novalidate
        @input=${this.onInput}
        @change=${this.commitErrors}
        @submit=${(event: Event) => {
          event.preventDefault();
          this.commitErrors();
        }}
      >
        ${this.renderMinutesField('start', t.startLabel, t.startHint, startError)}
        ${this.renderMinutesField('goal', t.goalLabel, t.goalHint, goalError)}
        <p class="visually-hidden" role="status">${this.errorsCommitted && !weeks
          ? [startError, goalError, dateError].filter(Boolean).join(' ')
          : this.planSettled && weeks
            ? t.planChanged(weeks.length, weeks.at(-1)!)
            : ''}</p>
        <div class="field" part="field">
          <label for="date">${t.startDateLabel}</label>
          <input
            id="date"
            name="date"
            type="date"
            min=${bounds.min}
            max=${bounds.max}
            aria-invalid=${dateError ? 'true' : 'false'}
            aria-describedby=${dateError ? 'date-error' : nothing}
          />
          ${dateError ? html`<p class="error" part="error" id="date-error">${dateError}</p>` : nothing}
        </div>
      </form>
      <div class="plan" part="plan">
        <div class="plan-heading" role="heading" aria-level=${this.subLevel}>${t.planHeading}</div>
        <ul class="advice" part="advice">
          <li>${t.badDay}</li>
          <li>${t.painkillers}</li>
          <li class="stop">${t.stopRules}</li>
        </ul>
        ${weeks ? this.renderWeeks(weeks, t) : html`<p class="needs-input">${t.planNeedsInput}</p>`}
      </div>
    `;
  }

  private renderMinutesField(name: 'start' | 'goal', label: string, hint: string, error: string | undefined) {
    return html`
      <div class="field" part="field">
        <label for=${name}>${label}</label>
        <p class="hint" id="${name}-hint">${hint}</p>
        <input
          id=${name}
          name=${name}
          type="number"
          inputmode="numeric"
          min=${MIN_MINUTES}
          max=${MAX_MINUTES}
          step="1"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${name}-error ${name}-hint` : `${name}-hint`}
        />
        ${error ? html`<p class="error" part="error" id="${name}-error">${error}</p>` : nothing}
      </div>
    `;
  }

  /** The table of weeks, and the buttons that print it or put it in a calendar. */
  private renderWeeks(weeks: readonly number[], t: WalkingTexts) {
    const first = this.firstDay();
    const dates = dateFormat(this.locale, { day: 'numeric', month: 'long' });
    const day = (offset: number) => new Date(`${addDays(first, offset)}T00:00:00Z`);
    return html`
      <table class="weeks">
        <caption>${t.planCaption(WALKS_PER_DAY)}</caption>
        <thead>
          <tr>
            <th scope="col">${t.weekColumn}</th>
            <th scope="col">${t.datesColumn}</th>
            <th scope="col">${t.walksColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (minutes, index) => html`
              <tr class="week" part="week">
                <th scope="row" class="week-label">${t.weekLabel(index + 1)}</th>
                <td class="dates">${dates.formatRange(day(index * 7), day(index * 7 + 6))}</td>
                <td class="walks">${t.walksPerDay(WALKS_PER_DAY, minutes)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
      <div class="actions">
        <button class="button" part="print" type="button" @click=${this.printPlan}>${t.print}</button>
        <button class="button" part="download" type="button" @click=${() => this.downloadCalendar(weeks, t)}>${t.download}</button>
      </div>
    `;
  }
}
