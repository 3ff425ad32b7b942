import { html, nothing, type PropertyDeclarations } from 'lit';
import { riskFactorsTexts } from '../content/load/risk-factors.js';
import { LASTING_FACTOR_IDS, RISK_FACTOR_IDS, type LastingFactorId, type RiskFactorId } from '../content/structure.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { emit } from '../internal/events.js';
import { styles } from './back-pain-risk-factors.styles.js';
import { riskAdvice, type RiskAdvice } from './risk-advice.js';
import { buttonStyles } from '../styles/button.js';
import { fieldsetStyles } from '../styles/fieldset.js';

export interface RiskFactorsChangeDetail {
  /** Ids of the ticked risk factors, in list order. */
  risks: RiskFactorId[];
  /** Ids of the ticked factors for pain that lasts, in list order. */
  lasting: LastingFactorId[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'risk-factors-change': CustomEvent<RiskFactorsChangeDetail>;
  }
}

/**
 * What makes low back pain more likely, as a short "which of these apply to you?" checklist.
 * For each box ticked an encouraging tip appears right under it, announced politely without
 * moving focus; when the person unticks everything, a general tip shows under the list (never
 * before they tick anything). A second checklist covers what makes pain last; when the first of
 * those is ticked, a calm advice appears and is scrolled into view: they are common, help exists,
 * and to talk about them with the GP or physiotherapist. Each checklist is a fieldset named by
 * its legend only, so its name is read once.
 * Nothing is stored or sent: the ticks leave the widget only through its event.
 *
 * @tag back-pain-risk-factors
 * @summary Risk-factor checklist for low back pain with a tip for each factor that applies.
 *
 * @csspart risks - The checklist of risk factors (a fieldset).
 * @csspart factor - One checkbox with its label, in either checklist.
 * @csspart tip - The tip under a ticked risk factor.
 * @csspart general-tip - The general tip, shown once the person has unticked every box.
 * @csspart lasting - The checklist of factors that make pain last (a fieldset).
 * @csspart lasting-advice - The advice shown when some factors for lasting pain are ticked.
 * @csspart clear - The button that unticks every box (shown when something is ticked).
 *
 * @fires {CustomEvent<RiskFactorsChangeDetail>} risk-factors-change - A box was ticked or unticked, or all were cleared. Detail: `{ risks, lasting }`, the ids of the ticked factors of each checklist in list order.
 */
export class BackPainRiskFactors extends BackPainElement<'riskFactors'> {
  static override styles = [...BackPainElement.styles, buttonStyles, fieldsetStyles, styles];
  static override properties: PropertyDeclarations = {
    advice: { state: true },
    touched: { state: true },
  };

  protected readonly section = 'riskFactors' as const;
  protected readonly sectionTexts = riskFactorsTexts;

  /** Kept in the element, not only in the checkboxes, so ticks survive a change of language. */
  private advice: RiskAdvice = riskAdvice([], []);
  /** True once a box was ticked or unticked: "nothing ticked" means nothing before that. */
  private touched = false;

  /** Unticks every box; fires `risk-factors-change` when something was ticked. */
  clear(): void {
    if (this.advice.risks.length > 0 || this.advice.lasting.length > 0) this.show(riskAdvice([], []));
  }

  private show(advice: RiskAdvice): void {
    const adviceAppears = advice.showLastingAdvice && !this.advice.showLastingAdvice;
    this.advice = advice;
    this.touched = true;
    if (adviceAppears) void this.bringAdviceIntoView();
    emit(this, 'risk-factors-change', { risks: [...advice.risks], lasting: [...advice.lasting] });
  }

  /**
   * The advice appears under the last box of a long list, out of sight on a phone: scroll just
   * enough to show it. Focus stays on the box.
   */
  private async bringAdviceIntoView(): Promise<void> {
    await this.updateComplete;
    // An instant jump: no motion to switch off for those who ask for less.
    this.renderRoot.querySelector('[part="lasting-advice"]')?.scrollIntoView({ block: 'nearest' });
  }

  private onChange(): void {
    const ticked = (name: string) =>
      [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
    this.show(riskAdvice(ticked('risk'), ticked('lasting')));
  }

  private async onClear(): Promise<void> {
    this.clear();
    // The button disappears: keep keyboard focus in the widget.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  protected renderBody({ riskFactors: t }: WidgetContent<'riskFactors'>) {
    const { risks, lasting, showLastingAdvice, earlyHelp } = this.advice;
    return html`
      ${this.renderTitle(t.title)}
      <p class="intro">${t.intro}</p>
      <div class="checklists" @change=${this.onChange}>
        <fieldset class="group" part="risks">
          <legend class="heading">${t.riskHeading}</legend>
          ${RISK_FACTOR_IDS.map((id) => {
            const checked = risks.includes(id);
            // The tip appears right under its box, in view on a phone; each box has its own
            // live region, so ticking one announces only its tip.
            return html`<div class="row">
              ${this.renderBox('risk', id, t.factors[id].label, checked)}
              <div aria-live="polite">${checked ? html`<p class="tip" part="tip">${t.factors[id].tip}</p>` : nothing}</div>
            </div>`;
          })}
        </fieldset>
        ${this.touched && risks.length === 0 && lasting.length === 0
          ? html`<div class="panel" part="general-tip">
              <span class="heading" role="heading" aria-level=${this.subLevel}>${t.tipsHeading}</span
              ><p>${t.noneTicked}</p>
            </div>`
          : nothing}
        <fieldset class="group" part="lasting" aria-describedby="lasting-intro">
          <legend class="heading">${t.lastingHeading}</legend>
          <p class="group-intro" id="lasting-intro">${t.lastingIntro}</p>
          ${LASTING_FACTOR_IDS.map((id) => this.renderBox('lasting', id, t.lasting[id], lasting.includes(id)))}
        </fieldset>
        <div aria-live="polite">
          ${showLastingAdvice
            ? html`<div class="panel" part="lasting-advice">
                ${earlyHelp ? html`<p class="early-help"><strong>${t.earlyHelp}</strong></p>` : nothing}
                <p>${t.lastingAdvice}</p>
              </div>`
            : nothing}
        </div>
      </div>
      ${risks.length > 0 || lasting.length > 0
        ? html`<button class="button clear" part="clear" type="button" @click=${this.onClear}>${t.clear}</button>`
        : nothing}
    `;
  }

  private renderBox(name: 'risk' | 'lasting', id: string, label: string, checked: boolean) {
    return html`<label class="factor" part="factor">
      <input type="checkbox" name=${name} value=${id} .checked=${checked} />
      <span>${label}</span>
    </label>`;
  }
}
