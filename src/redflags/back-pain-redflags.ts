import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { redFlagsTexts } from '../content/load/red-flags.js';
import {
  QUESTION_GROUPS,
  RED_FLAG_IDS,
  type QuestionGroupId,
  type RedFlagId,
  type RouteId,
  type Urgency,
} from '../content/structure.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { emit } from '../internal/events.js';
import { parseKeyword } from '../internal/attributes.js';
import { clearWarning, warnInvalid } from '../internal/warn.js';
import { checkWebAddress, decodeURIComponentSafely, isCallOrMail } from '../internal/web-address.js';
import { parsePhone, type PhoneNumber } from './contact.js';
import { buttonRowStyles } from '../styles/button-row.js';
import { backIcon, phoneIcon, urgencyIcons } from '../internal/icons.js';
import { styles } from './back-pain-redflags.styles.js';
import { renderSafetyNet, safetyNetStyles } from '../internal/safety-net.js';
import { assessRedFlags, isAsked, type Answer, type Answers, type Assessment } from './triage.js';
import { buttonStyles } from '../styles/button.js';
import { fieldsetStyles } from '../styles/fieldset.js';
import { iconStyles } from '../styles/icon.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.js';

type RedFlagsTexts = WidgetContent<'redFlags'>['redFlags'];

type RedFlagsLayout = 'steps' | 'list';
const LAYOUTS: readonly RedFlagsLayout[] = ['steps', 'list'];

const GROUP_IDS = Object.keys(QUESTION_GROUPS) as QuestionGroupId[];

export interface RedFlagsResultDetail {
  urgency: Urgency;
  /** Where the outcome sends the reader, e.g. `call-112` or `gp-today` (docs/clinical-rules.md lists them per country). */
  route: RouteId;
  /** Ids of the signs that led to the outcome; never free text. */
  flags: RedFlagId[];
  /** Ids of every sign answered yes, highest level first, follow-up questions included. */
  signs: RedFlagId[];
  /** Version of the medical content the person read (`meta.version`, listed in CHANGELOG.md). */
  contentVersion: string;
  /** Language the questions and outcome were shown in. */
  lang: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'redflags-result': CustomEvent<RedFlagsResultDetail>;
    'redflags-reset': CustomEvent<Record<string, never>>;
  }
}

/**
 * A short yes/no self-check of the warning signs (red flags) of low back pain. It tells how
 * urgently to contact a doctor, from "call 112 now" to "self-care", and never diagnoses.
 * Nothing is stored or sent: answers leave the widget only through its events.
 *
 * By default it asks one group of questions per step, with "Back" and "Next", and shows the
 * outcome after the last step, or at once after a step whose answers already call for 112.
 * Focus moves only when the person presses a button, never when they choose an answer.
 *
 * @tag back-pain-redflags
 * @summary Red-flag self-check for low back pain: how urgently to contact a doctor.
 *
 * @slot contact - Richer contact details of the embedding practice or insurer, shown on every outcome card.
 *
 * @csspart intro - What the check is and how long it takes, above the first step.
 * @csspart form - The questionnaire (one step, or every question in the list layout).
 * @csspart group - A group of questions (a fieldset).
 * @csspart question - One yes/no question.
 * @csspart progress - "Step 2 of 5" in the steps layout; the line that says how many questions are answered in the list layout.
 * @csspart previous - The "Back" button to the step before.
 * @csspart next - The "Next" button, or "Show result" on the last step and in the list layout.
 * @csspart unanswered - The list of questions left open when "Next" was pressed, each a button to go to it.
 * @csspart outcome - The outcome card.
 * @csspart outcome-header - The top of the outcome card: its level word, icon and heading.
 * @csspart call-112 - The button that calls 112 (emergency outcome only), the card's first control.
 * @csspart contact - The embedding page's contact details on the outcome card.
 * @csspart contact-call - The button that calls the embedding page's phone number, showing the number.
 * @csspart safety-net - The box on every non-emergency outcome that says when to call 112 at once.
 * @csspart change-answers - The button on the outcome that goes back to the questions (steps layout).
 * @csspart restart - The "start again" button.
 *
 * @fires {CustomEvent<RedFlagsResultDetail>} redflags-result - An outcome is shown or changes. Detail: `{ urgency, route, flags, signs, contentVersion, lang }` with `urgency` one of `emergency`, `urgent`, `soon`, `self-care`, `route` where it sends the reader (e.g. `call-112`, `gp-today`), `flags` the ids of the signs that led to it, `signs` the ids of every yes answer, `contentVersion` the version of the medical content shown (e.g. `2027.01`) and `lang` the language it was shown in.
 * @fires {CustomEvent} redflags-reset - All answers were cleared with "start again".
 */
