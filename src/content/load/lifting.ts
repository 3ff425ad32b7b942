/** The `lifting` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/lifting.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const liftingTexts: PartLoaders<'lifting'> = {
  nl: dutch,
  en: () => import('../en/lifting.js'),
  fr: () => import('../fr/lifting.js'),
  // Nothing in this section differs in Belgium.
  'nl-BE': dutch,
};
