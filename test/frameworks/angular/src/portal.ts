import { Component, signal } from '@angular/core';
import type { CheckCompleteDetail, RedFlagsResultDetail } from 'back-pain-widgets';
import type { RiskFactorsChangeDetail } from 'back-pain-widgets/back-pain-risk-factors';
import { BackPainCheckDirective, BackPainRedflagsDirective, BackPainRiskFactorsDirective } from 'back-pain-widgets/angular';

/** A member portal's self-check page: the widgets with typed inputs and outputs, no schema. */
@Component({
  selector: 'app-portal',
  imports: [BackPainRedflagsDirective, BackPainRiskFactorsDirective, BackPainCheckDirective],
  template: `
    <back-pain-redflags
      lang="en"
      layout="list"
      theme="light"
      [headingLevel]="3"
      contactName="Zorgverzekeraar Voorbeeld"
      (redflagsResult)="onResult($event)"
    ></back-pain-redflags>
    <output id="redflags-result">{{ urgency() }}</output>

    <back-pain-risk-factors lang="en" (riskFactorsChange)="onRisks($event.detail)"></back-pain-risk-factors>
    <output id="risk-factors-change">{{ risks() }}</output>

    <back-pain-check
      lang="en"
      [headingLevel]="2"
      physioUrl="/physiotherapy"
      contactName="Zorgverzekeraar Voorbeeld"
      (checkStep)="step.set($event.detail.step)"
      (checkComplete)="onComplete($event)"
    ></back-pain-check>
    <output id="check-step">{{ step() }}</output>
    <output id="check-complete">{{ complete() }}</output>
  `,
})
export class Portal {
  protected readonly urgency = signal('');
  protected readonly risks = signal('');
  protected readonly step = signal('');
  protected readonly complete = signal('');

  protected onResult(event: CustomEvent<RedFlagsResultDetail>): void {
    const { urgency, lang } = event.detail;
    this.urgency.set(`${urgency} ${lang}`);
  }

  protected onRisks(detail: RiskFactorsChangeDetail): void {
    this.risks.set(detail.risks.join(' '));
  }

  protected onComplete(event: CustomEvent<CheckCompleteDetail>): void {
    const { urgency, phase, lang } = event.detail;
    this.complete.set(`${urgency} ${phase ?? 'no-phase'} ${lang}`);
  }
}
