import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { common, meta, redFlags, sources } from '../content/nl.js';
import { QUESTION_GROUPS, RED_FLAG_IDS, type RedFlagId, type Urgency } from '../content/structure.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { emit } from '../internal/events.js';
import { clearWarning, warnInvalid } from '../internal/warn.js';
import { checkWebAddress } from '../internal/web-address.js';
import { parsePhone, type PhoneNumber } from './contact.js';
import { urgencyIcons } from './icons.js';
import { styles } from './back-pain-redflags.styles.js';
import { assessRedFlags, type Answer, type Answers, type Assessment } from './triage.js';

/** How many open questions are named under the form, at most. */
const NAME_OPEN_QUESTIONS_UP_TO = 3;

export interface RedFlagsResultDetail {
  urgency: Urgency;
  /** Ids of the signs that led to the outcome; never free text. */
  flags: RedFlagId[];
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
 * @tag back-pain-redflags
 * @summary Red-flag self-check for low back pain: how urgently to contact a doctor.
 *
 * @slot contact - Richer contact details of the embedding practice or insurer, shown on every outcome card.
 *
 * @csspart form - The questionnaire.
 * @csspart group - A group of questions (a fieldset).
 * @csspart question - One yes/no question.
 * @csspart progress - The line that says how many questions are answered.
 * @csspart unanswered - The list of the last few questions still open, each a button to go to it.
 * @csspart outcome - The outcome card.
 * @csspart call-112 - The link that calls 112 (emergency outcome only).
 * @csspart contact - The embedding page's contact details on the outcome card.
 * @csspart restart - The "start again" button.
 *
 * @fires {CustomEvent<RedFlagsResultDetail>} redflags-result - An outcome is shown or changes. Detail: `{ urgency, flags, contentVersion, lang }` with `urgency` one of `emergency`, `urgent`, `soon`, `self-care`, `flags` the ids of the signs that led to it, `contentVersion` the version of the medical content shown (e.g. `2026.12`) and `lang` the language it was shown in.
 * @fires {CustomEvent} redflags-reset - All answers were cleared with "start again".
 */
export class BackPainRedflags extends BackPainElement<'redFlags'> {
  static override styles = [...BackPainElement.styles, styles];
  static override properties: PropertyDeclarations = {
    contactName: { attribute: 'contact-name' },
    contactPhone: { attribute: 'contact-phone' },
    contactUrl: { attribute: 'contact-url' },
    answers: { state: true },
  };

  protected readonly section = 'redFlags' as const;
  protected readonly dutch: WidgetContent<'redFlags'> = { meta, common, sources, redFlags };

  /** Name of the embedding practice or insurer, shown with its contact line on the outcome. */
  contactName = '';

  /** Phone number of the embedding practice or insurer; shown as a `tel:` link. */
  contactPhone = '';

  /** Web address of the embedding practice or insurer: an http(s) address, a path on this site ("/contact") or a place on this page ("#contact"). */
  contactUrl = '';

  private answers: Answers = {};

