/** The `faq` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/faq.js';

export const faqTexts: PartLoaders<'faq'> = {
  nl: () => nl,
  en: () => import('../en/faq.js'),
};
