import { Component } from '@angular/core';
import type { RiskFactorsChangeDetail } from 'back-pain-widgets/back-pain-risk-factors';
import { BackPainCheckDirective } from 'back-pain-widgets/angular';

// The check's completion does not carry the risk factors' detail.
@Component({ selector: 'app-handler-detail', imports: [BackPainCheckDirective], template: `<back-pain-check (checkComplete)="onRisks($event.detail)"></back-pain-check>` })
export class HandlerDetailMistake {
  onRisks(detail: RiskFactorsChangeDetail): number {
    return detail.risks.length;
  }
}
