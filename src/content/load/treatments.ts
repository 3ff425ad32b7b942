/** The `treatments` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/treatments.js';

export const treatmentsTexts: PartLoaders<'treatments'> = {
  nl: () => nl,
  en: () => import('../en/treatments.js'),
  fr: () => import('../fr/treatments.js'),
  // Only the texts that differ in Belgium, merged over Dutch.
  'nl-BE': () => import('../nl-BE/treatments.js'),
  'en-BE': () => import('../en-BE/treatments.js'),
};