export class BackPainRedflags extends BackPainElement<'redFlags'> {
  static override styles = [...BackPainElement.styles, buttonStyles, buttonRowStyles, fieldsetStyles, iconStyles, visuallyHiddenStyles, styles, safetyNetStyles];
  static override properties: PropertyDeclarations = {
    contactName: { attribute: 'contact-name' },
    contactPhone: { attribute: 'contact-phone' },
    contactUrl: { attribute: 'contact-url' },
    outOfHoursPhone: { attribute: 'out-of-hours-phone' },
    layout: {},
    answers: { state: true },
    step: { state: true },
    outcomeRequested: { state: true },
    openQuestions: { state: true },
  };

  protected readonly section = 'redFlags' as const;
  protected readonly sectionTexts = redFlagsTexts;

  /** Name of the embedding practice or insurer, shown with its contact line on the outcome. */
  contactName = '';

  /** Phone number of the embedding practice or insurer; shown as a large call button with the number. */
  contactPhone = '';

  /** Web address of the embedding practice or insurer: an http(s) address, a tel: or mailto: link, a path on this site ("/contact") or a place on this page ("#contact"). */
  contactUrl = '';

  /**
   * The out-of-hours number the page wants readers to call when their GP is closed, on "today"
   * outcomes only, in place of the huisartsenpost or 1733. Never on an emergency outcome.
   */
  outOfHoursPhone = '';

  /**
   * `steps` (the default): one group of questions at a time, which suits a phone. `list`: every
   * question on one page, with the outcome appearing under it as soon as it is known.
   */
  layout: 'steps' | 'list' = 'steps';

  private answers: Answers = {};
  /** Index of the step shown, in the steps layout. */
  private step = 0;
  /** The person asked for the outcome (steps layout): it replaces the questions. */
  private outcomeRequested = false;
  /** Questions still open when the person pressed "Next", named until they are answered. */
  private openQuestions: RedFlagId[] = [];

