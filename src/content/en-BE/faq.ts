/** English for Belgium, questions: the kinesitherapist, the occupational doctor, Belgian routes. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const faq: DeepPartial<Content['faq']> = {
  items: {
    physiotherapist: {
      question: 'What can a kinesitherapist (physiotherapist) do?',
      answer: [
        "A kinesitherapist gives you advice and exercises that fit the movements you find hard. Not sure what you can and cannot do? Then ask the kinesitherapist. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription.",
        'The aim is that you can do your daily activities again. And that you then know how to deal with a new bout of back pain yourself.',
        'Exercise therapy helps most when pain lasts, and to stop the pain coming back. Which exercises you do matters less. They should suit you and ask enough of you.',
      ],
    },
    pregnancy: {
      answer: [
        'Back pain is common in pregnancy. Moving is good then too. Stay active in a way that feels comfortable, for example walking or swimming. A warm shower can relax your muscles.',
        'Sleep on your side with your knees half bent. Do not lift too much at once, and keep the load close to your body.',
        'Do you want a painkiller? Then first ask your midwife, GP or pharmacist what is safe. Do not take anti-inflammatory painkillers such as ibuprofen or naproxen unless your doctor says so.',
        'After pregnancy too, ask for advice before you take an anti-inflammatory. Especially if you have a stomach ulcer, kidney or heart disease, high blood pressure or asthma. And if you are over 70, or take blood thinners, including aspirin or Asaflow, water tablets, an ACE inhibitor, steroid tablets such as prednisolone, or an SSRI antidepressant. Without advice, do not take them for more than a few days.',
        'Is the pain bad, or are you worried? Then ask your midwife or GP for advice.',
      ],
    },
    recurrence: {
      answer: [
        'Yes, this happens often. About half of people have back pain again within a year: in studies, 33 to 69 in 100 people. This is not a bad sign.',
        'If it comes back, do what helped you last time. Keep moving and build up calmly.',
        "Stay fit afterwards too: regular exercise lowers the chance of the pain coming back. Does the pain come back often? A kinesitherapist can give you exercises that suit you. The health insurance fund (ziekenfonds or mutualité) only pays back part with a doctor's prescription.",
      ],
    },
  },
};
