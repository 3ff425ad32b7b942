import type { TimelineText } from '../types.js';

export const timeline: TimelineText = {
  title: 'How back pain usually goes',
  intro:
    'Most back pain gets better by itself. Most people are much better within 6 weeks. Some pain often lasts longer. That is common and usually not serious. This timeline shows what is normal at each stage, what helps and when to get help.',
  phases: {
    'first-days': {
      title: 'The first days',
      when: 'Day 1 to 3 (day 1 is the day the pain started)',
      normal: 'The pain can be sharp or aching, and moving can be hard. Your back muscles may cramp. This is usually harmless.',
      helps: [
        'Keep moving gently, without forcing.',
        'Avoid bed rest. If you really need to lie down, do it for 2 days at most and get up now and then.',
        'Painkillers help little. They can take the edge off the pain so you can keep moving.',
        'If you take painkillers, take them at fixed times. Ask a pharmacist which painkiller suits you.',
        'A warm shower or a heat pack can relax your muscles for a while.',
      ],
      contact:
        'You usually do not need to see your GP now.',
    },
    'first-week': {
      title: 'The rest of the first week',
      when: 'Day 4 to 7',
      normal: 'The pain usually starts to ease slowly. Some movements may still hurt. This does not mean anything is being damaged.',
      helps: [
        'Start building up your daily activities again, step by step.',
        'Go back to work if you can, with adapted tasks for a while if needed. The company doctor (bedrijfsarts) can help with this.',
        'Change position often and take a short walk now and then.',
        'Use painkillers only to stay active, and cut down as you get better.',
      ],
      contact: 'Contact your GP if the pain is still very bad after a week and is not getting less.',
    },
    'weeks-2-6': {
      title: 'Weeks 2 to 6',
      when: 'Day 8 to 42 (week 2 to week 6)',
      normal:
        'For most people the pain is now much less or gone. For others it takes a few more weeks. After a busy day your back may still feel a bit stiff or sore.',
      helps: [
        'Do your normal activities, work and hobbies again, building up bit by bit.',
        'Stay fit: walking, cycling and swimming are good choices.',
        'Stop taking painkillers step by step.',
        'Keep what you lift close to your body, and stand up regularly if you sit for a long time.',
      ],
      contact:
        'If the pain is not getting better after 3 to 4 weeks, contact your GP or a physiotherapist. Physiotherapy is only paid for by a supplementary insurance policy. They can look at what might be slowing your recovery.',
    },
    'after-6-weeks': {
      title: 'After 6 weeks',
      when: 'Day 43 to 84 (week 7 to week 12)',
      normal:
        'Many people still have some pain after 6 weeks. About 1 in 3 people have fully recovered at 3 months. The others often still have some pain. That is common and usually not serious. And there is help that works.',
      helps: [
        'Keep moving and keep up your daily activities as much as you can.',
        'Exercise therapy with a physiotherapist helps you get stronger and fitter.',
        'Do not avoid movements because you fear pain: that fear often keeps the pain going.',
        'Talk about worries or stress, for example with your GP.',
      ],
      contact: 'Have you not seen your GP or a physiotherapist yet? Then make an appointment now. Together you make a plan. Physiotherapy is only paid for by a supplementary insurance policy.',
    },
    'after-12-weeks': {
      title: 'After 12 weeks',
      when: 'From day 85 (more than 12 weeks)',
      normal:
        'Pain that lasts longer than 12 weeks (3 months) is called long-lasting, or chronic. Even then, there is usually no damage to your back.',
      helps: [
        'Exercise therapy: a physiotherapist helps you make your back stronger, step by step.',
        'Cognitive behavioural therapy (CBT): a talking therapy that helps you deal with pain and fear of moving.',
        'Multidisciplinary rehabilitation: a team of different professionals works with you on your recovery.',
        'A walking programme: walk 3 times a day and build it up slowly.',
      ],
      contact: 'Talk to your GP or physiotherapist about which treatment suits you. Physiotherapy is only paid for by a supplementary insurance policy.',
    },
    recurrence: {
      title: 'If the pain comes back',
      when: 'At any time later',
      normal: 'Back pain often comes back. About half of people get it again within a year: in studies, 33 to 69 in 100 people. This is common and is not a bad sign.',
      helps: [
        'Do what helped you last time.',
        'Keep moving and build up calmly.',
        'Keep your back fit with walking, cycling or swimming.',
        'Regular exercise and exercise therapy lower the chance of new back pain.',
      ],
      contact:
        'Does the pain keep coming back, or is it not getting better like last time? Then contact your GP or a physiotherapist. Physiotherapy is only paid for by a supplementary insurance policy. If you have a warning sign, contact your GP.',
    },
  },
  normalHeading: 'What is normal',
  helpsHeading: 'What helps now',
  contactHeading: 'When to get help',
  onsetLabel: 'When did the pain start?',
  onsetHint: 'Enter the date to see where you are now. Nothing is saved.',
  onsetFuture: 'This date is in the future. Choose today or an earlier day.',
  onsetInvalid: 'This date is not right. Enter a day, month and year that exist.',
  youAreHere: 'You are here',
  dayCount: (daysSinceStart) => {
    if (daysSinceStart === 0) return 'Day 1: the pain started today';
    if (daysSinceStart === 1) return 'Day 2: the pain started yesterday';
    return `Day ${daysSinceStart + 1}: the pain started ${daysSinceStart} days ago`;
  },
};
