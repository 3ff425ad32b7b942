import type { LiftingText } from '../types.js';

export const lifting: LiftingText = {
  title: 'Looking after your back in daily life',
  intro:
    'These tips make lifting, sitting and getting up easier and more comfortable. They will not make your back heal faster. They have not been shown to prevent back pain. What does lower the chance of new back pain: staying active and fit.',
  topics: {
    lifting: {
      title: 'Lifting',
      tips: [
        'Hold the load close to your body, not with your arms stretched out.',
        'Bend your knees and hips in the way that feels comfortable for you.',
        'Lift in a relaxed way, and vary how you lift. A rounded back while lifting is not dangerous.',
        'Do not twist your back while you lift or carry something.',
        'Do not lift too much at once.',
        'When you carry something a long way, stop and rest on the way.',
      ],
      illustration: 'A person bends their knees and holds a box close to their body.',
      steps: [
        'Stand close to the box and bend your knees and hips.',
        'Hold the box close to your body.',
        'Stand up calmly, keeping the box close.',
      ],
    },
    turning: {
      title: 'Turning and bending',
      tips: [
        'Do not twist and bend your back at the same time.',
        'To pick up something behind you, stand up first, turn round, then bend your knees.',
        'Turn your whole body with your feet, rather than twisting your back.',
        'To get out of a car, turn your body and both legs towards the door together.',
        'Put both feet on the ground first.',
        'Hold on with your hands, then stand up.',
      ],
      illustration: 'A person getting out of a car turns their body and both legs out together.',
    },
    sitting: {
      title: 'Sitting',
      tips: [
        'Choose a chair with good support for your lower back.',
        'A chair with armrests is helpful.',
        'Avoid low or soft chairs.',
        'Stand up and move around every 20 to 30 minutes.',
        'If you stand for a long time, sit down now and then.',
        'Make sure your desk or workplace is at a comfortable height.',
        'When you work from home, do not sit for hours on a kitchen chair that does not suit you.',
      ],
      illustration: 'A person sits on an upright chair with armrests and lower-back support, at a desk of a comfortable height.',
    },
    'standing-up': {
      title: 'Standing up from a chair',
      tips: [
        'Slide forward to the front edge of the seat.',
        'Put one foot under the chair and the other foot a little forward.',
        'Put your hands on the armrests.',
        'Push yourself up with your arms and legs.',
      ],
      illustration: 'A person sits on the front of a chair, with one foot back, and pushes up.',
      steps: [
        'Move to the front of the seat, with one foot back.',
        'Lean forward and push on the armrests.',
        'Push yourself up with your arms and legs until you stand.',
      ],
    },
    bed: {
      title: 'Getting out of bed',
      tips: [
        'Roll onto your side first.',
        'Swing your legs over the edge of the bed.',
        'Push yourself up sideways with both arms until you are sitting.',
        'To lie down, do the same steps the other way round.',
      ],
      illustration: 'A person on their side lets their legs drop over the bed edge and pushes up with both arms.',
      steps: [
        'First roll onto your side, with your knees bent.',
        'Let your legs go over the edge of the bed and push yourself up with your arms.',
        'Now you are sitting on the edge of the bed.',
      ],
    },
    sleeping: {
      title: 'Sleeping',
      tips: [
        'Lie on your back with a few pillows under your knees.',
        'Or lie on your side with your knees bent halfway up.',
        'Choose the position that feels most comfortable for your back.',
      ],
      illustration: 'Two sleeping positions: on the back with pillows under the knees, and on the side with the knees half bent.',
    },
    sport: {
      title: 'Sport and staying fit',
      tips: [
        'Use good technique when you train or play sport.',
        'Make your training harder step by step, not all at once.',
        'A trainer can help you improve your technique.',
        'Stay fit by moving regularly, for example walking, cycling or swimming.',
        'Make time to relax and try to reduce stress.',
      ],
      illustration: 'A person walking and a person cycling.',
    },
  },
  tabsLabel: 'Topics',
};
