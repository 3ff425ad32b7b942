import type { TreatmentsText } from '../types.js';

export const treatments: TreatmentsText = {
  title: 'Treatments for low back pain: what works?',
  intro:
    'There are many treatments for back pain, but not all of them help. This overview is for ordinary (non-specific) low back pain. It shows what helps, what may help and what is not advised.',
  groups: {
    helps: {
      title: 'What helps',
      text: 'Research shows that these help. Staying active matters most.',
    },
    'may-help': {
      title: 'What may help',
      text: 'These help some people a little, or it is not clear whether they help. They may feel good, but they do not cure back pain.',
    },
    'advised-against': {
      title: 'Not advised',
      text: 'These do not help ordinary low back pain. Doctors and physiotherapists advise against them.',
    },
  },
  markers: {
    helps: 'Helps',
    'may-help': 'May help',
    'advised-against': 'Advised against',
  },
  items: {
    'keep-active': {
      name: 'Staying active',
      why: 'Carrying on with daily life and work as much as you can helps you recover and lowers the chance that the pain lasts.',
    },
    painkillers: {
      name: 'Painkillers',
      why: 'Taken at fixed times, they help you keep moving. Start with paracetamol.',
    },
    'exercise-therapy': {
      name: 'Exercise therapy',
      why: 'Exercises with a physiotherapist help, especially when pain lasts and to stop it coming back.',
    },
    'behavioural-therapy': {
      name: 'Cognitive behavioural therapy (CBT)',
      why: 'This talking therapy helps with long-lasting pain and fear of moving.',
    },
    multidisciplinary: {
      name: 'Multidisciplinary rehabilitation',
      why: 'For long-lasting pain: a team of different professionals works with you on your recovery.',
    },
    heat: {
      name: 'Heat',
      why: 'A warm shower or heat pack feels good, but the effect does not last long.',
    },
    'manual-therapy': {
      name: 'Manual therapy (manipulation)',
      why: 'It sometimes eases the pain a little for a short time. Only let a trained therapist do it.',
    },
    massage: {
      name: 'Massage',
      why: 'A light massage can feel good, but it is not a real treatment. Only let a trained professional treat your spine.',
    },
    acupuncture: {
      name: 'Acupuncture',
      why: 'Studies do not agree on whether it helps.',
    },
    'muscle-relaxants': {
      name: 'Muscle relaxants',
      why: 'Medicines that relax the muscles are rarely useful for back pain.',
    },
    'bed-rest': {
      name: 'Bed rest',
      why: 'Staying in bed makes your back stiffer and your muscles weaker, and slows recovery.',
    },
    traction: {
      name: 'Traction',
      why: 'Pulling or stretching the spine, by machine or by hand, does not help.',
    },
    supports: {
      name: 'Corsets, back belts and other supports',
      why: 'Back supports do not help ordinary low back pain.',
    },
    injections: {
      name: 'Injections in the back',
      why: 'Injections do not help ordinary low back pain.',
    },
    tens: {
      name: 'TENS',
      why: 'A small device that sends mild electrical pulses through the skin does not help back pain.',
    },
    electrotherapy: {
      name: 'Ultrasound, laser or interferential therapy',
      why: 'Treatments with sound waves, laser light or electrical currents do not help back pain.',
    },
    radiofrequency: {
      name: 'Radiofrequency denervation',
      why: 'Switching off small nerves of the spine joints with heat does not help ordinary back pain.',
    },
    intradiscal: {
      name: 'Intradiscal heat treatment',
      why: 'Heating the discs between the bones of the spine does not help ordinary back pain.',
    },
    surgery: {
      name: 'Surgery',
      why: 'Ordinary low back pain is never a reason for an operation.',
    },
    scans: {
      name: 'Routine X-rays and MRI scans',
      why: 'A scan does not help you get better. It often shows wear that people without pain have too.',
    },
  },
  decideTogether: 'Talk to your GP or physiotherapist about which treatment suits you. You decide together what you will do.',
};
