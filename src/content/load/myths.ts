/** The `myths` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/myths.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const mythsTexts: PartLoaders<'myths'> = {
  nl: dutch,
  en: () => import('../en/myths.js'),
  fr: () => import('../fr/myths.js'),
  // Nothing in this section differs in Belgium.
  'nl-BE': dutch,
};
