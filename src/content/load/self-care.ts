/** The `selfCare` section's texts in each built-in language. */
import { withOverlay, type PartLoaders } from '../registry.js';
import * as nl from '../nl/self-care.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const selfCareTexts: PartLoaders<'selfCare'> = {
  nl: dutch,
  en: () => import('../en/self-care.js'),
  fr: () => import('../fr/self-care.js'),
  'nl-BE': () => withOverlay(dutch(), import('../nl-BE/self-care.js')),
};
