import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { checkTexts } from '../content/load/check.js';
import { redFlagsTexts } from '../content/load/red-flags.js';
import { riskFactorsTexts } from '../content/load/risk-factors.js';
import { selfCareTexts } from '../content/load/self-care.js';
import { timelineTexts } from '../content/load/timeline.js';
import { walkingTexts } from '../content/load/walking.js';
import type { PartLoaders } from '../content/registry.js';
import { LASTING_FACTOR_IDS, RED_FLAG_IDS, ROUTES, SELF_CARE_IDS, URGENCIES, type LastingFactorId, type RedFlagId, type RouteId, type SectionId, type Urgency } from '../content/structure.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { emit } from '../internal/events.js';
import { checkWebAddress } from '../internal/web-address.js';
import { parseWholeNumber } from '../internal/attributes.js';
import { formatDate } from '../internal/footer.js';
import { isoDate, type CalendarDate } from '../dates/calendar-dates.js';
import type { TimedPhaseId } from '../recovery-timeline/timeline-dates.js';
import { todayFor } from '../internal/today.js';
import type { RedFlagsResultDetail } from '../redflags/back-pain-redflags.js';
import { renderSafetyNet, safetyNetStyles } from '../internal/safety-net.js';
import { asksImproving, durationFromAmount, durationFromOnset, planFor, type CheckPlan, type DurationError, type DurationUnit } from './plan.js';
import { styles } from './back-pain-check.styles.js';
import { buttonStyles } from '../styles/button.js';
import { buttonRowStyles } from '../styles/button-row.js';
import { fieldsetStyles } from '../styles/fieldset.js';
import { iconStyles } from '../styles/icon.js';
import { textFieldStyles } from '../styles/text-field.js';

export const CHECK_STEPS = ['signs', 'duration', 'factors', 'plan'] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

export interface CheckStepDetail {
  step: CheckStep;
}

export interface CheckCompleteDetail {
  urgency: Urgency;
  /** Where the outcome sends the reader (`redflags-result`'s `route`). */
  route: RouteId;
  /** Ids of the warning signs that led to the outcome; empty when there were none. */
  flags: RedFlagId[];
  /** Ids of every warning-sign question answered yes, highest level first. */
  signs: RedFlagId[];
  /** The timeline phase the person is in; `null` when a warning sign ended the check. */
  phase: TimedPhaseId | null;
  /** Ids of the ticked factors that make pain last. */
  factors: LastingFactorId[];
  contentVersion: string;
  lang: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'check-step': CustomEvent<CheckStepDetail>;
    'check-complete': CustomEvent<CheckCompleteDetail>;
  }
}

type Sections = 'check' | 'redFlags' | 'timeline' | 'selfCare' | 'riskFactors' | 'walking';

/**
 * Whether the red-flag check itself sent `event`. Page content in the contact slot sits inside
 * it too, so an event that page content dispatches passes the same listener.
 */
const fromRedflags = (event: Event) => event.composedPath()[0] === event.currentTarget;

/** What the check keeps of the red-flag outcome: its version and language are the check's own. */
type SignsOutcome = Pick<RedFlagsResultDetail, 'urgency' | 'route' | 'flags' | 'signs'>;

/** The outcome with ids only, or `undefined` for a detail that is not one (a forged event's). */
function redflagsResult(detail: unknown): SignsOutcome | undefined {
  const { urgency, route, flags, signs } = (detail ?? {}) as Partial<Record<keyof SignsOutcome, unknown>>;
  const oneOf = <T>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
  const ids = (list: unknown): list is RedFlagId[] => Array.isArray(list) && list.every((id) => oneOf(RED_FLAG_IDS, id));
  if (!oneOf(URGENCIES, urgency) || !oneOf(ROUTES, route) || !ids(flags) || !ids(signs)) return undefined;
  return { urgency, route, flags: [...flags], signs: [...signs] };
}

