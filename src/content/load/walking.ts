/** The `walking` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/walking.js';

export const walkingTexts: PartLoaders<'walking'> = {
  nl: () => nl,
  en: () => import('../en/walking.js'),
  fr: () => import('../fr/walking.js'),
  // Nothing in this section differs in Belgium.
  'nl-BE': () => ({}),
  'en-BE': () => ({}),
};
