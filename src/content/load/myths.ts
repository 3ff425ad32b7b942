/** The `myths` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/myths.js';

export const mythsTexts: PartLoaders<'myths'> = {
  nl: () => nl,
  en: () => import('../en/myths.js'),
  fr: () => import('../fr/myths.js'),
  // Nothing in this section differs in Belgium.
  'nl-BE': () => ({}),
  'en-BE': () => ({}),
};