/**
 * One guided self-check for insurer portals: the warning signs (the red-flag check itself, which
 * `back-pain-widgets/back-pain-check/define` registers too), how
 * long the pain has lasted, what makes it harder (optional; from 3 weeks of pain it first asks
 * whether the pain is getting better), and a personal plan: the next step
 * in one sentence, the advice of the phase the person is in, the three most important self-care
 * steps, after 6 weeks the walking programme (starting from what the reader walks now), and
 * calm advice when factors that make pain last apply. A warning sign answered yes ends the check with its care card. The plan
 * ends with a summary to print for the GP or physiotherapist. Nothing is stored or sent: a reload
 * starts again, and answers leave the widget only through its events, as ids.
 *
 * @tag back-pain-check
 * @summary Guided back-pain check: warning signs, how long, what makes it harder, and a personal plan.
 *
 * @slot contact - Richer contact details of the embedding practice or insurer, shown on a care card.
 *
 * @csspart progress - The "step 2 of 4" line.
 * @csspart step - The current step (a section with its heading).
 * @csspart duration - The "since when" fields.
 * @csspart factors - The checklist of factors that make pain last.
 * @csspart plan - The plan.
 * @csspart summary - The summary to print for the GP or physiotherapist.
 * @csspart nav - The row of Back / Next buttons.
 *
 * @fires {CustomEvent<CheckStepDetail>} check-step - A step is shown. Detail: `{ step }`, one of `signs`, `duration`, `factors`, `plan`.
 * @fires {CustomEvent<CheckCompleteDetail>} check-complete - The plan is shown, or a warning sign ended the check. Detail: `{ urgency, route, flags, signs, phase, factors, contentVersion, lang }`, ids only; `phase` is `null` when a warning sign ended the check.
 */
export class BackPainCheck extends BackPainElement<Sections> {
  static override styles = [...BackPainElement.styles, buttonStyles, buttonRowStyles, fieldsetStyles, iconStyles, textFieldStyles, styles, safetyNetStyles];
  static override properties: PropertyDeclarations = {
    contactName: { attribute: 'contact-name' },
    contactPhone: { attribute: 'contact-phone' },
    contactUrl: { attribute: 'contact-url' },
    outOfHoursPhone: { attribute: 'out-of-hours-phone' },
    physioUrl: { attribute: 'physio-url' },
    today: {},
    step: { state: true },
    signs: { state: true },
    durationError: { state: true },
    durationErrorOn: { state: true },
    plan: { state: true },
  };

  protected readonly section = 'check' as const;
  protected readonly sectionTexts = checkTexts;
  protected override readonly otherSections = [
    ['redFlags', redFlagsTexts],
    ['timeline', timelineTexts],
    ['selfCare', selfCareTexts],
    ['riskFactors', riskFactorsTexts],
    ['walking', walkingTexts],
  ] satisfies [SectionId, PartLoaders<SectionId>][];

  /** Name of the embedding practice or insurer, shown on a care card. */
  contactName = '';
  /** Phone number of the embedding practice or insurer, shown on a care card as a call button. */
  contactPhone = '';
  /** Web address of the embedding practice or insurer: an http(s) address, a path on this site ("/contact") or a place on this page ("#contact"). */
  contactUrl = '';
  /** The out-of-hours number to call when the GP is closed, on "today" care cards only (see `<back-pain-redflags>`). */
  outOfHoursPhone = '';
  /** The portal's "find a physiotherapist" page, linked in the plan when it advises a physiotherapist: an http(s) address, a path or a place on this page. */
  physioUrl = '';
  /**
   * The date that counts as today: a Date or a date as YYYY-MM-DD. Default: the clock. For
   * tests and demos.
   */
  today?: Date | string;

