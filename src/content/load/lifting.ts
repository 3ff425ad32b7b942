/** The `lifting` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/lifting.js';

export const liftingTexts: PartLoaders<'lifting'> = {
  nl: () => nl,
  en: () => import('../en/lifting.js'),
  fr: () => import('../fr/lifting.js'),
  // Nothing in this section differs in Belgium.
  'nl-BE': () => ({}),
  'en-BE': () => ({}),
};
