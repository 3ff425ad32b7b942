/** English for Belgium, guided check: the kinesitherapist and the prescription rule. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const check: DeepPartial<Content['check']> = {
  nextStep: {
    'gp-or-physio-if-not-better': "Keep moving. Is the pain not getting less? Then make an appointment with your GP or a kinesitherapist. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription.",
    'gp-or-physio': "Make an appointment with your GP or a kinesitherapist. Together you make a plan. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription.",
  },
  findPhysio: 'Find a kinesitherapist',
  summaryHeading: 'Summary for your GP or kinesitherapist',
};
