/** The `timeline` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/timeline.js';

export const timelineTexts: PartLoaders<'timeline'> = {
  nl: () => nl,
  en: () => import('../en/timeline.js'),
  fr: () => import('../fr/timeline.js'),
  // Only the texts that differ in Belgium, merged over Dutch.
  'nl-BE': () => import('../nl-BE/timeline.js'),
  'en-BE': () => import('../en-BE/timeline.js'),
};
