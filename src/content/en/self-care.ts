import type { SelfCareText } from '../types.js';

export const selfCare: SelfCareText = {
  title: 'What you can do yourself',
  intro: 'Most back pain gets better by itself. These steps help you recover and stay active. They are in order of importance.',
  steps: {
    'keep-moving': {
      title: 'Keep moving',
      text: 'Stay as active as you can and carry on with your daily activities and work, without forcing. Moving with pain does no harm, and not moving does more harm than good. Change position often or take a short walk.',
    },
    'no-bed-rest': {
      title: 'Avoid bed rest',
      text: 'Staying in bed makes your back stiff and your muscles weaker, and slows your recovery. If the pain is so bad that you must lie down, do it for 2 days at most and get up now and then. For very bad pain, try lying on your back with your lower legs resting on a chair, so that your hips and knees are bent at about a right angle (90 degrees). This is called the semi-Fowler position.',
    },
    painkillers: {
      title: 'Take painkillers at fixed times',
      text: 'Painkillers do not make you heal faster, but they help you keep moving. Take them at fixed times, not only when it hurts. Start with paracetamol. If that is not enough, you can take an anti-inflammatory painkiller such as ibuprofen. After a few days, cut down slowly. Ask a pharmacist if you are not sure which painkiller is safe for you, for example if you have an allergy or another health condition.',
    },
    heat: {
      title: 'Use heat',
      text: 'A warm shower, a heat pack or a hot-water bottle can relax your muscles a little. Many people find this pleasant. The effect usually does not last long.',
    },
    relax: {
      title: 'Relax',
      text: 'Stress makes your muscles tense, and that can make back pain worse. Take time to relax every day. Gentle, relaxing exercises can help. You do not need to hold your back stiff and straight: a relaxed back often feels better.',
    },
    'build-up': {
      title: 'Build up step by step',
      text: 'Build up your daily activities step by step in the first week, a little more each day. Go back to work if you can, with lighter tasks for a while if needed. Stay fit by walking, cycling or swimming.',
    },
  },
  acute: {
    title: 'When your back suddenly “goes”',
    whatHappens: [
      'When your back “goes”, the muscles in your back suddenly cramp. This is called a muscle spasm. It is usually harmless and gets better.',
      'You may feel a sharp, stabbing pain or a cramp, like cramp in your calf. Moving can be hard for a while.',
      'Your body tries to protect the painful spot. Other muscles then tense up too.',
    ],
    triggersHeading: 'What can set it off',
    triggers: [
      'Lifting something heavy too quickly or in an awkward way.',
      'Making your sport or training harder too quickly.',
      'Sitting for a long time on an unsuitable chair, for example at the kitchen table when you work from home, and then moving quickly.',
      'An unexpected or awkward movement.',
    ],
    firstHoursHeading: 'In the first hours',
    firstHours: [
      'Stay calm: this is common and usually harmless.',
      'Try to keep moving gently, even if it is only a little.',
      'Take a warm shower or use a heat pack to relax your muscles.',
      'A light painkiller such as paracetamol can ease the pain. Check that you are not allergic to it, and ask a pharmacist if you are not sure.',
    ],
    firstDaysHeading: 'In the first days',
    firstDays: [
      'Keep moving calmly and do not stay still for long.',
      'Do gentle, relaxing exercises that do not strain your muscles.',
      'Take painkillers at fixed times if you need them to stay active.',
      'Build up your daily activities again as the pain eases.',
    ],
    preventionHeading: 'How to lower the chance of it happening again',
    prevention: {
      'lift-with-legs': {
        title: 'Lift with your legs',
        text: 'Bend your knees and lift from your legs, not your back. Keep the load close to your body.',
      },
      'sport-technique': {
        title: 'Use good technique in sport',
        text: 'Train with the right technique and build up slowly. A trainer can help you.',
      },
      'stand-up-often': {
        title: 'Stand up often',
        text: 'When you sit, stand up every 20 to 30 minutes. Walk around and stretch your legs and back.',
      },
      posture: {
        title: 'Stand and walk upright',
        text: 'Stand and walk upright but relaxed. Do not tense your back. Change position often.',
      },
    },
  },
  whenToContact: {
    title: 'When to contact your GP',
    levels: {
      emergency: {
        action: 'Call 112 or your GP now',
        signs: 'if peeing or pooing suddenly feels different or you cannot go, if you feel numb between your legs, or if your legs are getting weaker.',
      },
      urgent: {
        action: 'Call your GP today (evenings and weekends: the out-of-hours GP service)',
        signs: 'if you have a fever or feel ill with the back pain, or if one leg has become weak.',
      },
      soon: {
        action: 'Make a GP appointment within a few days',
        signs: 'if the pain is still very bad after a week and not getting less, if the pain spreads below your knee, or if you are losing weight without trying.',
      },
    },
  },
  redFlagsLink: 'Check the warning signs: do I need to see a GP?',
};
