/**
 * English patient content (plain English, addressing the reader as "you", NHS style).
 * One named export per section so that bundlers can tree-shake per widget.
 * Facts come from /shared/domain/back-pain-facts.md and the seed texts; clinical rules
 * (urgency, day ranges, groups) live in ./structure.ts.
 */
import type {
  CommonText,
  ContentMeta,
  FaqText,
  LiftingText,
  MythsText,
  RedFlagsText,
  RiskFactorsText,
  SelfCareText,
  Source,
  TimelineText,
  TreatmentsText,
  WalkingText,
} from './types.js';
import type { SourceId } from './structure.js';

// Written out, not imported: this file must not import runtime code, so that it loads as
// one standalone chunk. A test checks that every language has the same dates.
export const meta: ContentMeta = { reviewed: '2026-11-22', nextReview: '2027-11-22' };

export const common: CommonText = {
  sourcesHeading: 'Sources',
  reviewedLabel: 'Last reviewed',
  disclaimer: 'This information does not replace your GP and is not a diagnosis.',
};

export const sources: Record<SourceId, Source> = {
  'nhg-m54': {
    title: 'NHG-Standaard Aspecifieke lagerugpijn (M54)',
    titleLang: 'nl',
    about: 'Dutch GP guideline on non-specific low back pain',
    publisher: 'NHG',
    year: 2017,
  },
  'nhg-m55': {
    title: 'NHG-Standaard Lumbosacraal radiculair syndroom (M55)',
    titleLang: 'nl',
    about: 'Dutch GP guideline on sciatica',
    publisher: 'NHG',
  },
  'kngf-2021': {
    title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom',
    titleLang: 'nl',
    about: 'Dutch physiotherapy guideline on low back pain and sciatica',
    publisher: 'KNGF',
    year: 2021,
  },
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    titleLang: 'en',
    publisher: 'NICE',
    year: 2016,
  },
  'nhs-back-pain': { title: 'Back pain', titleLang: 'en', publisher: 'NHS' },
  nts: { title: 'Nederlandse Triage Standaard', titleLang: 'nl', about: 'Dutch triage standard', publisher: 'Stichting NTS' },
};

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
        'Call 112 or your GP straight away if you cannot pass urine or control your bladder or bowels, get numbness between your legs, or get weakness in your legs that gets worse.',
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
        'Call 112 or your GP straight away if you cannot pass urine or control your bladder or bowels, get numbness between your legs, or get weakness in your legs that gets worse.',
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
  startAgain: 'Start again',
};

