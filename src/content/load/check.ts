/** The `check` section's texts in each built-in language. */
import { withOverlay, type PartLoaders } from '../registry.js';
import * as nl from '../nl/check.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const checkTexts: PartLoaders<'check'> = {
  nl: dutch,
  en: () => import('../en/check.js'),
  fr: () => import('../fr/check.js'),
  'nl-BE': () => withOverlay(dutch(), import('../nl-BE/check.js')),
};