  /** Set before every render (willUpdate). */
  private assessment!: Assessment;
  private inSteps = true;
  private phone?: PhoneNumber;
  private outOfHours?: PhoneNumber;
  private webAddress?: string;
  /** What the live region says when an outcome appears or changes without taking focus. */
  private announcement = '';
  /** The outcome last reported, so events fire only on a change. */
  private reported = '';
  /** What takes focus after the next render: only ever set by a button press. */
  private focusAfterRender?: string;
  private resultToEmit?: RedFlagsResultDetail;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('contactPhone')) this.phone = this.checkPhone('contact-phone', this.contactPhone);
    if (changed.has('outOfHoursPhone')) this.outOfHours = this.checkPhone('out-of-hours-phone', this.outOfHoursPhone);
    if (changed.has('contactUrl')) this.webAddress = checkWebAddress(this, 'contact-url', this.contactUrl, 'It is not shown.');
    // A bad value warns and falls back to steps.
    if (changed.has('layout')) this.inSteps = parseKeyword(this, 'layout', this.layout, LAYOUTS, 'Showing one step at a time (steps).') !== 'list';
    // The country's routes come with the texts, so a language switch can change the route.
    this.assessment = assessRedFlags(this.answers, this.texts?.meta.country);
    this.noteShownOutcome();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
    if (this.resultToEmit) {
      emit(this, 'redflags-result', this.resultToEmit);
      this.resultToEmit = undefined;
    }
  }

  /** The outcome on screen: in steps once asked for, in the list as soon as it is known. */
  private get shownOutcome(): Extract<Assessment, { complete: true }> | undefined {
    const { assessment } = this;
    return assessment.complete && (this.outcomeRequested || !this.inSteps) ? assessment : undefined;
  }

  /** Reports a newly shown outcome once; announces it when it appears without taking focus. */
  private noteShownOutcome(): void {
    const outcome = this.shownOutcome;
    if (!outcome) return;
    const signs = outcome.signs.map((sign) => sign.id);
    const key = `${outcome.urgency}:${outcome.route}:${signs.join(',')}`;
    if (key === this.reported) return;
    this.reported = key;
    this.resultToEmit = {
      urgency: outcome.urgency,
      route: outcome.route,
      flags: outcome.flags,
      signs,
      contentVersion: this.texts?.meta.version ?? '',
      lang: this.locale,
    };
    const t = this.texts?.redFlags;
    this.announcement = this.focusAfterRender === '#outcome' || !t ? '' : `${t.outcomes[outcome.urgency].label}: ${t.routes[outcome.route].title}`;
  }

  private checkPhone(attribute: string, value: string): PhoneNumber | undefined {
    const phone = parsePhone(value);
    if (phone || !value) clearWarning(this, attribute);
    else warnInvalid(this, attribute, value, 'a phone number of 3 to 15 digits, such as "020 123 45 67" or "+31 20 123 45 67"', 'It is not shown.');
    return phone;
  }

  /** The questions of a group that are asked now: a follow-up only after the yes that opens it. */
  private askedIn(group: QuestionGroupId): RedFlagId[] {
    return QUESTION_GROUPS[group].filter((id) => isAsked(id, this.answers));
  }

  /** The groups on screen: one per step, or all of them in the list layout. */
  private get shownGroups(): QuestionGroupId[] {
    if (!this.inSteps) return GROUP_IDS;
    return [GROUP_IDS[this.step]!];
  }

  private get isLastStep(): boolean {
    return !this.inSteps || this.step >= GROUP_IDS.length - 1;
  }

  private onAnswer(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.name as RedFlagId;
    const answers: Answers = { ...this.answers, [id]: input.value as Answer };
    // A "no" closes its follow-ups: their answers go, so a later yes asks them afresh.
    for (const other of RED_FLAG_IDS) if (!isAsked(other, answers)) delete answers[other];
    this.answers = answers;
    this.openQuestions = this.openQuestions.filter((open) => open !== id);
  }

  /**
   * "Next" or "Show result": the outcome when it is known (an emergency sign answered yes is
   * enough, rule 3 of the triage), else the open questions of this step, else the next step.
   */
  private onContinue(event: Event): void {
    event.preventDefault();
    const { assessment } = this;
    const open = this.shownGroups.flatMap((group) => this.askedIn(group)).filter((id) => !this.answers[id]);
    if (assessment.complete && (assessment.urgency === 'emergency' || (this.isLastStep && open.length === 0))) {
      this.openQuestions = [];
      this.outcomeRequested = true;
      this.focusAfterRender = '#outcome';
      // In the list the card may already be there: focus still moves to it.
      this.requestUpdate();
    } else if (open.length > 0) {
      this.openQuestions = open;
      this.focusAfterRender = `input[name="${open[0]}"]`;
    } else {
      this.goToStep(this.step + 1);
    }
  }

  private goToStep(step: number): void {
    this.step = Math.max(0, Math.min(step, GROUP_IDS.length - 1));
    this.openQuestions = [];
    this.focusAfterRender = '.legend-text';
  }

  /** "Back" (steps layout): from the outcome to the last step, or from a step to the one before. */
  private onPrevious(): void {
    this.goToStep(this.outcomeRequested ? this.step : this.step - 1);
    this.outcomeRequested = false;
  }

  /** Clears every answer and takes the person back to the first question. */
  reset(): void {
    this.answers = {};
    this.outcomeRequested = false;
    this.reported = '';
    this.announcement = '';
    this.goToStep(0);
    emit(this, 'redflags-reset', {});
  }

  protected renderBody(texts: WidgetContent<'redFlags'>) {
    const t = texts.redFlags;
    const outcome = this.shownOutcome;
    const showQuestions = !(outcome && this.inSteps);
    // Only questions asked hold an answer: onAnswer drops those of a closed follow-up.
    const answered = Object.keys(this.answers).length;
    return html`
      ${this.renderTitle(t.title)}
      ${showQuestions && (this.step === 0 || !this.inSteps) ? html`<p class="intro" part="intro">${t.intro}</p>` : nothing}
      ${showQuestions ? this.renderForm(t, answered) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${outcome ? this.renderOutcome(outcome, texts) : nothing}
      ${answered > 0
        ? html`<div class="button-row">
            ${outcome && this.inSteps
              ? html`<button class="button" part="change-answers" type="button" @click=${this.onPrevious}>${t.changeAnswers}</button>`
              : nothing}
            <button class="button restart" part="restart" type="button" @click=${this.reset}>${t.startAgain}</button>
          </div>`
        : nothing}
    `;
  }

  private renderForm(t: RedFlagsTexts, answered: number) {
    const asked = RED_FLAG_IDS.filter((id) => isAsked(id, this.answers)).length;
    return html`
      <form part="form" novalidate @change=${this.onAnswer} @submit=${this.onContinue}>
        ${this.inSteps && this.step > 0
          ? html`<button class="link previous" part="previous" type="button" @click=${this.onPrevious}>
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${backIcon}</svg>${t.previous}
            </button>`
          : nothing}
        ${this.renderOpenQuestions(t)}
        ${GROUP_IDS.map((group) =>
          // One place per group, empty when it is not shown: each step gets its own radios, so no
          // choice carries over to another question.
          this.shownGroups.includes(group)
            ? html`<fieldset class="group" part="group">
                <legend>
                  <!-- The step's name takes focus when the step appears (Firefox cannot focus a legend). -->
                  <span class="legend-text" tabindex="-1">
                    ${this.inSteps
                      ? html`<span class="step" part="progress">${t.stepProgress(this.step + 1, GROUP_IDS.length)}</span>`
                      : nothing}
                    <span>${t.groups[group]}</span>
                  </span>
                </legend>
                ${this.askedIn(group).map((id) => this.renderQuestion(id, t))}
              </fieldset>`
            : nothing,
        )}
        ${this.inSteps
          ? nothing
          : html`<p class="progress" part="progress">${t.progress(answered, asked)}</p>
              ${this.shownOutcome ? nothing : html`<p class="incomplete">${t.incomplete}</p>`}`}
        <div><button class="button primary" part="next" type="submit">${this.isLastStep ? t.showResult : t.next}</button></div>
      </form>
    `;
  }

  /** After "Next" with questions open: which ones, each a button that goes to it. */
  private renderOpenQuestions(t: RedFlagsTexts) {
    if (this.openQuestions.length === 0) return nothing;
    return html`<div class="unanswered" part="unanswered" role="alert">
      <p>${t.unanswered}</p>
      <ul>
        ${this.openQuestions.map(
          (id) => html`<li><button class="link" type="button" @click=${() => this.goToQuestion(id)}>${t.flags[id].question}</button></li>`,
        )}
      </ul>
    </div>`;
  }

  private goToQuestion(id: RedFlagId): void {
    const first = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${id}"]`);
    first?.focus();
    first?.closest('.question')?.scrollIntoView({ block: 'center' });
  }

  private renderQuestion(id: RedFlagId, t: RedFlagsTexts) {
    const flag = t.flags[id];
    const open = this.openQuestions.includes(id);
    const choice = (value: Answer, label: string) => html`
      <label class="choice">
        <input type="radio" name=${id} value=${value} .checked=${this.answers[id] === value} />
        <span>${label}</span>
      </label>
    `;
    return html`
      <div
        class="question ${open ? 'open' : ''}"
        part="question"
        role="radiogroup"
        aria-labelledby="q-${id}"
        aria-describedby="${open ? `error-${id} ` : ''}e-${id}"
        aria-invalid=${open ? 'true' : nothing}
      >
        <p class="question-text" id="q-${id}">${flag.question}</p>
        ${open ? html`<p class="error" id="error-${id}">${t.chooseAnswer}</p>` : nothing}
        <p class="explanation" id="e-${id}">${flag.explanation}</p>
        <div class="choices">${choice('yes', t.yes)}${choice('no', t.no)}</div>
      </div>
    `;
  }

  private renderOutcome({ urgency, route, signs }: Extract<Assessment, { complete: true }>, { redFlags: t, common }: WidgetContent<'redFlags'>) {
    const outcome = t.outcomes[urgency];
    const { title, actions, outOfHours } = t.routes[route];
    const emergency = urgency === 'emergency';
    return html`
      <section id="outcome" class="card ${urgency}" part="outcome" tabindex="-1" aria-labelledby="outcome-label outcome-title">
        <div class="card-header" part="outcome-header">
          <p class="badge" id="outcome-label">
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${urgencyIcons[urgency]}</svg>
            <span>${outcome.label}</span>
          </p>
          <div class="card-title" id="outcome-title" role="heading" aria-level=${this.subLevel}>${title}</div>
        </div>
        <div class="card-body">
          ${emergency
            ? html`<a class="call" part="call-112" href="tel:112">
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${phoneIcon}</svg>${t.call112}
              </a>`
            : nothing}
          <p>${outcome.summary}</p>
          <ul>
            ${actions.map((action) => html`<li>${action}</li>`)}
            ${outOfHours ? html`<li>${this.renderOutOfHours(outOfHours, t)}</li>` : nothing}
          </ul>
          <p>${outcome.phoneAdvice}</p>
          ${this.renderContact(t)}
          ${signs.length > 0
            ? html`<p class="because">${t.becauseHeading}</p>
                <ul>
                  ${signs.map(
                    ({ id, urgency: level }) =>
                      html`<li>${level ? html`<strong>${t.outcomes[level].label}:</strong> ` : nothing}${t.flags[id].summary}</li>`,
                  )}
                </ul>`
            : html`<p>${t.noSigns}</p>`}
          ${this.renderAdvice(t)}
          ${emergency
            ? // Getting help now is the message here: no closing line may send the reader back to the GP.
              nothing
            : html`<p><strong>${t.worried}</strong></p>
                ${renderSafetyNet(common, this.subLevel + 1)}`}
        </div>
      </section>
    `;
  }

  /** The out-of-hours step: the page's own number when it gives one, else the country's service. */
  private renderOutOfHours(text: string, t: RedFlagsTexts) {
    const phone = this.outOfHours;
    return phone ? html`<a href="tel:${phone.dial}">${t.callOutOfHours(phone.display)}</a>` : text;
  }

  /** Advice that goes with a "yes" answer whatever the outcome, e.g. what helps in pregnancy. */
  private renderAdvice(t: RedFlagsTexts) {
    return RED_FLAG_IDS.filter((id) => this.answers[id] === 'yes' && t.flags[id].advice).map(
      (id) => html`<p class="advice"><strong>${t.flags[id].advice}</strong></p>`,
    );
  }

  /** A call or e-mail link names its number or address and opens no tab; a web site opens one. */
  private renderWebAddress(address: string, name: string, t: RedFlagsTexts) {
    if (isCallOrMail(address)) return html`<a href=${address}>${decodeURIComponentSafely(new URL(address).pathname)}</a>`;
    return html`<a href=${address} target="_blank" rel="noopener"
      >${withIsolated(t.visitContact, name || new URL(address).host)} <span>${t.opensInNewTab}</span></a
    >`;
  }

  private renderContact(t: RedFlagsTexts) {
    const name = this.contactName.trim();
    const hasSlotted = this.querySelector(':scope > [slot="contact"]') !== null;
    return html`
      <div class="contact" part="contact" ?hidden=${!(name || this.phone || this.webAddress || hasSlotted)}>
        <p class="contact-heading">${t.contactHeading}</p>
        ${this.phone
          ? html`<a class="call contact-call" part="contact-call" href="tel:${this.phone.dial}">
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${phoneIcon}</svg>
              <span class="call-text">
                <span>${withIsolated(t.callContact, name || this.phone.display)}</span>
                ${name ? html`<span class="number">${this.phone.display}</span>` : nothing}
              </span>
            </a>`
          : name
            ? html`<p><bdi>${name}</bdi></p>`
            : nothing}
        ${this.webAddress ? html`<p>${this.renderWebAddress(this.webAddress, name, t)}</p>` : nothing}
        <slot name="contact" @slotchange=${() => this.requestUpdate()}></slot>
      </div>
    `;
  }
}

/** Stands in for the page's value while a text is split around it: a character no text holds. */
const SLOT = '\uFFFF';

/**
 * A text around a value the page wrote (a practice's name), with that value in `<bdi>`: bidi
 * control characters in it (U+202E) then cannot reverse the words around it.
 */
function withIsolated(text: (value: string) => string, value: string) {
  const [before, ...after] = text(SLOT).split(SLOT);
  return after.length > 0 ? html`${before}${after.map((part) => html`<bdi>${value}</bdi>${part}`)}` : text(value);
}
