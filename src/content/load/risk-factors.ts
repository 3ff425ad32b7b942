/** The `riskFactors` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/risk-factors.js';

export const riskFactorsTexts: PartLoaders<'riskFactors'> = {
  nl: () => nl,
  en: () => import('../en/risk-factors.js'),
};
