/** English for Belgium, risk factors: the kinesitherapist with the prescription rule. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const riskFactors: DeepPartial<Content['riskFactors']> = {
  lastingIntro: 'Some things make it more likely that back pain lasts. Tick what applies to you. Then you know what to talk about with your GP or kinesitherapist.',
  lastingAdvice:
    "These things are common in people with back pain. You can still recover well. Help is available, such as exercise therapy or a talking therapy (CBT). Talk about them with your GP or kinesitherapist. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription. Do this especially if the pain is not getting less after 3 to 4 weeks.",
  earlyHelp: 'You recognise 3 or more of these things. Then do not wait: make an appointment with your GP or a kinesitherapist now. They can help you work on them.',
};
