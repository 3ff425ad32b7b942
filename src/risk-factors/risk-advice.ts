/**
 * What the risk-factor checklist shows for the boxes a person ticked. Pure, so the rules are
 * easy to test and the element only renders.
 */
import { LASTING_FACTOR_IDS, RISK_FACTOR_IDS, type LastingFactorId, type RiskFactorId } from '../content/structure.js';

export interface RiskAdvice {
  /** Ticked risk factors in checklist order: one tip each. */
  risks: RiskFactorId[];
  /** Ticked factors for pain that lasts, in checklist order. */
  lasting: LastingFactorId[];
  /** Whether to show the calm advice to talk about the lasting factors with the GP or physiotherapist. */
  showLastingAdvice: boolean;
  /** Three or more lasting factors: offer help early, without waiting 3-4 weeks. */
  earlyHelp: boolean;
}

/**
 * From this many factors that make pain last, help is offered early: a GP or physiotherapist can
 * work on them (facts file; NICE NG59 risk stratification, NHG M54 2017).
 */
export const EARLY_HELP_FROM = 3;

/** Keeps each list in checklist order, without duplicates; unknown ids are ignored. */
export function riskAdvice(risks: Iterable<string>, lasting: Iterable<string>): RiskAdvice {
  const tickedRisks = new Set(risks);
  const tickedLasting = new Set(lasting);
  const lastingInOrder = LASTING_FACTOR_IDS.filter((id) => tickedLasting.has(id));
  return {
    risks: RISK_FACTOR_IDS.filter((id) => tickedRisks.has(id)),
    lasting: lastingInOrder,
    showLastingAdvice: lastingInOrder.length > 0,
    earlyHelp: lastingInOrder.length >= EARLY_HELP_FROM,
  };
}
