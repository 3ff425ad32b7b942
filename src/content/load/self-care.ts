/** The `selfCare` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/self-care.js';

export const selfCareTexts: PartLoaders<'selfCare'> = {
  nl: () => nl,
  en: () => import('../en/self-care.js'),
};
