/** The `faq` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/faq.js';

export const faqTexts: PartLoaders<'faq'> = {
  nl: () => nl,
  en: () => import('../en/faq.js'),
  fr: () => import('../fr/faq.js'),
  // Only the texts that differ in Belgium, merged over Dutch.
  'nl-BE': () => import('../nl-BE/faq.js'),
  'en-BE': () => import('../en-BE/faq.js'),
};