  private step: CheckStep = 'signs';
  /** The red-flag outcome, once the warning signs are answered. */
  private signs?: SignsOutcome;
  private durationError?: DurationError | 'missing';
  /** The field the duration error is about: the one the reader answered in (the number when neither). */
  private durationErrorOn: 'amount' | 'onset' = 'amount';
  private plan?: CheckPlan;
  private physioAddress?: string;
  private focusHeadingAfterRender = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A bad `today` is reported when it is set, not only when a date is counted.
    if (changed.has('today')) this.todayDate();
    if (changed.has('physioUrl')) this.physioAddress = checkWebAddress(this, 'physio-url', this.physioUrl, 'The link is not shown.');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('step')) emit(this, 'check-step', { step: this.step });
    if (this.focusHeadingAfterRender) {
      this.focusHeadingAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    }
  }

  /** Clears every answer and goes back to the first question. */
  restart(): void {
    // A page may have defined <back-pain-redflags> itself, with a class that has no reset().
    const signs: { reset?: unknown } | null = this.renderRoot.querySelector('back-pain-redflags');
    if (typeof signs?.reset === 'function') signs.reset();
    this.resetAfterSigns();
    this.go('signs');
  }

  private resetAfterSigns(): void {
    this.signs = undefined;
    this.plan = undefined;
    this.durationError = undefined;
    // A new round of answers starts from empty fields.
    const root = this.renderRoot;
    root.querySelectorAll<HTMLInputElement>('#amount, #onset').forEach((field) => (field.value = ''));
    root.querySelectorAll<HTMLSelectElement>('#unit').forEach((unit) => (unit.selectedIndex = 0));
    root.querySelectorAll<HTMLInputElement>('#factors input').forEach((box) => (box.checked = false));
  }

  private go(step: CheckStep): void {
    this.step = step;
    this.focusHeadingAfterRender = true;
  }

  /** The red-flag check's outcome stays inside this widget: the check reports its own events. */
  private onSignsResult(event: CustomEvent<RedFlagsResultDetail>): void {
    if (!fromRedflags(event)) return;
    event.stopPropagation();
    const signs = redflagsResult(event.detail);
    if (!signs) return;
    this.signs = signs;
    if (signs.urgency === 'self-care') {
      if (this.step === 'signs') this.go('duration');
      return;
    }
    this.plan = undefined;
    this.complete();
  }

  private onSignsReset(event: Event): void {
    if (!fromRedflags(event)) return;
    event.stopPropagation();
    this.resetAfterSigns();
  }

  private todayDate(): CalendarDate {
    return todayFor(this, this.today);
  }

  private onDurationNext(): void {
    const root = this.renderRoot;
    const amount = root.querySelector<HTMLInputElement>('#amount')!.value.trim();
    const unit = root.querySelector<HTMLSelectElement>('#unit')!.value as DurationUnit;
    const onset = root.querySelector<HTMLInputElement>('#onset')!.value;
    const duration = amount
      ? durationFromAmount(parseWholeNumber(amount), unit)
      : onset
        ? durationFromOnset(onset, this.todayDate())
        : ({ ok: false, error: 'missing' } as const);
    if (!duration.ok) {
      this.durationError = duration.error;
      this.durationErrorOn = amount || !onset ? 'amount' : 'onset';
      this.updateComplete.then(() => root.querySelector<HTMLInputElement>(`#${this.durationErrorOn}`)?.focus());
      return;
    }
    this.durationError = undefined;
    this.plan = planFor(duration.days, []);
    this.go('factors');
  }

  private onShowPlan(skip: boolean): void {
    const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>('#factors input')];
    if (skip) inputs.forEach((input) => (input.checked = false));
    const ticked = inputs.filter((input) => input.type === 'checkbox' && input.checked).map((input) => input.value);
    const improving = inputs.find((input) => input.name === 'improving' && input.checked)?.value;
    if (!this.plan) return;
    this.plan = planFor(this.plan.day, ticked, improving === undefined ? undefined : improving === 'yes');
    this.go('plan');
    this.complete();
  }

  /** Reports the outcome: the plan's, or (with no plan, as a warning sign cleared it) the warning sign's. */
  private complete(): void {
    const { signs, plan } = this;
    if (!signs) return;
    emit(this, 'check-complete', {
      urgency: signs.urgency,
      route: signs.route,
      flags: [...signs.flags],
      signs: [...signs.signs],
      phase: plan?.phase ?? null,
      factors: [...(plan?.factors ?? [])],
      contentVersion: this.texts?.meta.version ?? '',
      lang: this.locale,
    });
  }

  protected renderBody(texts: WidgetContent<Sections>) {
    const t = texts.check;
    const urgency = this.signs?.urgency;
    // Forward the page's contact details only when it gives some: an empty slot would still
    // show the care card's contact heading.
    const hasContact = !isServer && this.querySelector(':scope > [slot="contact"]') !== null;
    return html`
      ${this.renderTitle(t.title)}
      ${this.step === 'signs' ? html`<p class="intro">${t.intro}</p>` : nothing}
      <p class="progress" part="progress">${t.stepOf(CHECK_STEPS.indexOf(this.step) + 1, CHECK_STEPS.length)}</p>
      <section class="step" part="step" aria-labelledby="step-heading">
        <div class="step-heading" id="step-heading" role="heading" aria-level=${this.subLevel} tabindex="-1">${t.steps[this.step]}</div>
        <div ?hidden=${this.step !== 'signs'}>
          <!-- Its colours follow this widget's theme through the inherited color-scheme. -->
          <back-pain-redflags
            lang=${this.locale}
            heading-level=${this.subLevel}
            contact-name=${this.contactName}
            contact-phone=${this.contactPhone}
            contact-url=${this.contactUrl}
            out-of-hours-phone=${this.outOfHoursPhone}
            @redflags-result=${this.onSignsResult}
            @redflags-reset=${this.onSignsReset}
          >${hasContact ? html`<slot name="contact" slot="contact"></slot>` : nothing}</back-pain-redflags>
          ${urgency === 'self-care'
            ? // Back from the next step: the answers stand, so the way on is here too.
              this.renderNav([[t.next, () => this.go('duration'), true]])
            : urgency
              ? // A warning sign ended the check.
                html`<p><button class="button primary" type="button" @click=${this.restart}>${t.startAgain}</button></p>`
              : nothing}
        </div>
        ${this.renderDuration(texts)} ${this.renderFactors(texts)} ${this.step === 'plan' ? this.renderPlan(texts) : nothing}
      </section>
    `;
  }

  /** A row of buttons, in reading order; the primary one is the way on. */
  private renderNav(buttons: [label: string, action: () => void, primary?: boolean][]) {
    return html`<div class="button-row" part="nav">
      ${buttons.map(
        ([label, action, primary]) => html`<button class=${primary ? 'button primary' : 'button'} type="button" @click=${action}>${label}</button>`,
      )}
    </div>`;
  }

  private renderDuration({ check: t }: WidgetContent<Sections>) {
    const error = this.durationError;
    // aria-invalid gets the comparison, which Lit writes as "true" or "false".
    const errorOn = error === undefined ? '' : this.durationErrorOn;
    const max = isoDate(this.todayDate());
    return html`<div id="duration" part="duration" ?hidden=${this.step !== 'duration'}>
      <fieldset class="group">
        <legend>${t.durationQuestion}</legend>
        <p class="hint" id="duration-hint">${t.durationHint}</p>
        <div class="amount-row">
          <label>
            <span>${t.amountLabel}</span>
            <input
              id="amount"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              aria-describedby="duration-hint ${errorOn === 'amount' ? 'duration-error' : ''}"
              aria-invalid=${errorOn === 'amount'}
              @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.onDurationNext()}
            />
          </label>
          <select id="unit" aria-label=${t.amountLabel}>
            <option value="days">${t.days}</option>
            <option value="weeks">${t.weeks}</option>
          </select>
        </div>
        <label>
          <span>${t.onsetLabel}</span>
          <input
            id="onset"
            type="date"
            max=${max}
            aria-describedby=${errorOn === 'onset' ? 'duration-error' : nothing}
            aria-invalid=${errorOn === 'onset'}
          />
        </label>
        ${error ? html`<p class="error" id="duration-error" role="alert">${t.durationErrors[error]}</p>` : nothing}
      </fieldset>
      ${this.renderNav([
        [t.back, () => this.go('signs')],
        [t.next, () => this.onDurationNext(), true],
      ])}
    </div>`;
  }

  private renderFactors({ check: t, riskFactors: r }: WidgetContent<Sections>) {
    // From 3 weeks on, whether it is getting better weighs more than the day count (NHG M54).
    const improving = this.plan && asksImproving(this.plan.day)
      ? html`<fieldset class="group">
          <legend>${t.improvingQuestion}</legend>
          ${[['yes', t.improvingYes], ['no', t.improvingNo]].map(
            ([value, label]) => html`<label class="choice"><input type="radio" name="improving" value=${value!} /><span>${label}</span></label>`,
          )}
        </fieldset>`
      : nothing;
    return html`<div id="factors" part="factors" ?hidden=${this.step !== 'factors'}>
      ${improving}
      <fieldset class="group">
        <legend>${r.lastingHeading}</legend>
        <p class="hint">${t.factorsIntro}</p>
        ${LASTING_FACTOR_IDS.map(
          (id) => html`<label class="choice"><input type="checkbox" value=${id} /><span>${r.lasting[id]}</span></label>`,
        )}
      </fieldset>
      ${this.renderNav([
        [t.back, () => this.go('duration')],
        [t.skip, () => this.onShowPlan(true)],
        [t.showPlan, () => this.onShowPlan(false), true],
      ])}
    </div>`;
  }

  private renderPlan(texts: WidgetContent<Sections>) {
    const plan = this.plan;
    if (!plan) return nothing;
    const { check: t, timeline: tl, selfCare: sc, riskFactors: r, walking: w, redFlags: rf, meta: m } = texts;
    const phase = tl.phases[plan.phase];
    const level = Math.min(this.subLevel + 1, 6);
    const heading = (text: string, id?: string) =>
      html`<div id=${id ?? nothing} class="plan-heading" role="heading" aria-level=${level}>${text}</div>`;
    const today = isoDate(this.todayDate());
    const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
    const advisesPhysio = plan.nextStep !== 'self-care';
    const nextStep = t.nextStep[plan.nextStep];
    const factors = plan.factors.map((id) => r.lasting[id]);
    return html`<div class="plan" part="plan">
      <div class="next-step">
        ${heading(t.nextStepHeading)}
        <p><strong>${nextStep}</strong></p>
        ${advisesPhysio && this.physioAddress
          ? html`<p><a class="button primary" href=${this.physioAddress}>${t.findPhysio}</a></p>`
          : nothing}
      </div>
      ${heading(`${t.phaseHeading}: ${phase.title}`)}
      <p>${phase.normal}</p>
      <ul>
        ${phase.helps.map((help) => html`<li>${help}</li>`)}
      </ul>
      <p>${phase.contact}</p>
      ${heading(t.selfCareHeading)}
      <ol>
        ${SELF_CARE_IDS.slice(0, 3).map((id) => html`<li><strong>${sc.steps[id].title}.</strong> ${sc.steps[id].text}</li>`)}
      </ol>
      ${plan.walking
        ? html`${heading(t.walkingHeading)}
            <p>${t.walkingIntro}</p>
            <p>${t.walkingStart(plan.walking.timesPerDay)}</p>
            <p>${t.walkingGoal(plan.walking.goal)}</p>
            <p>${w.stopRules}</p>`
        : nothing}
      ${factors.length > 0
        ? html`${heading(t.factorsHeading)}
            <ul>
              ${factors.map((factor) => html`<li>${factor}</li>`)}
            </ul>
            <p>${r.lastingAdvice}</p>`
        : nothing}
      <p class="safety"><strong>${rf.worried}</strong></p>
      ${renderSafetyNet(texts.common, level)}
      <section class="summary" part="summary" aria-labelledby="summary-heading">
        ${heading(t.summaryHeading, 'summary-heading')}
        <dl>
          ${row(t.summaryDate, html`<time datetime=${today}>${formatDate(today, this.locale)}</time>`)}
          ${row(t.summaryOutcome, nextStep)}
          ${row(t.summarySigns, this.signs?.signs.length ? this.signs.signs.map((id) => rf.flags[id].summary).join('; ') : t.noSigns)}
          ${row(t.summaryDuration, t.durationAnswer(plan.day))}
          ${plan.improving === undefined ? nothing : row(t.summaryImproving, plan.improving ? t.improvingYes : t.improvingNo)}
          ${row(t.summaryFactors, factors.length ? factors.join('; ') : t.noFactors)}
          ${row(t.summaryVersion, m.version)}
        </dl>
      </section>
      ${this.renderNav([
        [t.back, () => this.go('factors')],
        [t.print, () => window.print()],
        [t.startAgain, () => this.restart()],
      ])}
    </div>`;
  }
}