  private assessment: Assessment = assessRedFlags({});
  private phone?: PhoneNumber;
  private webAddress?: string;
  /** What the live region says when the outcome changes after it first appeared. */
  private announcement = '';
  /** The outcome last reported, so events fire only on a change. */
  private reported = '';
  private focusOutcomeAfterRender = false;
  private resultToEmit?: RedFlagsResultDetail;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('contactPhone')) this.phone = this.checkPhone();
    if (changed.has('contactUrl')) this.webAddress = checkWebAddress(this, 'contact-url', this.contactUrl, 'It is not shown.');
    if (changed.has('answers')) this.assess();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusOutcomeAfterRender) {
      this.focusOutcomeAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
    }
    if (this.resultToEmit) {
      emit(this, 'redflags-result', this.resultToEmit);
      this.resultToEmit = undefined;
    }
  }

  private assess(): void {
    const assessment = assessRedFlags(this.answers);
    this.assessment = assessment;
    const outcome = assessment.complete ? `${assessment.urgency}:${assessment.flags.join(',')}` : '';
    if (outcome === this.reported) return;

    const firstAppearance = this.reported === '';
    this.reported = outcome;
    if (!assessment.complete) {
      this.announcement = '';
      return;
    }
    this.resultToEmit = {
      urgency: assessment.urgency,
      flags: [...assessment.flags],
      contentVersion: (this.texts ?? this.dutch).meta.version,
      lang: this.locale,
    };
    // Focus moves to the card when it first appears; later changes are announced, not focused,
    // so a person changing an answer keeps their place in the form.
    this.focusOutcomeAfterRender = firstAppearance;
    this.announcement = firstAppearance ? '' : this.outcomeTitle(assessment.urgency);
  }

  private outcomeTitle(urgency: Urgency): string {
    const outcome = (this.texts ?? this.dutch).redFlags.outcomes[urgency];
    return `${outcome.label}: ${outcome.title}`;
  }

  private checkPhone(): PhoneNumber | undefined {
    if (!this.contactPhone) {
      clearWarning(this, 'contact-phone');
      return undefined;
    }
    const phone = parsePhone(this.contactPhone);
    if (phone) clearWarning(this, 'contact-phone');
    else warnInvalid(this, 'contact-phone', this.contactPhone, 'a phone number of 3 to 15 digits, such as "020 123 45 67" or "+31 20 123 45 67"', 'It is not shown.');
    return phone;
  }

  private onAnswer(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.answers = { ...this.answers, [input.name as RedFlagId]: input.value as Answer };
  }

  /** Clears every answer and takes the person back to the first question. */
  reset(): void {
    this.answers = {};
    emit(this, 'redflags-reset', {});
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus());
  }

  protected renderBody({ redFlags: t }: WidgetContent<'redFlags'>) {
    const answered = RED_FLAG_IDS.filter((id) => this.answers[id]).length;
    return html`
      ${this.renderTitle(t.title)}
      <p class="intro">${t.intro}</p>
      <form part="form" @change=${this.onAnswer} @submit=${(event: Event) => event.preventDefault()}>
        ${Object.entries(QUESTION_GROUPS).map(
          ([group, ids]) => html`
            <fieldset class="group" part="group">
              <legend>${t.groups[group as keyof typeof QUESTION_GROUPS]}</legend>
              ${ids.map((id) => this.renderQuestion(id, t))}
            </fieldset>
          `,
        )}
      </form>
      <p class="progress" part="progress">${t.progress(answered, RED_FLAG_IDS.length)}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.assessment.complete
        ? this.renderOutcome(this.assessment.urgency, this.assessment.flags, t)
        : html`<p class="incomplete">${t.incomplete}</p>${this.renderOpenQuestions(answered, t)}`}
      ${answered > 0
        ? html`<button class="button restart" part="restart" type="button" @click=${this.reset}>${t.startAgain}</button>`
        : nothing}
    `;
  }

  /**
   * On a phone the form is long: when only a few questions are left, name them, each a button
   * that takes the person to it.
   */
  private renderOpenQuestions(answered: number, t: WidgetContent<'redFlags'>['redFlags']) {
    const open = RED_FLAG_IDS.filter((id) => !this.answers[id]);
    if (answered === 0 || open.length > NAME_OPEN_QUESTIONS_UP_TO) return nothing;
    return html`<div class="unanswered" part="unanswered">
      <p>${t.unanswered}</p>
      <ul>
        ${open.map(
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

  private renderQuestion(id: RedFlagId, t: WidgetContent<'redFlags'>['redFlags']) {
    const flag = t.flags[id];
    const choice = (value: Answer, label: string) => html`
      <label class="choice">
        <input type="radio" name=${id} value=${value} .checked=${this.answers[id] === value} />
        <span>${label}</span>
      </label>
    `;
    return html`
      <div class="question" part="question" role="radiogroup" aria-labelledby="q-${id}" aria-describedby="e-${id}">
        <p class="question-text" id="q-${id}">${flag.question}</p>
        <p class="explanation" id="e-${id}">${flag.explanation}</p>
        <div class="choices">${choice('yes', t.yes)}${choice('no', t.no)}</div>
      </div>
    `;
  }

  private renderOutcome(urgency: Urgency, flags: readonly RedFlagId[], t: WidgetContent<'redFlags'>['redFlags']) {
    const outcome = t.outcomes[urgency];
    return html`
      <section
        id="outcome"
        class="card ${urgency}"
        part="outcome"
        tabindex="-1"
        aria-labelledby="outcome-label outcome-title"
      >
        <p class="badge" id="outcome-label">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${urgencyIcons[urgency]}</svg>
          <span>${outcome.label}</span>
        </p>
        <div class="card-title" id="outcome-title" role="heading" aria-level=${this.subLevel}>
          ${outcome.title}
        </div>
        <p>${outcome.summary}</p>
        <ul class="actions">
          ${outcome.actions.map((action) => html`<li>${action}</li>`)}
        </ul>
        ${urgency === 'emergency'
          ? html`<p><a class="call" part="call-112" href="tel:112">${t.call112}</a></p>`
          : nothing}
        <p>${outcome.phoneAdvice}</p>
        ${this.renderContact(t)}
        ${flags.length > 0
          ? html`<p class="because">${t.becauseHeading}</p>
              <ul>
                ${flags.map((id) => html`<li>${t.flags[id].summary}</li>`)}
              </ul>`
          : html`<p>${t.noSigns}</p>`}
        ${this.renderAdvice(t)}
        ${urgency === 'emergency'
          ? // Calling 112 is the message here: the general safety line must not outweigh it.
            html`<p class="worried">${t.worried}</p>`
          : html`<p class="worried"><strong>${t.worried}</strong></p>`}
      </section>
    `;
  }

  /** Advice that goes with a "yes" answer whatever the outcome, e.g. to call a cancer care team today. */
  private renderAdvice(t: WidgetContent<'redFlags'>['redFlags']) {
    return RED_FLAG_IDS.filter((id) => this.answers[id] === 'yes' && t.flags[id].advice).map(
      (id) => html`<p class="advice"><strong>${t.flags[id].advice}</strong></p>`,
    );
  }

  private renderContact(t: WidgetContent<'redFlags'>['redFlags']) {
    const name = this.contactName.trim();
    const hasDetails = Boolean(name || this.phone || this.webAddress);
    const hasSlotted = this.querySelector(':scope > [slot="contact"]') !== null;
    return html`
      <div class="contact" part="contact" ?hidden=${!hasDetails && !hasSlotted}>
        <p class="contact-heading">${t.contactHeading}</p>
        ${name ? html`<p>${name}</p>` : nothing}
        ${this.phone
          ? html`<p><a href="tel:${this.phone.dial}">${t.callContact(name || this.phone.display)}</a>
              ${name ? html`<span>(${this.phone.display})</span>` : nothing}</p>`
          : nothing}
        ${this.webAddress
          ? html`<p><a href=${this.webAddress} target="_blank" rel="noopener">${t.visitContact(name || new URL(this.webAddress).host)}</a></p>`
          : nothing}
        <slot name="contact" @slotchange=${() => this.requestUpdate()}></slot>
      </div>
    `;
  }
}
