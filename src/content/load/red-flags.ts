/** The `redFlags` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/red-flags.js';

export const redFlagsTexts: PartLoaders<'redFlags'> = {
  nl: () => nl,
  en: () => import('../en/red-flags.js'),
  fr: () => import('../fr/red-flags.js'),
  // Only the texts that differ in Belgium, merged over Dutch.
  'nl-BE': () => import('../nl-BE/red-flags.js'),
  'en-BE': () => import('../en-BE/red-flags.js'),
};
