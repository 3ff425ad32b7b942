/** English for Belgium, treatments: the kinesitherapist with the prescription rule. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const treatments: DeepPartial<Content['treatments']> = {
  groups: {
    'advised-against': { text: 'Doctors and kinesitherapists advise against these for ordinary low back pain. They do not help, or they do more harm than good.' },
  },
  items: {
    'exercise-therapy': { why: "Exercises with a kinesitherapist help most when pain lasts. They also lower the chance of the pain coming back. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription." },
  },
  decideTogether: 'Talk to your GP or kinesitherapist about which treatment suits you. You decide together what you will do.',
};
