import type { TreatmentsText } from '../types.js';

export const treatments: TreatmentsText = {
  title: 'Treatments for low back pain: what works?',
  intro:
    'There are many treatments for back pain, but not all of them help. This overview is for ordinary (non-specific) low back pain. It shows what research says.',
  groups: {
    helps: {
      title: 'What helps',
      text: 'Research shows that these help. Staying active matters most.',
    },
    'may-help': {
      title: 'What may help',
      text: 'These help some people a little, or it is not clear whether they help. They may feel good. But they do not cure back pain.',
    },
    'advised-against': {
      title: 'Not advised',
      text: 'Doctors and physiotherapists advise against these for ordinary low back pain. They do not help, or they do more harm than good.',
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
      why: 'Carrying on with daily life and work helps most. Sitting or lying still does more harm than good.',
    },
    'exercise-therapy': {
      name: 'Exercise therapy',
      why: 'Exercises with a physiotherapist help most when pain lasts. They also lower the chance of the pain coming back. Physiotherapy is only paid for by a supplementary insurance policy.',
    },
    'behavioural-therapy': {
      name: 'Cognitive behavioural therapy (CBT)',
      why: 'For long-lasting pain: this talking therapy helps you deal with pain and fear of moving.',
    },
    multidisciplinary: {
      name: 'Rehabilitation with a team',
      why: 'For long-lasting pain: different professionals work together with you on your recovery.',
    },
    painkillers: {
      name: 'Painkillers',
      why: 'Painkillers help little for back pain. They can take the edge off the pain so you can keep moving. Do not expect them to take the pain away.',
    },
    heat: {
      name: 'Heat',
      why: 'A warm shower or heat pack feels good. The effect does not last long.',
    },
    'manual-therapy': {
      name: 'Manual therapy (‘cracking’ the back)',
      why: 'It sometimes eases the pain a little for a short time. Only let a trained therapist do it.',
    },
    massage: {
      name: 'Massage',
      why: 'A light massage can feel good, but it is not a real treatment. Only let a trained professional treat your spine.',
    },
    'muscle-relaxants': {
      name: 'Muscle relaxants',
      why: 'They help little for back pain. They make you drowsy, and you can come to depend on them. This is why doctors advise against them.',
    },
    'bed-rest': {
      name: 'Bed rest',
      why: 'Lying in bed for long makes your muscles weaker and slows your recovery.',
    },
    traction: {
      name: 'Traction (stretching the back)',
      why: 'Stretching your back, by hand or with a machine, does not help.',
    },
    supports: {
      name: 'Corsets, back belts and other supports',
      why: 'Support from outside does not help ordinary low back pain.',
    },
    injections: {
      name: 'Injections in the back',
      why: 'Injections in the back do not help ordinary low back pain.',
    },
    tens: {
      name: 'TENS',
      why: 'This small device sends electrical pulses through pads on the skin. It does not help ordinary back pain.',
    },
    electrotherapy: {
      name: 'Treatment with sound waves, laser or electrical current',
      why: 'These treatments with machines do not help ordinary back pain.',
    },
    acupuncture: {
      name: 'Acupuncture',
      why: 'Research shows no clear benefit. This is why doctors advise against it.',
    },
    opioids: {
      name: 'Strong painkillers (opioids) for pain that lasts',
      why: 'Opioids are strong painkillers, such as tramadol and oxycodone. Doctors advise against them for back pain that lasts.',
    },
    'nerve-pain-medicines': {
      name: 'Medicines for nerve pain',
      why: 'Medicines such as gabapentin and pregabalin do not help low back pain.',
    },
    antidepressants: {
      name: 'Antidepressants for back pain',
      why: 'Medicines for depression do not help back pain. Do you often feel low? Then talk to your GP about it.',
    },
    radiofrequency: {
      name: 'Switching off small nerves in the back with heat',
      why: 'Not for ordinary back pain. Only in special cases, after a specialist’s assessment.',
    },
    intradiscal: {
      name: 'Heating the disc from the inside',
      why: 'This treatment of the disc between the bones of the spine does not help ordinary back pain.',
    },
    surgery: {
      name: 'Surgery',
      why: 'Ordinary low back pain is never a reason for an operation.',
    },
    scans: {
      name: 'Routine X-rays and MRI scans',
      why: 'A scan does not help you get better. What it shows are often normal changes that come with age, like grey hair. People without pain have them too.',
    },
  },
  decideTogether: 'Talk to your GP or physiotherapist about which treatment suits you. You decide together what you will do.',
};
