import type { RedFlagsText } from '../types.js';

export const redFlags: RedFlagsText = {
  title: 'Back pain: do I need to see a GP?',
  intro:
    'This check shows whether you need to see a GP about your back pain, and how soon. Answer short yes/no questions about warning signs. It takes about 2 minutes. Most back pain is not serious. The signs in this check are rare. Your answers are not saved or sent anywhere.',
  groups: {
    'bladder-legs': 'Bladder, bowels and legs',
    start: 'How the pain started',
    health: 'Your health',
    course: 'How the pain is going',
  },
  flags: {
    'bladder-bowel': {
      question: 'Are you unable to pass urine, or have you lost control of your bladder or bowels?',
      explanation:
        'This is rare. The nerves to your bladder and bowels start in your lower back, so a doctor wants to check this straight away.',
      summary: 'Problems passing urine or controlling your bladder or bowels',
    },
    'saddle-numbness': {
      question: 'Do you have numbness between your legs or around your bottom (the area you would sit on in a saddle)?',
      explanation:
        'This is rare. The nerves to this area start in your lower back, so a doctor wants to check this straight away.',
      summary: 'Numbness between your legs or around your bottom',
    },
    'leg-weakness-worsening': {
      question: 'Do you have weakness or loss of movement in your legs that is getting worse, or in both legs at once?',
      explanation:
        'This is rare. Weakness that gets worse, or that is in both legs, needs a doctor to check your nerves straight away.',
      summary: 'Weakness in your legs that is getting worse, or in both legs',
    },
    'leg-numbness': {
      question: 'Do you have numbness, tingling or weakness in one leg? (It is not getting worse.)',
      explanation:
        'This can happen when a nerve in your lower back is irritated. It often gets better by itself, but your GP would like to check your leg today.',
      summary: 'Numbness, tingling or weakness in a leg',
    },
    'radiating-below-knee': {
      question: 'Does the pain spread down your leg to below your knee, into your foot or toes?',
      explanation:
        'Pain that travels down the leg can come from an irritated nerve (sciatica). About 3 in 4 people with sciatica are better within 3 months. Your GP can check it and advise you.',
      summary: 'Pain spreading below your knee, into your foot or toes',
    },
    'major-trauma': {
      question: 'Did the pain start after a serious accident, such as a fall from a height or a road accident?',
      explanation: 'After a serious accident, a doctor needs to check your back straight away to make sure no bones are hurt.',
      summary: 'Pain after a serious accident',
    },
    'minor-trauma-fragile': {
      question:
        'Did the pain start after a fall or a small accident? And do you also have thin bones (osteoporosis), or have you taken steroid pills such as prednisone for a long time?',
      explanation:
        'With thin bones, or after long use of steroid pills, a bone can break more easily, even after a small fall. This is not common, but your GP would like to check it today.',
      summary: 'Pain after a fall or small accident, with thin bones or long use of steroid pills',
    },
    'sudden-severe-pain': {
      question: 'Are you over 50, and did you suddenly get very bad pain in your back or belly that does not ease in any position?',
      explanation:
        'This is rare. Sudden, very bad pain like this can have a cause other than your back, so a doctor wants to check it straight away.',
      summary: 'Sudden, very bad pain in your back or belly that no position eases, over age 50',
    },
    fever: {
      question: 'Do you have a high temperature (fever), or do you feel unwell, as well as the back pain?',
      explanation: 'A fever with back pain is not common. Your GP would like to see you today to check for an infection.',
      summary: 'A high temperature or feeling unwell with the back pain',
    },
    'weight-loss': {
      question: 'Have you lost weight without trying?',
      explanation: 'Losing weight without trying can have many causes. Your GP would like to check it within a few days.',
      summary: 'Losing weight without trying',
    },
    'cancer-history': {
      question: 'Do you have cancer now, or have you had cancer in the past?',
      explanation:
        'Even then, back pain is usually ordinary back pain. Your GP would still like to check it within a few days.',
      summary: 'Cancer now or in the past',
    },
    'steroids-immunity': {
      question:
        'Have you taken steroid pills such as prednisone for a long time? Or do you have thin bones (osteoporosis) or a weak immune system? Or do you inject drugs?',
      explanation:
        'Your immune system protects you against infections. If it is weak, or your bones are thinner, your GP would like to check your back within a few days.',
      summary: 'Long use of steroid pills, thin bones, a weak immune system or injecting drugs',
    },
    'age-onset': {
      question: 'Is this the first time you have had back pain, and are you under 20 or over 50?',
      explanation:
        'Back pain for the first time is less common at these ages, so your GP would like to check it within a few days. Often nothing serious is wrong.',
      summary: 'Back pain for the first time under age 20 or over age 50',
    },
    'night-pain': {
      question: 'Does the pain get worse when you rest and at night, whatever position you lie in?',
      explanation:
        'Ordinary back pain usually eases when you rest or change position. If yours does not, your GP would like to check it within a few days.',
      summary: 'Pain that gets worse at rest and at night, in any position',
    },
    'morning-stiffness': {
      question:
        'Is your back stiff for more than an hour in the morning, does it get better when you move, and did this start before you were 45?',
      explanation:
        'This is sometimes caused by inflammation of the joints in the back, such as ankylosing spondylitis. Your GP can look into it further.',
      summary: 'Stiff for more than an hour in the morning, better with movement, started before age 45',
    },
    'severe-after-week': {
      question: 'Is the pain still very bad after a week, and is it not getting less?',
      explanation: 'Most back pain starts to ease within a week. If yours has not, your GP can check it and help you keep moving.',
      summary: 'Still very bad pain after a week, not getting less',
    },
    'longer-than-6-weeks': {
      question: 'Have you had the pain for more than 6 weeks?',
      explanation: 'Most back pain is gone within 6 weeks. If yours lasts longer, your GP can talk with you about what can help.',
      summary: 'Pain for more than 6 weeks',
    },
  },
  outcomes: {
    emergency: {
      label: 'Emergency',
      title: 'Call 112 now, or call your GP or the out-of-hours GP service straight away',
      summary: 'One of your answers means a doctor needs to see you straight away. This is rare, and getting help quickly is the right step now.',
      actions: [
        'Call 112 now, or call your GP straight away.',
        'In the evening, at night or at the weekend, call the out-of-hours GP service (huisartsenpost).',
        'Do not wait, even if the pain eases for a while.',
      ],
      phoneAdvice:
        'When you call, say that you have back pain. Say which of the signs below you have and when they started. Have your medicines or a list of them ready.',
    },
    urgent: {
      label: 'Today',
      title: 'Contact your GP today',
      summary: 'Your GP would like to talk to you today. It does not mean that something serious is wrong, but it is best checked soon.',
      actions: [
        'Call your GP today.',
        'If your GP is closed, call the out-of-hours GP service (huisartsenpost).',
        'In the meantime, keep moving gently as far as you can.',
      ],
      phoneAdvice:
        'When you call, say that you have back pain and since when. Also say which of the signs below you have. They will tell you when to come.',
    },
    soon: {
      label: 'Within a few days',
      title: 'Make an appointment with your GP within a few days',
      summary: 'Your GP would like to check your back pain, but it does not need to be today. Most back pain is not serious.',
      actions: [
        'Call your GP in the next few days to make an appointment.',
        'Until then, keep moving as much as you can, without forcing.',
        'Painkillers such as paracetamol, taken at fixed times, help you stay active.',
      ],
      phoneAdvice:
        'When you call, say that you have back pain, since when, and which of the signs below you have. Then they know how soon you need to come.',
    },
    'self-care': {
      label: 'Self-care',
      title: 'You can look after your back yourself',
      summary: 'Most back pain gets better by itself, often within a few days and usually within 2 weeks.',
      actions: [
        'Keep moving and carry on with your daily activities as much as you can, without forcing.',
        'Avoid bed rest. If you really need to lie down, do it for 2 days at most.',
        'If you need painkillers to keep moving, take them at fixed times. Start with paracetamol.',
        'A warm shower or a heat pack can ease the pain for a while.',
        'Build up your daily activities step by step in the first week.',
        'Contact your GP if the pain is still very bad after a week and is not getting less.',
        'See your GP or a physiotherapist if the pain is not getting better after 3 to 4 weeks, or lasts longer than 6 weeks.',
      ],
      phoneAdvice: 'You do not need to call anyone now. If you have questions about painkillers, ask a pharmacist.',
    },
  },
  yes: 'Yes',
  no: 'No',
  progress: (answered, total) => `${answered} of ${total} ${total === 1 ? 'question' : 'questions'} answered`,
  unanswered: 'You have not answered these questions yet:',
  incomplete: 'Answer all the questions to see what to do next. If an answer means you need help straight away, you will see this at once.',
  becauseHeading: 'Because you answered yes to:',
  noSigns: 'You answered no to all the warning signs.',
  worried: 'If you are worried, or the pain gets worse, contact your GP.',
  call112: 'Call 112',
  contactHeading: 'Your healthcare provider',
  callContact: (name) => `Call ${name}`,
  visitContact: (name) => `Visit the website of ${name}`,
  opensInNewTab: '(opens in a new tab)',
  startAgain: 'Start again',
  stepProgress: (step, total) => `Step ${step} of ${total}`,
  previous: 'Back',
  next: 'Next',
  showResult: 'Show result',
  changeAnswers: 'Change your answers',
  chooseAnswer: 'Choose yes or no.',
  safetyNetHeading: 'When to call straight away',
  safetyNetIntro: 'Call 112, your GP or the out-of-hours GP service (huisartsenpost) straight away if you get any of these:',
};
