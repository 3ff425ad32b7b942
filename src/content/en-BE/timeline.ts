/** English for Belgium, timeline: the kinesitherapist with the prescription rule, the occupational doctor. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const timeline: DeepPartial<Content['timeline']> = {
  phases: {
    'first-week': {
      helps: [
        'Start building up your daily activities again, step by step.',
        'Go back to work if you can, with adapted tasks for a while if needed. The occupational doctor (arbeidsarts / médecin du travail) can help with this.',
        'Change position often and take a short walk now and then.',
        'Use painkillers only to stay active, and cut down as you get better.',
      ],
    },
    'weeks-2-6': {
      contact:
        "If the pain is not getting better after 3 to 4 weeks, contact your GP or a kinesitherapist. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription. They can look at what might be slowing your recovery.",
    },
    'after-6-weeks': {
      helps: [
        'Keep moving and keep up your daily activities as much as you can.',
        'Exercise therapy with a kinesitherapist helps you get stronger and fitter. Your GP can give you a prescription for it.',
        'Do not avoid movements because you fear pain: that fear often keeps the pain going.',
        'Talk about worries or stress, for example with your GP.',
      ],
      contact: "Have you not seen your GP or a kinesitherapist yet? Then make an appointment now. Together you make a plan. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription.",
    },
    'after-12-weeks': {
      helps: [
        'Exercise therapy: a kinesitherapist helps you make your back stronger, step by step.',
        'Cognitive behavioural therapy (CBT): a talking therapy that helps you deal with pain and fear of moving.',
        'Multidisciplinary rehabilitation: a team of different professionals works with you on your recovery.',
        'A walking programme: walk 3 times a day and build it up slowly.',
      ],
      contact: "Talk to your GP or kinesitherapist about which treatment suits you. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription.",
    },
    recurrence: {
      contact:
        "Does the pain keep coming back, or is it not getting better like last time? Then contact your GP or a kinesitherapist. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription. If you have a warning sign, contact your GP.",
    },
  },
};
