/** The `riskFactors` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/risk-factors.js';

export const riskFactorsTexts: PartLoaders<'riskFactors'> = {
  nl: () => nl,
  en: () => import('../en/risk-factors.js'),
  fr: () => import('../fr/risk-factors.js'),
  // Only the texts that differ in Belgium, merged over Dutch.
  'nl-BE': () => import('../nl-BE/risk-factors.js'),
  'en-BE': () => import('../en-BE/risk-factors.js'),
};
