/** The loaders of every part, for loading a whole language at once (`loadLocale`). */
import type { Part, PartLoaders } from '../registry.js';
import { commonTexts } from './common.js';
import { redFlagsTexts } from './red-flags.js';
import { liftingTexts } from './lifting.js';
import { timelineTexts } from './timeline.js';
import { faqTexts } from './faq.js';
import { selfCareTexts } from './self-care.js';
import { treatmentsTexts } from './treatments.js';
import { riskFactorsTexts } from './risk-factors.js';
import { walkingTexts } from './walking.js';
import { mythsTexts } from './myths.js';
import { checkTexts } from './check.js';

export const builtInLoaders: { [P in Part]: PartLoaders<P> } = {
  common: commonTexts,
  redFlags: redFlagsTexts,
  lifting: liftingTexts,
  timeline: timelineTexts,
  faq: faqTexts,
  selfCare: selfCareTexts,
  treatments: treatmentsTexts,
  riskFactors: riskFactorsTexts,
  walking: walkingTexts,
  myths: mythsTexts,
  check: checkTexts,
};
