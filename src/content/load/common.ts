/** The texts every widget shares (footer lines, review dates, sources) in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/common.js';

export const commonTexts: PartLoaders<'common'> = {
  nl: () => nl,
  en: () => import('../en/common.js'),
  fr: () => import('../fr/common.js'),
  // Only the texts that differ in Belgium, merged over Dutch.
  'nl-BE': () => import('../nl-BE/common.js'),
  'en-BE': () => import('../en-BE/common.js'),
};
