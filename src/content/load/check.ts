/** The `check` section's texts in each built-in language. */
import type { PartLoaders } from '../registry.js';
import * as nl from '../nl/check.js';

export const checkTexts: PartLoaders<'check'> = {
  nl: () => nl,
  en: () => import('../en/check.js'),
};
