/** The `timeline` section's texts in each built-in language. */
import { withOverlay, type PartLoaders } from '../registry.js';
import * as nl from '../nl/timeline.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const timelineTexts: PartLoaders<'timeline'> = {
  nl: dutch,
  en: () => import('../en/timeline.js'),
  fr: () => import('../fr/timeline.js'),
  'nl-BE': () => withOverlay(dutch(), import('../nl-BE/timeline.js')),
};
