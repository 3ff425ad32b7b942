/** The `faq` section's texts in each built-in language. */
import { withOverlay, type PartLoaders } from '../registry.js';
import * as nl from '../nl/faq.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const faqTexts: PartLoaders<'faq'> = {
  nl: dutch,
  en: () => import('../en/faq.js'),
  fr: () => import('../fr/faq.js'),
  'nl-BE': () => withOverlay(dutch(), import('../nl-BE/faq.js')),
};
