import type { RedFlagsText } from '../types.js';

export const redFlags: RedFlagsText = {
  title: 'Back pain: do I need to see a GP?',
  intro:
    'This check shows whether you need to see a GP about your back pain, and how soon. Answer short yes/no questions about warning signs. It takes about 2 minutes. Most back pain is not serious. The signs in this check are rare. Your answers are not saved or sent anywhere.',
  groups: {
    'bladder-saddle': 'Bladder, bowels and feeling between your legs',
    legs: 'Your legs',
    start: 'How the pain started',
    health: 'Your health',
    'bones-immunity': 'Your bones and immune system',
    course: 'How the pain is going',
  },
  flags: {
    'bladder-bowel': {
      question:
        'Have you recently had new trouble peeing or pooing? For example, you cannot go, you have to strain, it feels different, or you cannot hold it.',
      explanation:
        'Have you leaked a little pee when you cough or sneeze for a long time? That does not count here. New problems are rare. The nerves to your bladder and bowel start in your lower back. So a doctor wants to see you straight away.',
      summary: 'New trouble peeing or pooing',
    },
    'saddle-numbness': {
      question: 'Do you have numbness between your legs, around your genitals or around your bottom?',
      explanation:
        'Doctors call this the saddle area: the part you would sit on in a saddle. Numbness here is rare, but a doctor wants to check it straight away.',
      summary: 'Numbness between your legs, around your genitals or your bottom',
    },
    'both-legs': {
      question: 'Do you have weakness, numbness or nerve pain in both legs?',
      explanation:
        'Problems in both legs are rare. They can mean that nerves in your lower back are squeezed. So a doctor wants to check this straight away.',
      summary: 'Weakness, numbness or nerve pain in both legs',
    },
    'leg-weakness-worsening': {
      question: 'Is a leg getting weaker and weaker?',
      explanation:
        'Weakness that gets worse can mean a nerve is being squeezed more and more. This is rare, but a doctor wants to check it straight away.',
      summary: 'A leg getting weaker and weaker',
    },
    'leg-weakness-new': {
      question:
        'Have you recently had new weakness in one leg? For example, your foot drags, or you cannot stand on your heel or on your toes.',
      explanation: 'This can happen when a nerve in your lower back is squeezed. So your GP would like to check your leg today.',
      summary: 'New weakness in one leg',
    },
    'leg-numbness': {
      question: 'Does one leg feel numb or tingly?',
      explanation:
        'This often comes from an irritated nerve in your lower back. It usually gets better by itself. Your GP would still like to check it within a few days.',
      summary: 'Numbness or tingling in one leg',
    },
    'radiating-below-knee': {
      question: 'Does the pain spread down your leg to below your knee, into your foot or toes?',
      explanation:
        'Pain that travels this far down the leg often comes from an irritated nerve (sciatica). About 3 in 4 people with sciatica are better within 3 months. Your GP would like to check it within a few days.',
      summary: 'Pain spreading below your knee, into your foot or toes',
    },
    'major-trauma': {
      question: 'Did the pain start after a serious accident, such as a fall from a height or a road accident?',
      explanation: 'After a serious accident, a doctor needs to check your back straight away to make sure no bones are hurt.',
      summary: 'Pain after a serious accident',
    },
    'minor-trauma-fragile': {
      question: 'Did the pain start after a fall or small accident, while you have weak bones or are over 70?',
      explanation:
        'Weak bones (osteoporosis) break more easily, even in a small fall. Taking steroid tablets such as prednisolone for a long time also makes bones weaker. So your GP would like to see you today.',
      summary: 'Pain after a fall or small accident, with weak bones or over age 70',
    },
    'sudden-severe-pain': {
      question: 'Did you suddenly get very bad pain in your back or belly that does not ease in any position? And are you over 40?',
      explanation:
        'This is rare. Sudden, very bad pain like this can have a cause other than your back. So a doctor wants to check it straight away.',
      summary: 'Sudden, very bad pain in your back or belly that no position eases, over age 40',
    },
    'back-procedure': {
      question: 'Have you had an operation, an injection or a lumbar puncture in your back in the last few weeks?',
      explanation: 'Very rarely, an infection can start in the back after this. So your GP would like to see you today.',
      summary: 'An operation, injection or lumbar puncture in your back in the last few weeks',
    },
    fever: {
      question: 'Do you have a high temperature (fever), or do you feel unwell, as well as the back pain?',
      explanation: 'A fever with back pain is not common. Your GP would like to see you today to check for an infection.',
      summary: 'A high temperature or feeling unwell with the back pain',
    },
    'weight-loss': {
      question: 'Have you lost weight without trying?',
      explanation: 'Losing weight without trying can have many causes. Your GP would like to find the cause with you within a few days.',
      summary: 'Losing weight without trying',
    },
    'cancer-history': {
      question: 'Do you have cancer now, or have you had cancer in the past?',
      explanation: 'Even then, back pain is usually ordinary back pain. Your GP would still like to check it within a few days.',
      summary: 'Cancer now or in the past',
      advice: 'If you are having treatment for cancer now, also call your cancer care team at the hospital today.',
    },
    'age-onset': {
      question: 'Is this the first time you have had back pain, and are you under 20 or over 50?',
      explanation:
        'Back pain for the first time is less common at these ages. Often nothing serious is wrong. Your GP would still like to check it within a few days.',
      summary: 'Back pain for the first time under age 20 or over age 50',
    },
    'steroid-pills': {
      question: 'Have you taken steroid tablets, such as prednisolone, for a long time?',
      explanation:
        'Steroid tablets are medicines that calm inflammation. Taking them for a long time can make your bones weaker. So your GP would like to check your back within a few days.',
      summary: 'Long use of steroid tablets such as prednisolone',
    },
    osteoporosis: {
      question: 'Do you have weak bones (osteoporosis)?',
      explanation:
        'With osteoporosis, bones are less strong. They break more easily. So your GP would like to check your back within a few days.',
      summary: 'Weak bones (osteoporosis)',
    },
    'low-immunity': {
      question: 'Is your immune system weak, because of an illness or medicines?',
      explanation:
        'Your immune system protects you against infections. If it is weak, you get an infection more easily. So your GP would like to see you within a few days.',
      summary: 'A weak immune system',
    },
    'injecting-drugs': {
      question: 'Do you inject drugs?',
      explanation: 'An infection can get into the body through a needle. This is rare, but your GP would like to see you within a few days.',
      summary: 'Injecting drugs',
    },
    'night-pain': {
      question: 'Does the pain get worse when you lie still at night, whatever position you lie in?',
      explanation:
        'Ordinary back pain usually eases when you rest or change position. If yours does not, your GP would like to check it within a few days.',
      summary: 'Pain that gets worse when you lie still at night, in any position',
    },
    'morning-stiffness': {
      question: 'Since before age 45, has your back been stiff for over an hour every morning, easing as you move?',
      explanation:
        'This is sometimes caused by inflammation of the joints in the back. Your GP can look into it within a few days.',
      summary: 'Stiff for over an hour every morning, since before age 45',
    },
    'severe-after-week': {
      question: 'Is the pain still very bad after a week, and is it not getting less?',
      explanation:
        'Most back pain starts to ease within a week. If yours has not, your GP would like to check it within a few days.',
      summary: 'Still very bad pain after a week, not getting less',
    },
    'longer-than-6-weeks': {
      question: 'Have you had pain for more than 6 weeks that you have not yet discussed with a GP or physiotherapist?',
      explanation:
        'Most back pain is gone within 6 weeks. If yours lasts longer, your GP would like to talk with you within a few days about what can help. Have you talked about it already? Then answer no.',
      summary: 'Pain for more than 6 weeks, not yet talked about with a GP or physiotherapist',
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
        'A painkiller can take the edge off so you can keep moving. Do not expect it to take the pain away.',
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
        'A painkiller can take the edge off so you can keep moving. Do not expect it to take the pain away.',
        'A warm shower or a heat pack can ease the pain for a while.',
        'Build up your daily activities step by step in the first week.',
        'Contact your GP if the pain is still very bad after a week and is not getting less.',
        'Is the pain not getting better after 3 to 4 weeks, or does it last longer than 6 weeks? Then see your GP or a physiotherapist.',
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
