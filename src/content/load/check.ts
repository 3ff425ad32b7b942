/** The `check` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/check.js';

export const checkTexts: PartLoaders<'check'> = {
  nl: () => nl,
  en: () => import('../en/check.js'),
  fr: () => import('../fr/check.js'),
  // Only the texts that differ in Belgium, merged over Dutch.
  'nl-BE': () => import('../nl-BE/check.js'),
  'en-BE': () => import('../en-BE/check.js'),
};
