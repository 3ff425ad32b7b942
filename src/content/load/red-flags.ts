/** The `redFlags` section's texts in each built-in language. */
import { withOverlay, type PartLoaders } from '../registry.js';
import * as nl from '../nl/red-flags.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const redFlagsTexts: PartLoaders<'redFlags'> = {
  nl: dutch,
  en: () => import('../en/red-flags.js'),
  fr: () => import('../fr/red-flags.js'),
  'nl-BE': () => withOverlay(dutch(), import('../nl-BE/red-flags.js')),
};
