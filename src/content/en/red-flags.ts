import type { RedFlagsText } from '../types.js';

export const redFlags: RedFlagsText = {
  title: 'Back pain: do I need to see a GP?',
  intro:
    'This check shows whether you need to see a GP about your back pain, and how soon. Answer short yes/no questions about warning signs. It takes about 3 minutes. Most back pain is not serious. The signs in this check are rare. Your answers are not saved or sent anywhere.',
  groups: {
    'bladder-saddle': 'Bladder, bowels, sex and feeling between your legs',
    legs: 'Your legs',
    start: 'How the pain started',
    health: 'Your health',
    'bones-immunity': 'Cancer, bones and immune system',
    course: 'How the pain is going',
    pregnancy: 'Pregnancy',
  },
  flags: {
    'bladder-bowel': {
      question:
        'Since this back pain, have you had new trouble with peeing or pooing? For example, it is hard to start peeing, you do not feel that your bladder is full, or pee or poo leaks out without you noticing.',
      explanation:
        'Hard poo or constipation alone does not count: that is common with painkillers such as codeine and with lying still. Leaking a little pee when you cough, for years already, does not count either. New problems are rare. The nerves to your bladder and bowel start in your lower back.',
      summary: 'New trouble peeing or pooing',
    },
    'saddle-numbness': {
      question:
        'Does it feel numb, tingly or different between your legs, around your genitals or around your bottom? For example when you wipe after the toilet.',
      explanation: 'Doctors call this the saddle area: the part you would sit on in a saddle. A changed feeling here is rare.',
      summary: 'A numb, tingly or different feeling between your legs, around your genitals or your bottom',
    },
    'sex-changed': {
      question: 'Since this back pain, do you have new trouble getting or keeping an erection, or does sex feel different?',
      explanation: 'The nerves for sex also start in your lower back. A new change is rare.',
      summary: 'New trouble with an erection, or sex that feels different',
    },
    'both-legs': {
      question: 'Since this back pain, do you have weakness, numbness or nerve pain in both legs?',
      explanation:
        'Only count what is new since this back pain. Numb feet that you have had for years, for example from diabetes, do not count. New problems in both legs are rare. They can mean that nerves in your lower back are squeezed.',
      summary: 'New weakness, numbness or nerve pain in both legs',
    },
    'leg-weakness-worsening': {
      question: 'Is a leg getting weaker and weaker?',
      explanation: 'Weakness that gets worse can mean a nerve is being squeezed more and more. This is rare.',
      summary: 'A leg getting weaker and weaker',
    },
    'leg-weakness-new': {
      question:
        'Have you recently had new weakness in one leg? For example, your foot drags, or you cannot stand on your heel or on your toes.',
      explanation: 'This can happen when a nerve in your lower back is squeezed.',
      summary: 'New weakness in one leg',
    },
    'leg-numbness': {
      question: 'Does one leg feel numb or tingly?',
      explanation: 'This often comes from an irritated nerve in your lower back. It usually gets better by itself.',
      summary: 'Numbness or tingling in one leg',
    },
    'radiating-below-knee': {
      question: 'Does the pain spread down your leg to below your knee, into your foot or toes?',
      explanation:
        'Pain that travels this far down the leg often comes from an irritated nerve (sciatica). About 3 in 4 people with sciatica are better within 3 months.',
      summary: 'Pain spreading below your knee, into your foot or toes',
    },
    'major-trauma': {
      question: 'Did the pain start after a serious accident, such as a fall from a height or a road accident?',
      explanation: 'After a serious accident, a doctor needs to check straight away that no bones in your back are hurt.',
      summary: 'Pain after a serious accident',
    },
    'minor-trauma-fragile': {
      question: 'Did the pain start after a fall or small accident, while you have weak bones or are over 70?',
      explanation:
        'Weak bones (osteoporosis) break more easily, even in a small fall. Taking steroid tablets such as prednisolone for more than 3 months also makes bones weaker.',
      summary: 'Pain after a fall or small accident, with weak bones or over age 70',
    },
    'sudden-severe-pain': {
      question: 'Did very bad pain in your back or belly start suddenly, and does it stay just as bad in every position?',
      explanation: 'Ordinary back pain changes when you move or lie differently. Pain that does not can have another cause.',
      summary: 'Sudden, very bad pain in your back or belly that no position eases',
    },
    'over-40': {
      question: 'Are you over 40?',
      explanation: 'Over 40, sudden pain like this can come from the main artery in the belly.',
      summary: 'Over age 40',
    },
    'faint-pale-sweaty': {
      question: 'When the pain began, did you feel faint, or did you turn pale or sweaty?',
      explanation: 'Together with back pain, this can come from the main artery or the heart. This is rare.',
      summary: 'Feeling faint, pale or sweaty when the pain began',
    },
    'back-procedure': {
      question: 'Have you had an operation, an injection or a lumbar puncture in your back in the last few weeks?',
      explanation: 'Very rarely, an infection can start in the back after this.',
      summary: 'An operation, injection or lumbar puncture in your back in the last few weeks',
    },
    'chest-pain': {
      question: 'Do you have pain in your chest, or pain high in your back between your shoulder blades?',
      explanation: 'Pain there can come from the heart or the main artery, not from your lower back.',
      summary: 'Pain in your chest, or high in your back between your shoulder blades',
    },
    'aortic-aneurysm': {
      question: 'Has a doctor told you that you have a bulge (aneurysm) in the main artery in your belly?',
      explanation: 'With a bulge in this artery, new back or belly pain needs a doctor straight away.',
      summary: 'A known bulge (aneurysm) in the main artery in your belly',
    },
    fever: {
      question: 'Do you have a high temperature (fever) as well as the back pain?',
      explanation: 'A fever with back pain is not common. It can be a sign of an infection.',
      summary: 'A high temperature (fever) with the back pain',
    },
    'feeling-ill': {
      question: 'Do you feel ill or unwell, as well as the back pain?',
      explanation: 'Feeling ill as well as back pain is not common. Your GP would like to find out why.',
      summary: 'Feeling ill or unwell with the back pain',
    },
    'recent-infection': {
      question: 'Have you recently had an infection somewhere else in your body, such as a bladder infection or an infected wound?',
      explanation: 'Very rarely, germs travel from an infection to the back.',
      summary: 'A recent infection elsewhere, such as a bladder or skin infection',
    },
    'age-onset': {
      question: 'Is this the first time you have had back pain, and are you under 20 or over 50?',
      explanation: 'Back pain for the first time is less common at these ages. Often nothing serious is wrong.',
      summary: 'Back pain for the first time under age 20 or over age 50',
    },
    'cancer-history': {
      question: 'Have you ever had cancer?',
      explanation: 'Even then, back pain is usually ordinary back pain. Your GP would still like to check it.',
      summary: 'Cancer now or in the past',
    },
    'cancer-now': {
      question: 'Are you having treatment for cancer now, or has the cancer spread to other parts of your body?',
      explanation: 'Your cancer care team wants to know about new back pain.',
      summary: 'Treatment for cancer now, or cancer that has spread',
    },
    'weight-loss': {
      question: 'Have you lost weight without trying?',
      explanation: 'Losing weight without trying can have many causes. Your GP would like to find the cause with you.',
      summary: 'Losing weight without trying',
    },
    'steroid-pills': {
      question: 'Have you taken steroid tablets, such as prednisolone, for more than 3 months?',
      explanation: 'Steroid tablets calm inflammation. Taking them for more than 3 months can make your bones weaker.',
      summary: 'Steroid tablets such as prednisolone for more than 3 months',
    },
    osteoporosis: {
      question: 'Do you have weak bones (osteoporosis)?',
      explanation: 'With osteoporosis, bones are less strong. They break more easily.',
      summary: 'Weak bones (osteoporosis)',
    },
    'low-immunity': {
      question: 'Is your immune system weak, because of an illness or medicines?',
      explanation: 'Your immune system protects you against infections. If it is weak, you get an infection more easily.',
      summary: 'A weak immune system',
    },
    'injecting-drugs': {
      question: 'Do you inject drugs?',
      explanation: 'An infection can get into the body through a needle. This is rare.',
      summary: 'Injecting drugs',
    },
    'night-pain': {
      question: 'Does the pain get worse when you lie still at night, whatever position you lie in?',
      explanation: 'Ordinary back pain usually eases when you rest or change position.',
      summary: 'Pain that gets worse when you lie still at night, in any position',
    },
    'morning-stiffness': {
      question: 'Since before age 45, has your back been stiff for over an hour every morning, easing as you move?',
      explanation: 'This is sometimes caused by inflammation of the joints in the back. Your GP can look into it.',
      summary: 'Stiff for over an hour every morning, since before age 45',
    },
    'back-swelling': {
      question: 'Do you see or feel a swelling on your back, or has the shape of your back changed?',
      explanation: 'A doctor would like to look at a new swelling or change in shape.',
      summary: 'A swelling, or a change in the shape of your back',
    },
    'severe-after-week': {
      question: 'Is the pain still very bad after a week, and is it not getting less?',
      explanation: 'Most back pain starts to ease within a week. If yours has not, your GP would like to check it.',
      summary: 'Still very bad pain after a week, not getting less',
    },
    'longer-than-6-weeks': {
      question: 'Have you had pain for more than 6 weeks that you have not yet discussed with a GP or physiotherapist?',
      explanation:
        'Most people are much better within 6 weeks. If you are not, your GP would like to talk with you about what can help. Have you talked about it already? Then answer no.',
      summary: 'Pain for more than 6 weeks, not yet talked about with a GP or physiotherapist',
    },
    pregnant: {
      question: 'Are you pregnant?',
      explanation: 'If you are, we ask a few more questions. Back and pelvic pain are common in pregnancy.',
      summary: 'Pregnant',
      advice:
        'Back and pelvic pain are common in pregnancy, and a physiotherapist can help. Physiotherapy is only paid for by a supplementary insurance policy. Do not take anti-inflammatory painkillers (NSAIDs) while you are pregnant, unless your doctor says so.',
    },
    'pregnancy-contractions': {
      question: 'Does the pain come and go in waves, or does your belly go hard?',
      explanation: 'This can be a sign of contractions.',
      summary: 'Pain in waves, or a belly that goes hard',
    },
    'pregnancy-blood-loss': {
      question: 'Are you losing blood or fluid from your vagina?',
      explanation: 'Your midwife wants to know about this.',
      summary: 'Losing blood or fluid',
    },
    'pregnancy-fever-peeing': {
      question: 'Do you have a fever, or does it hurt when you pee?',
      explanation: 'This can be an infection of the bladder or kidneys. In pregnancy, that needs a check.',
      summary: 'A fever, or pain when peeing',
    },
    'pregnancy-baby-moving-less': {
      question: 'Is your baby moving less than usual?',
      explanation: 'Your midwife wants to know about this.',
      summary: 'The baby moving less than usual',
    },
  },
  outcomes: {
    emergency: {
      label: 'Emergency',
      summary: 'One of your answers means you need help straight away. This is rare, and getting help quickly is the right step now.',
      phoneAdvice:
        'When you call, say that you have back pain. Say which of the signs below you have and when they started. Have your medicines or a list of them ready.',
    },
    urgent: {
      label: 'Today',
      summary: 'It does not mean that something serious is wrong, but it is best checked today.',
      phoneAdvice:
        'When you call, say that you have back pain and since when. Also say which of the signs below you have. They will tell you when to come.',
    },
    soon: {
      label: 'Within a few days',
      summary: 'Your GP would like to check your back pain, but it does not need to be today. Most back pain is not serious.',
      phoneAdvice:
        'When you call, say that you have back pain, since when, and which of the signs below you have. Then they know how soon you need to come.',
    },
    'self-care': {
      label: 'Self-care',
      summary:
        'Most people are much better within 6 weeks. Some pain often lasts longer. That is common, and usually not serious.',
      phoneAdvice: 'You do not need to call anyone now. If you have questions about painkillers, ask a pharmacist.',
    },
  },
  routes: {
    'call-112': {
      title: 'Call 112 now',
      actions: ['Call 112 now.', 'Do not drive yourself.', 'Do not wait, even if the pain eases for a while.'],
    },
    'gp-now-or-112': {
      title: 'Call your GP or the out-of-hours GP service now',
      actions: [
        'Call your GP now. In the evening, at night or at the weekend, call the out-of-hours GP service (huisartsenpost).',
        'If you cannot reach them, call 112.',
        'Do not wait, even if the pain eases for a while.',
      ],
    },
    '112-or-emergency-department': {
      title: 'Call 112 or go to the emergency department now',
      actions: [
        'Call 112, or go to the emergency department of a hospital now.',
        'Do not drive yourself. Ask someone to take you.',
        'Do not wait, even if the pain eases for a while.',
      ],
    },
    'treating-team-now': {
      title: 'Call your treating team now',
      actions: [
        'Call the 24-hour number of your treating team at the hospital now.',
        'If you cannot reach them, call your GP now. In the evening, at night or at the weekend, call the out-of-hours GP service (huisartsenpost).',
        'Do not wait until tomorrow.',
      ],
    },
    'midwife-now': {
      title: 'Call your midwife now',
      actions: ['Call your midwife now.', 'If you cannot reach your midwife, call the out-of-hours GP service (huisartsenpost).'],
    },
    'treating-team-today': {
      title: 'Contact your treating team or your GP today',
      actions: ['Call your treating team at the hospital today, or your GP.'],
      outOfHours: 'If they are closed, call the out-of-hours GP service (huisartsenpost).',
    },
    'gp-today': {
      title: 'Contact your GP today',
      actions: ['Call your GP today.'],
      outOfHours: 'If your GP is closed, call the out-of-hours GP service (huisartsenpost).',
    },
    'gp-soon': {
      title: 'Make an appointment with your GP within a few days',
      actions: [
        'Call your GP in the next few days to make an appointment.',
        'Until then, keep moving as much as you can, without forcing.',
        'A painkiller can take the edge off so you can keep moving. Do not expect it to take the pain away.',
      ],
    },
    'self-care': {
      title: 'You can look after your back yourself',
      actions: [
        'Keep moving and carry on with your daily activities as much as you can, without forcing.',
        'Avoid bed rest. If you really need to lie down, do it for 2 days at most.',
        'A painkiller can take the edge off so you can keep moving. Do not expect it to take the pain away.',
        'A warm shower or a heat pack can ease the pain for a while.',
        'Build up your daily activities step by step in the first week.',
        'Contact your GP if the pain is still very bad after a week and is not getting less.',
        'Is the pain not getting better after 3 to 4 weeks, or does it last longer than 6 weeks? Then see your GP or a physiotherapist. A physiotherapist is paid for only by a supplementary insurance policy.',
      ],
    },
  },
  yes: 'Yes',
  no: 'No',
  progress: (answered, total) => `${answered} of ${total} ${total === 1 ? 'question' : 'questions'} answered`,
  unanswered: 'You have not answered these questions yet:',
  incomplete: 'Answer all the questions to see what to do next. If an answer means you need help straight away, you will see this at once.',
  becauseHeading: 'You answered yes to:',
  noSigns: 'You answered no to all the warning signs.',
  worried: 'If you are worried, or the pain gets worse, contact your GP.',
  call112: 'Call 112',
  contactHeading: 'Your healthcare provider',
  callContact: (name) => `Call ${name}`,
  visitContact: (name) => `Visit the website of ${name}`,
  callOutOfHours: (number) => `If your GP is closed, call the out-of-hours service on ${number}.`,
  opensInNewTab: '(opens in a new tab)',
  startAgain: 'Start again',
  stepProgress: (step, total) => `Step ${step} of ${total}`,
  previous: 'Back',
  next: 'Next',
  showResult: 'Show advice',
  changeAnswers: 'Change your answers',
  chooseAnswer: 'Choose yes or no.',
};
