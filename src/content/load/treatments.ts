/** The `treatments` section's texts in each built-in language. */
import { withOverlay, type PartLoaders } from '../registry.js';
import * as nl from '../nl/treatments.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const treatmentsTexts: PartLoaders<'treatments'> = {
  nl: dutch,
  en: () => import('../en/treatments.js'),
  fr: () => import('../fr/treatments.js'),
  'nl-BE': () => withOverlay(dutch(), import('../nl-BE/treatments.js')),
};
