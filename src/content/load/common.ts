/** The texts every widget shares (footer lines, review dates, sources) in each built-in language. */
import { withOverlay, type PartLoaders } from '../registry.js';
import * as nl from '../nl/common.js';

/** Bundled in (the drop-in files); the loader's build makes it a chunk (rollup.config.mjs). */
const dutch = () => nl;

export const commonTexts: PartLoaders<'common'> = {
  nl: dutch,
  en: () => import('../en/common.js'),
  fr: () => import('../fr/common.js'),
  'nl-BE': () => withOverlay(dutch(), import('../nl-BE/common.js')),
};
