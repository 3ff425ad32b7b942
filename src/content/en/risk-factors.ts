import type { RiskFactorsText } from '../types.js';

export const riskFactors: RiskFactorsText = {
  title: 'What makes back pain more likely?',
  intro: 'Tick what applies to you. Then you get tips you can use. You can change many of these things yourself. Nobody is to blame for their back pain: these things raise the chance, they are not faults.',
  riskHeading: 'What applies to you?',
  factors: {
    'heavy-lifting': {
      label: 'I lift a lot or lift heavy things, for example at work',
      tip: 'Keep the load close to your body, and lift in a relaxed way that feels comfortable. Vary how you lift. Do not lift too much at once. This makes lifting easier.',
    },
    'twisting-bending': {
      label: 'I often twist and bend my back',
      tip: 'Do not twist and bend at the same time. Turn your whole body first, then bend your knees.',
    },
    'static-posture': {
      label: 'I sit or stand in the same position for a long time',
      tip: 'Change position often. Stand up every 20 to 30 minutes, or sit down for a while if you stand a lot.',
    },
    'sedentary-work': {
      label: 'I only do sitting work',
      tip: 'Stand up and walk around every 20 to 30 minutes. Use a chair with good lower-back support and a workplace at a comfortable height.',
    },
    'repetitive-work': {
      label: 'I do the same movements over and over, for example with a computer mouse or in a factory',
      tip: 'Take short breaks, change position often and move around now and then.',
    },
    'sudden-effort': {
      label: 'I sometimes make sudden, heavy efforts',
      tip: 'Take your time with heavy tasks. Build up slowly and split a heavy load into smaller parts.',
    },
    vibration: {
      label: 'I am often exposed to vibration, for example when driving a lorry or using machines',
      tip: 'Take regular breaks to get up and move. If it is part of your work, talk to your employer or the company doctor (bedrijfsarts).',
    },
    overweight: {
      label: 'I am overweight',
      tip: 'Moving more and losing some weight lowers the strain on your back. Your GP can help you with this.',
    },
    'little-exercise': {
      label: 'I do not get much exercise',
      tip: 'Start small. Walking, cycling or swimming regularly keeps you fit and your back and belly muscles strong.',
    },
    stress: {
      label: 'I often feel stressed, tense or tired',
      tip: 'Stress makes your muscles tense. Make time to relax and keep moving: both help your back.',
    },
    smoking: {
      label: 'I smoke',
      tip: 'Stopping smoking helps your back too. Your GP can help you stop.',
    },
    pregnancy: {
      label: 'I am pregnant',
      tip: 'Back pain is common in pregnancy. Stay active, and ask your midwife or GP for advice.',
    },
  },
  tipsHeading: 'Tips for you',
  noneTicked: 'You have not ticked anything. Keep moving regularly: it keeps you fit, and that is good for your back.',
  lastingHeading: 'What can make back pain last longer?',
  lastingIntro:
    'Some things make it more likely that back pain lasts. Tick what applies to you. Then you know what to talk about with your GP or physiotherapist.',
  lasting: {
    'fear-of-moving': 'I do not dare to make some movements, because I am afraid of pain',
    'low-mood': 'I often feel low or down',
    worry: 'I worry a lot about my back',
    'passive-coping': 'I mostly wait and hope that rest or medicines will take the pain away',
    'work-stress': 'I have heavy work, tension at work, or little pleasure in my work',
    'earlier-episodes': 'I have had back pain before',
    'much-limitation': 'Because of the pain, I can no longer do many things',
    'leg-pain': 'The pain spreads to my leg',
  },
  lastingAdvice:
    'These things are common in people with back pain. You can still recover well. Help is available, such as exercise therapy or a talking therapy (CBT). Talk about them with your GP or physiotherapist. Physiotherapy is only paid for by a supplementary insurance policy. Do this especially if the pain is not getting less after 3 to 4 weeks.',
  earlyHelp:
    'You recognise 3 or more of these things. Then do not wait: make an appointment with your GP or a physiotherapist now. They can help you work on them.',
  clear: 'Clear all ticks',
};
