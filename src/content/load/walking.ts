/** The `walking` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/walking.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const walkingTexts: PartLoaders<'walking'> = {
  nl: dutch,
  en: () => import('../en/walking.js'),
  fr: () => import('../fr/walking.js'),
  // Nothing in this section differs in Belgium.
  'nl-BE': dutch,
};
