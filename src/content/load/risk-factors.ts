/** The `riskFactors` section's texts in each built-in language. */
import { withOverlay, type PartLoaders } from '../registry.js';
import * as nl from '../nl/risk-factors.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const riskFactorsTexts: PartLoaders<'riskFactors'> = {
  nl: dutch,
  en: () => import('../en/risk-factors.js'),
  fr: () => import('../fr/risk-factors.js'),
  'nl-BE': () => withOverlay(dutch(), import('../nl-BE/risk-factors.js')),
};