export const lifting: LiftingText = {
  title: 'Looking after your back in daily life',
  intro:
    'These tips make lifting, sitting and getting up easier. They will not make your back heal faster, but they can help stop the pain coming back.',
  topics: {
    lifting: {
      title: 'Lifting',
      tips: [
        'Bend your knees and lift with your legs, not with your back.',
        'Keep your back fairly straight as you lift.',
        'Hold the load close to your body, not with your arms stretched out.',
        'Do not twist your back while you lift or carry something.',
        'Do not lift too much at once.',
        'When you carry something a long way, stop and rest on the way.',
      ],
      illustration: 'A person bends their knees and holds a box close to their body.',
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
      illustration: 'A person getting out of a car turns their body and both legs towards the open door, with their feet on the ground.',
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
      illustration: 'A person sits on the front edge of a chair, with one foot under it and one forward, and pushes up on the armrests.',
    },
    bed: {
      title: 'Getting out of bed',
      tips: [
        'Roll onto your side first.',
        'Swing your legs over the edge of the bed.',
        'Push yourself up sideways with both arms until you are sitting.',
        'To lie down, do the same steps the other way round.',
      ],
      illustration: 'A person lies on their side at the edge of the bed, with their legs over the edge, and pushes up with both arms.',
    },
    sleeping: {
      title: 'Sleeping',
      tips: [
        'Lie on your back with a few pillows under your knees.',
        'Or lie on your side with your knees bent halfway up.',
        'Choose the position that feels most comfortable for your back.',
      ],
      illustration: 'Two sleeping positions: a person on their back with pillows under their knees, and a person on their side with their knees half bent.',
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

export const timeline: TimelineText = {
  title: 'How back pain usually goes',
  intro:
    'Most back pain gets better by itself, often within a few days and usually within 2 weeks. This timeline shows what is normal at each stage, what helps and when to get help.',
  phases: {
    'first-days': {
      title: 'The first days',
      when: 'Day 0 to 2 (day 0 is the day the pain started)',
      normal: 'The pain can be sharp or aching, and moving can be hard. Your back muscles may cramp. This is usually harmless.',
      helps: [
        'Keep moving gently, without forcing.',
        'Avoid bed rest. If you really need to lie down, do it for 2 days at most and get up now and then.',
        'Take painkillers at fixed times, not only when it hurts, so you can keep moving.',
        'Start with paracetamol. If that is not enough, add an anti-inflammatory painkiller such as ibuprofen.',
        'A warm shower or a heat pack can relax your muscles for a while.',
      ],
      contact:
        'You usually do not need to see your GP now. Call 112 or your GP straight away if you have problems passing urine, numbness between your legs, or weakness in your legs that gets worse.',
    },
    'first-week': {
      title: 'The rest of the first week',
      when: 'Day 3 to 7',
      normal: 'The pain usually starts to ease slowly. Some movements may still hurt. This does not mean anything is being damaged.',
      helps: [
        'Start building up your daily activities again, step by step.',
        'Go back to work if you can, with lighter tasks for a while if needed.',
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
        'Lift with your legs, and stand up regularly if you sit for a long time.',
      ],
      contact:
        'If the pain is not getting better after 3 to 4 weeks, contact your GP or a physiotherapist. They can look at what might be slowing your recovery.',
    },
    'after-6-weeks': {
      title: 'After 6 weeks',
      when: 'Day 43 to 84 (week 7 to week 12)',
      normal:
        'About 5 in 100 people still have pain after 6 weeks. Usually it is still ordinary back pain, without damage. And there is help that works.',
      helps: [
        'Keep moving and keep up your daily activities as much as you can.',
        'Exercise therapy with a physiotherapist helps you get stronger and fitter.',
        'Do not avoid movements because you fear pain: that fear often keeps the pain going.',
        'Talk about worries or stress, for example with your GP.',
      ],
      contact: 'See your GP if you have not done so already. Your GP or a physiotherapist can make a plan with you.',
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
      contact: 'Talk to your GP or physiotherapist about which treatment suits you.',
    },
    recurrence: {
      title: 'If the pain comes back',
      when: 'At any time later',
      normal: 'Back pain often comes back: about 3 in 4 people get it again within a year. This is common and is not a bad sign.',
      helps: [
        'Do what helped you last time.',
        'Keep moving and build up calmly.',
        'Keep your back fit with walking, cycling or swimming.',
        'Exercise therapy can help stop new back pain.',
      ],
      contact:
        'Does the pain keep coming back, or is it not getting better like last time? Then contact your GP or a physiotherapist. If you have a warning sign, contact your GP.',
    },
  },
  normalHeading: 'What is normal',
  helpsHeading: 'What helps now',
  contactHeading: 'When to get help',
  youAreHere: 'You are here',
  dayCount: (day) => {
    if (day === 0) return 'Day 0: the pain started today';
    if (day === 1) return 'Day 1: the pain started yesterday';
    return `Day ${day} since the pain started`;
  },
};

export const faq: FaqText = {
  title: 'Questions about low back pain',
  items: {
    'what-is-it': {
      question: 'What is low back pain?',
      answer: [
        'Low back pain is pain in your lower back, between your lowest ribs and the fold under your buttocks. The pain can spread to your bottom or thigh.',
        'It can come on suddenly, which people call lumbago or “putting your back out”. It can also come on slowly.',
        'In most people it is not caused by a disease or by damage. Doctors call this non-specific low back pain.',
      ],
    },
    'how-common': {
      question: 'How common is it?',
      answer: [
        'Very common. About 4 in 5 people have low back pain at some time in their life. In people aged 35 to 64, it is about 7 in 10.',
        'Some people have it only once. For others it comes back now and then.',
      ],
    },
    causes: {
      question: 'What causes it?',
      answer: [
        'In more than 9 in 10 people, there is no clear physical cause. The muscles, ligaments and joints in the back have probably had more strain than they could handle for a while. It is not a disease, and usually nothing is damaged.',
        'In about 5 in 100 people there is a specific cause. Examples are a slipped disc pressing on a nerve (hernia), a narrowed spinal canal, a broken bone in the spine, an inflammatory disease of the back, an infection or a tumour.',
        'Serious causes are rare. In people with back pain, a broken bone is found in about 4 in 100, cancer in fewer than 1 in 100, pressure on the nerves at the bottom of the spine (cauda equina syndrome) in about 4 in 10,000 and an infection in about 1 in 10,000. This is why your GP asks about warning signs.',
      ],
    },
    'who-gets-it': {
      question: 'Who gets it?',
      answer: [
        'Anyone can get back pain. Some things make it more likely: heavy work and lifting (especially with twisting or straight legs), a lot of bending and twisting, sitting or standing in one position for a long time, repetitive work, sudden heavy effort, and vibration, for example from driving a lorry or using machines.',
        'Being overweight, moving little, weak back and belly muscles, stress and tiredness, smoking, pregnancy and getting older also play a part.',
        'You can change many of these things yourself. The daily-life tips can help.',
      ],
    },
    symptoms: {
      question: 'What are the symptoms?',
      answer: [
        'Sharp or aching pain low in your back. Moving can make it worse, for example walking, getting up from a chair or lifting something. Standing or sitting for a long time can hurt too.',
        'The pain can spread to your bottom or thigh. Some people feel stiff when they get up in the morning.',
        'Does the pain spread to below your knee? Then a nerve may be irritated. This is called sciatica.',
      ],
    },
    'how-long': {
      question: 'How long does it last?',
      answer: [
        'Most back pain gets better by itself. It often goes within a few days and usually within 2 weeks. It rarely lasts longer than 6 weeks: about 5 in 100 people still have pain after 6 weeks.',
        'Pain that lasts longer than 12 weeks (3 months) is called long-lasting, or chronic.',
        'Pain from a nerve that spreads down one leg (sciatica) can take longer. About 3 in 4 people with sciatica are better within 3 months, without an operation.',
      ],
    },
    scan: {
      question: 'Do I need an X-ray or a scan?',
      answer: [
        'Usually not. For ordinary back pain, X-rays and MRI scans do not help you get better.',
        'Scans often show changes, such as discs that look worn, in people who have no pain at all. So a scan can worry you without explaining your pain.',
        'Your GP will only arrange a scan if there may be a specific cause.',
      ],
    },
    'what-helps': {
      question: 'What helps?',
      answer: [
        'The most important thing is to keep moving and carry on with your daily activities and work as much as you can, without forcing. Moving with pain does no harm. Not moving does more harm than good.',
        'Painkillers taken at fixed times can help you stay active. Heat, such as a warm shower, can ease the pain for a while.',
        'If the pain lasts, exercise therapy, cognitive behavioural therapy (CBT) or rehabilitation can help. Bed rest, back belts and surgery do not help ordinary back pain.',
      ],
    },
    physiotherapist: {
      question: 'What can a physiotherapist do?',
      answer: [
        'A physiotherapist gives you advice and exercises that fit the problems you have when you move. If you are not sure what you can and cannot do, they can answer your questions.',
        'They help you get back to your daily activities. The aim is also that you know what to do yourself if your back hurts again.',
        'Exercise therapy helps most when pain lasts, and to stop it coming back. Which exercises you do matters less. They should suit you and be challenging enough.',
      ],
    },
    'load-again': {
      question: 'When can I use my back normally again?',
      answer: [
        'Keep moving gently from the start. In the first week, build up your normal activities again step by step.',
        'Do a little more each day, without forcing. Some pain while you do this is normal. Moving with pain does no harm.',
        'Go back to work if you can, with lighter tasks for a while if needed.',
      ],
    },
    recurrence: {
      question: 'Will it come back?',
      answer: [
        'It might. About 3 in 4 people have back pain again within a year. This is common and is not a bad sign.',
        'If it comes back, do what helped you last time. Staying fit, exercise and the daily-life tips for lifting and sitting can lower the chance of it coming back.',
      ],
    },
    'when-gp': {
      question: 'When should I see my GP?',
      answer: [
        'Call 112 or your GP straight away if you cannot pass urine or lose control of your bladder or bowels, have numbness between your legs, or weakness in your legs that gets worse.',
        'Contact your GP if the pain is still very bad after a week, is not getting better after 3 to 4 weeks, or lasts more than 6 weeks. Also contact your GP if you have other warning signs, such as a fever or numbness in a leg.',
        'Not sure? Do the check ‘Do I need to see a GP?’. If you are worried, always contact your GP.',
      ],
    },
  },
  filterLabel: 'Search the questions',
  matches: (count) => (count === 1 ? '1 question found' : `${count} questions found`),
  noMatches: 'No questions found. Try another word.',
};

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
    text: 'Contact your GP if the pain is still very bad after a week and is not getting less, is not getting better after 3 to 4 weeks, or lasts longer than 6 weeks. If you have a fever with the back pain, call your GP the same day. Call 112 or your GP straight away if you have a warning sign, such as problems passing urine, numbness between your legs or weakness in your legs that gets worse. If you are worried, you can always call your GP.',
  },
  redFlagsLink: 'Check the warning signs: do I need to see a GP?',
};

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

export const riskFactors: RiskFactorsText = {
  title: 'What makes back pain more likely?',
  intro: 'Tick what applies to you and get tips you can use. You can change many of these things yourself.',
  riskHeading: 'What applies to you?',
  factors: {
    'heavy-lifting': {
      label: 'I lift a lot or lift heavy things, for example at work',
      tip: 'Bend your knees and lift from your legs, with the load close to your body. Do not lift too much at once.',
    },
    'twisting-bending': {
      label: 'I often twist and bend my back',
      tip: 'Try not to twist and bend at the same time. Turn your whole body with your feet first, then bend your knees.',
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
      tip: 'Moving more and losing some weight lowers the strain on your back. Your GP can support you.',
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
  noneTicked: 'You have not ticked anything. Staying active, lifting with your legs and changing position often all help to keep your back healthy.',
  lastingHeading: 'What can make back pain last longer?',
  lastingIntro:
    'Some things make it more likely that back pain lasts. Tick what applies to you. Then you know what to talk about with your GP or physiotherapist.',
  lasting: {
    'fear-of-moving': 'I am afraid that moving will make the pain worse or damage my back',
    'low-mood': 'I often feel low or down',
    worry: 'I worry a lot about my back pain and how it will turn out',
    'passive-coping': 'I mostly rest and wait for the pain to go away by itself',
    'work-stress': 'I have heavy work, stress at work, or I do not enjoy my work',
    'earlier-episodes': 'I have had back pain before',
    'much-limitation': 'The pain stops me doing many of my daily activities',
    'leg-pain': 'I also have pain in my leg',
  },
  lastingAdvice:
    'These things are common in people with back pain. You can still recover well. Help is available, such as exercise therapy or a talking therapy (CBT). Talk about them with your GP or physiotherapist, especially if the pain is not getting less after 3 to 4 weeks.',
  clear: 'Clear all ticks',
};

export const walking: WalkingText = {
  title: 'Walking programme for long-lasting back pain',
  intro:
    'This programme is for long-lasting back pain without a clear cause. You walk three times a day. You start with a time you can easily manage, and add about 10% each week (at least 1 minute) until you reach your goal.',
  why: 'When pain lasts, people often start to spare their back. Then the muscles get weaker, and your back can bear less. Walking changes that: step by step, your back can bear more again.',
  checkRedFlags: 'First do the check ‘Do I need to see a GP?’. If you have a warning sign, talk to your GP first.',
  startLabel: 'Starting time per walk (minutes)',
  startHint: 'Choose a time you can easily manage, even on a bad day.',
  goalLabel: 'Goal per walk (minutes)',
  goalHint: 'How long you would like to be able to walk in the end, for example 30 minutes.',
  startDateLabel: 'Start date',
  outOfRange: (min, max) => `Choose a whole number of minutes from ${min} to ${max}.`,
  startAboveGoal: 'Your starting time is longer than your goal. Choose a shorter start or a longer goal.',
  planNeedsInput: 'Fill in valid minutes above. Then you will see your plan here.',
  planHeading: 'Your walking plan',
  weekLabel: (week) => `Week ${week}`,
  walksPerDay: (timesPerDay, minutes) =>
    `Walk ${timesPerDay === 1 ? 'once' : `${timesPerDay} times`} a day for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
  badDay: 'On a bad day, go back a step to the time of the week before, rather than stopping. Carry on building up when you feel better.',
  painkillers: 'If the pain makes walking hard, you may take painkillers to keep it up. Ask your GP or a pharmacist which painkiller suits you.',
  print: 'Print the plan',
  download: 'Download for your calendar',
  calendarTitle: (minutes) => `Walk for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
  calendarDescription:
    'Part of your walking programme for back pain: walk three times today at an easy pace. On a bad day, go back a step rather than stopping.',
  calendarFileName: 'walking-plan.ics',
};

export const myths: MythsText = {
  title: 'Back pain: myths and facts',
  intro: 'Many things people say about back pain are not true. Test what you know.',
  mythLabel: 'Myth',
  factLabel: 'Fact',
  reveal: 'Show the fact',
  hide: 'Hide the fact',
  revealAll: 'Show all facts',
  hideAll: 'Hide all facts',
  items: {
    'straight-back': {
      myth: 'I should always keep my back straight and tense to protect it.',
      fact: 'Keeping your back straight and tense all the time does not help. Relaxing your back often feels better.',
      why: 'This idea came from an old study that was misread. Controlling every movement is tiring and makes you afraid of a “wrong” move. Exercises for your back and belly muscles can help, because they make you stronger and fitter.',
    },
    'bed-rest': {
      myth: 'When my back hurts, I should stay in bed.',
      fact: 'Keep moving as much as you can. Bed rest is not needed.',
      why: 'Lying in bed makes your back stiff, makes your muscles weaker and slows recovery. If you really need to lie down, do it for 2 days at most.',
    },
    'scan-shows-cause': {
      myth: 'A scan will show what is wrong with my back.',
      fact: 'For most back pain, a scan does not show the cause.',
      why: 'Many people without any back pain have discs that look worn on a scan. A scan does not help you get better, so it is only useful if your doctor thinks there may be a specific cause.',
    },
    'pain-means-damage': {
      myth: 'Back pain means my back is damaged.',
      fact: 'Back pain usually does not mean damage.',
      why: 'In more than 9 in 10 people there is no clear physical cause, and no disease or lasting damage. Moving with pain does no harm, even if it hurts for a while.',
    },
    'dont-move': {
      myth: 'With back pain, I should not move.',
      fact: 'Keep moving: it helps, as long as you do not force anything.',
      why: 'Not moving does more harm than good. People who avoid movements because they fear pain often have pain for longer.',
    },
    'only-physical': {
      myth: 'My back pain is only about my body.',
      fact: 'Stress and worry play a part, especially in pain that lasts.',
      why: 'Stress, worry and a hard time at work make you more sensitive to pain. This does not mean the pain is in your head: the pain is real. Relaxing and moving help.',
    },
    'belt-helps': {
      myth: 'A back belt or corset will help my back.',
      fact: 'Corsets, back belts and other supports are advised against for ordinary back pain.',
      why: 'Research shows that they do not help. Staying active and exercise do help.',
    },
    'surgery-fixes': {
      myth: 'An operation will fix my back pain.',
      fact: 'Ordinary low back pain is never a reason for an operation.',
      why: 'In ordinary back pain there is no clear cause that a surgeon can remove. Even sciatica, pain that spreads down the leg, gets better without an operation in 3 in 4 people within 3 months. Staying active and exercise therapy do help.',
    },
  },
};
