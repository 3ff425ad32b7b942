/** The `selfCare` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/self-care.js';

export const selfCareTexts: PartLoaders<'selfCare'> = {
  nl: () => nl,
  en: () => import('../en/self-care.js'),
  fr: () => import('../fr/self-care.js'),
  // Only the texts that differ in Belgium, merged over Dutch.
  'nl-BE': () => import('../nl-BE/self-care.js'),
  'en-BE': () => import('../en-BE/self-care.js'),
};
