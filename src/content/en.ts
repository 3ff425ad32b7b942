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
    title: 'NHG-Standaard Aspecifieke lagerugpijn (M54) – Dutch GP guideline on non-specific low back pain',
    publisher: 'NHG',
    year: 2017,
  },
  'nhg-m55': {
    title: 'NHG-Standaard Lumbosacraal radiculair syndroom (M55) – Dutch GP guideline on sciatica',
    publisher: 'NHG',
  },
  'kngf-2021': {
    title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom – Dutch physiotherapy guideline on low back pain and sciatica',
    publisher: 'KNGF',
    year: 2021,
  },
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publisher: 'NICE',
    year: 2016,
  },
  'nhs-back-pain': {
    title: 'Back pain',
    publisher: 'NHS',
  },
  nts: {
    title: 'Nederlandse Triage Standaard – Dutch triage standard',
    publisher: 'Stichting NTS',
  },
};

export const redFlags: RedFlagsText = {
  title: 'Back pain: do I need to see a GP?',
  intro:
    'Answer these short yes/no questions about warning signs. It takes about 2 minutes. Most back pain is not serious, and these signs are rare. Your answers show how soon you should contact a doctor.',
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
      question: 'Do you have numbness, tingling or weakness in a leg that is not getting worse?',
      explanation:
        'This can happen when a nerve in your lower back is irritated. It often gets better by itself, but your GP wants to check your leg today.',
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
        'Did the pain start after a fall or a small accident, and do you have thin bones (osteoporosis) or have you taken steroid pills such as prednisone for a long time?',
      explanation: 'Thin bones can break more easily, even after a small fall. This is not common, but your GP wants to check it today.',
      summary: 'Pain after a fall or small accident, with thin bones or long use of steroid pills',
    },
    'sudden-severe-pain': {
      question: 'Are you over 50, and did very bad pain start suddenly in your back or belly that does not ease in any position?',
      explanation:
        'This is rare. Sudden, very bad pain like this can have a cause other than your back, so a doctor wants to check it straight away.',
      summary: 'Sudden, very bad pain in your back or belly that no position eases, over age 50',
    },
    fever: {
      question: 'Do you have a high temperature (fever), or do you feel unwell, as well as the back pain?',
      explanation: 'A fever with back pain is not common. Your GP wants to see you today to check for an infection.',
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
        'In people who have had cancer, back pain is usually ordinary back pain too. Your GP will still want to check it within a few days.',
      summary: 'Cancer now or in the past',
    },
    'steroids-immunity': {
      question:
        'Have you taken steroid pills such as prednisone for a long time, do you have thin bones (osteoporosis) or a weak immune system, or do you inject drugs?',
      explanation:
        'These can make bones more fragile or infections more likely. Your GP will want to check your back within a few days.',
      summary: 'Long use of steroid pills, thin bones, a weak immune system or injecting drugs',
    },
    'age-onset': {
      question: 'Is this the first time you have had back pain, and are you under 20 or over 50?',
      explanation: 'Back pain for the first time is less common at these ages. Your GP will want to check it within a few days.',
      summary: 'Back pain for the first time under age 20 or over age 50',
    },
    'night-pain': {
      question: 'Does the pain get worse when you rest and at night, whatever position you lie in?',
      explanation:
        'Ordinary back pain usually eases when you rest or change position. If yours does not, your GP will want to check it within a few days.',
      summary: 'Pain that gets worse at rest and at night, in any position',
    },
    'morning-stiffness': {
      question:
        'Is your back stiff for more than an hour in the morning, does it get better when you move, and did this start before you were 45?',
      explanation:
        'This pattern is sometimes caused by inflammation in the joints of the back. Your GP will want to check it within a few days.',
      summary: 'Stiff for more than an hour in the morning, better with movement, started before age 45',
    },
    'severe-after-week': {
      question: 'Is the pain still very bad after a week, and is it not getting less?',
      explanation: 'Most back pain starts to ease within a week. If yours has not, your GP can check it and help you keep moving.',
      summary: 'Still very bad pain after a week, not getting less',
    },
    'longer-than-6-weeks': {
      question: 'Have you had the pain for more than 6 weeks?',
      explanation: 'Most back pain is gone within 6 weeks. If yours lasts longer, it is good to see your GP.',
      summary: 'Pain for more than 6 weeks',
    },
  },
  outcomes: {
    emergency: {
      label: 'Emergency',
      title: 'Call 112 now, or call your GP or the out-of-hours GP service straight away',
      summary: 'One of your answers means a doctor needs to see you straight away. This is rare, and getting help quickly is the right thing to do.',
      actions: [
        'Call 112 now, or call your GP straight away.',
        'In the evening, at night or at the weekend, call the out-of-hours GP service (huisartsenpost).',
        'Do not wait to see if it gets better by itself.',
      ],
      phoneAdvice:
        'When you call, say that you have back pain, which of the signs below you have and when they started. If you can, have a list of your medicines ready.',
    },
    urgent: {
      label: 'Today',
      title: 'Contact your GP today',
      summary: 'Your answers mean your GP would like to see you today. It does not mean that something serious is wrong, but it is best checked soon.',
      actions: [
        'Call your GP today.',
        'If your GP is closed, for example in the evening or at the weekend, call the out-of-hours GP service (huisartsenpost).',
        'Call 112 if you cannot pass urine, get numbness between your legs, or weakness in your legs that gets worse.',
      ],
      phoneAdvice: 'When you call, say that you have back pain and which of the signs below you have. They will tell you when to come.',
    },
    soon: {
      label: 'Within a few days',
      title: 'Make an appointment with your GP within a few days',
      summary: 'Your answers show something your GP would like to check. It is not an emergency, and most back pain is not serious.',
      actions: [
        'Call your GP to make an appointment within the next few days.',
        'Until then, keep moving as normally as you can, without forcing.',
        'Painkillers such as paracetamol, taken at fixed times, can help you stay active.',
        'Call 112 or your GP straight away if you cannot pass urine, get numbness between your legs, or weakness in your legs that gets worse.',
      ],
      phoneAdvice: 'When you call, say that you have back pain and which of the signs below you have, so they can plan the right appointment.',
    },
    'self-care': {
      label: 'Self-care',
      title: 'You can look after your back yourself',
      summary: 'Most back pain gets better by itself, often within a few days and usually within 2 weeks.',
      actions: [
        'Keep moving and carry on with your daily activities as much as you can, without forcing.',
        'Avoid bed rest. If you really need to lie down, do it for 2 days at most.',
        'If you need painkillers to stay active, take them at fixed times: paracetamol first, then ibuprofen if that is not enough. Ask a pharmacist if you are not sure.',
        'Heat, such as a warm shower, can ease the pain for a while.',
        'Contact your GP if the pain is still very bad after a week, or is not getting better after 3 to 4 weeks.',
        'See your GP or a physiotherapist if you still have pain after 6 weeks.',
      ],
      phoneAdvice: 'You do not need to call anyone now. If you call your GP later, say how long you have had the pain and what you have tried.',
    },
  },
  yes: 'Yes',
  no: 'No',
  progress: (answered, total) => `${answered} of ${total} ${total === 1 ? 'question' : 'questions'} answered`,
  incomplete: 'Answer all the questions to see what to do next. If an answer means you need help straight away, you will see this at once.',
  becauseHeading: 'Because you answered yes to:',
  noSigns: 'You answered no to all the warning signs.',
  worried: 'If you are worried, or the pain gets worse, contact your GP.',
  call112: 'Call 112',
  contactHeading: 'Your healthcare provider',
  callContact: (name) => `Call ${name}`,
  visitContact: (name) => `Visit the website of ${name}`,
  startAgain: 'Start again',
  outcomeHeading: 'What to do',
};

export const lifting: LiftingText = {
  title: 'Looking after your back in daily life',
  intro:
    'These tips will not make your back heal faster. But they put less strain on your back, make daily life easier while it heals and can help stop the pain coming back.',
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
      title: 'Turning',
      tips: [
        'Try not to twist and bend your back at the same time.',
        'To pick up something behind you, stand up first, turn round, then bend your knees.',
        'Turn your whole body with your feet, rather than twisting your back.',
        'To get out of a car, turn your body and both legs towards the door together.',
        'Put your feet on the ground, hold on with your hands, then stand up.',
      ],
      illustration: 'A person getting out of a car turns their body and both legs towards the open door, with their feet on the ground.',
    },
    sitting: {
      title: 'Sitting',
      tips: [
        'Choose an upright chair with good support for your lower back, ideally with armrests.',
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
        'Push yourself up with your arms and legs, keeping your back fairly straight.',
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
        'If you think sport caused your back pain, talk to your trainer or a sports doctor.',
        'Stay fit by moving regularly, for example walking, cycling or swimming.',
        'Make time to relax, because stress makes your muscles tense.',
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
      when: 'Day 0 to 2',
      normal: 'The pain can be sharp or aching, and moving can be hard. Your back muscles may cramp. This is usually harmless.',
      helps: [
        'Keep moving gently, without forcing.',
        'Avoid bed rest. If you really need to lie down, do it for 2 days at most and get up now and then.',
        'Take painkillers at fixed times, not only when it hurts, so you can keep moving.',
        'Start with paracetamol. If that is not enough, add an anti-inflammatory painkiller such as ibuprofen.',
        'A warm shower or a heat pack can relax your muscles for a while.',
      ],
      contact:
        'You usually do not need to see your GP now. Call 112 or your GP straight away if you have a warning sign, such as problems passing urine or numbness between your legs.',
    },
    'first-week': {
      title: 'The first week',
      when: 'Day 3 to 7',
      normal: 'The pain often starts to ease. Some days are better than others.',
      helps: [
        'Start building up your daily activities again, step by step.',
        'Go back to work if you can, with lighter tasks for a while if needed.',
        'Change position often: stand up every 20 to 30 minutes.',
        'Keep taking painkillers at fixed times if you need them, and cut down when you can.',
      ],
      contact: 'Contact your GP if the pain is still very bad after a week and is not getting less.',
    },
    'weeks-2-6': {
      title: 'Weeks 2 to 6',
      when: 'Day 8 to 42 (week 2 to week 6)',
      normal: 'Most people are better, or much better, in this time. Some pain now and then is normal.',
      helps: [
        'Do your normal activities, work and hobbies again, building up bit by bit.',
        'Stay fit: walking, cycling and swimming are good choices.',
        'Stop taking painkillers step by step.',
        'Use the daily-life tips for lifting, turning and sitting.',
      ],
      contact:
        'If the pain is not getting better after 3 to 4 weeks, contact your GP or a physiotherapist. They can look at what might be slowing your recovery.',
    },
    'after-6-weeks': {
      title: 'After 6 weeks',
      when: 'Day 43 to 84 (week 7 to week 12)',
      normal: 'Only about 5 in 100 people still have pain after 6 weeks. In most of them it is still ordinary back pain, without damage.',
      helps: [
        'Keep moving and keep up your daily activities as much as you can.',
        'A physiotherapist can give you exercises that suit you.',
        'Build up your activity step by step, for example with a walking programme.',
        'Talk about worries, stress or fear of moving, because these can make pain last longer.',
      ],
      contact: 'See your GP if you have not done so already. Your GP or a physiotherapist can make a plan with you.',
    },
    'after-12-weeks': {
      title: 'After 12 weeks',
      when: 'From day 85 (more than 12 weeks)',
      normal:
        'Pain that lasts longer than 12 weeks (3 months) is called long-lasting, or chronic. It does not mean your back is damaged. When you spare your back, your muscles get weaker, and that can keep the pain going.',
      helps: [
        'Exercise therapy with a physiotherapist, built up to suit you.',
        'Cognitive behavioural therapy (CBT): a talking therapy that helps you deal with pain and fear of moving.',
        'Multidisciplinary rehabilitation: a programme with a team of different professionals.',
        'Keep walking or doing another activity every day, and build it up slowly.',
      ],
      contact: 'Talk to your GP or physiotherapist about which treatment suits you.',
    },
    recurrence: {
      title: 'If the pain comes back',
      when: 'At any time later',
      normal: 'Back pain often comes back: about 3 in 4 people get it again within a year. This is common and is not a bad sign.',
      helps: [
        'Do what helped you last time.',
        'Keep moving and avoid bed rest.',
        'Stay fit and keep using the daily-life tips.',
        'A physiotherapist can give you exercises to lower the chance of it coming back.',
      ],
      contact:
        'Contact your GP or a physiotherapist if the pain keeps coming back or does not get better as it did before. Always check the warning signs.',
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
        'In more than 9 in 10 people, there is no clear physical cause. The muscles, ligaments and joints in the back have had more strain than they could handle for a while. It often starts after a sudden awkward movement, a short time of heavy strain, sitting or working in an awkward position, or a small accident.',
        'In about 5 in 100 people there is a specific cause. Examples are a slipped disc pressing on a nerve (hernia), a narrowed spinal canal, a broken bone in the spine, an inflammatory disease of the back, an infection or a tumour.',
        'Serious causes are rare. In people with back pain, a broken bone is found in about 4 in 100, cancer in fewer than 1 in 100, pressure on the nerves at the bottom of the spine (cauda equina syndrome) in about 4 in 10,000 and an infection in about 1 in 10,000. This is why your GP asks about warning signs.',
      ],
    },
    'who-gets-it': {
      question: 'Who gets it?',
      answer: [
        'Anyone can get back pain. Some things make it more likely: heavy work and lifting (especially with twisting or straight legs), a lot of bending and twisting, sitting or standing in one position for a long time, repetitive work, sudden heavy effort, and vibration, for example from driving a lorry or using machines.',
        'Being overweight, moving little, weak back and belly muscles, stress and tiredness, smoking, pregnancy and getting older also play a part.',
        'You can change many of these things yourself.',
      ],
    },
    symptoms: {
      question: 'What are the symptoms?',
      answer: [
        'Sharp or aching pain low in your back. Moving can make it worse, for example walking, getting up from a chair or lifting something. Standing or sitting for a long time can hurt too.',
        'The pain can spread to your bottom or thigh. Some people feel stiff when they get up in the morning.',
        'When your back suddenly “goes”, the back muscles cramp and moving is hard for a while. This is usually harmless.',
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
        'Painkillers taken at fixed times can help you stay active. Heat, such as a warm shower, can ease the pain for a while. Try not to stay in bed.',
        'If the pain lasts, exercise therapy with a physiotherapist helps. Back belts, traction and injections do not help ordinary back pain.',
      ],
    },
    physiotherapist: {
      question: 'What can a physiotherapist do?',
      answer: [
        'A physiotherapist gives you advice and exercises that fit the problems you have when you move. If you are not sure what you can and cannot do, they can answer your questions.',
        'They help you get back to your daily activities and lower the chance of the pain coming back. The aim is that you know what to do yourself when your back hurts.',
      ],
    },
    'load-again': {
      question: 'When can I use my back normally again?',
      answer: [
        'After a few days to a week, you can slowly put more strain on your back again. Build up your normal activities step by step.',
        'Do a little more each day, without forcing. Some pain while you do this is normal and does not mean you are doing harm.',
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
        'If you are worried, always contact your GP.',
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
      text: 'Stay as active as you can and carry on with your daily activities and work, without forcing. Moving with pain does no harm, and not moving does more harm than good. Change position often or take a short walk. For now, avoid heavy housework, heavy lifting and staying in one position for a long time.',
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
      text: 'Many people find warmth pleasant. A warm shower, a heat pack or a hot-water bottle can relax your muscles and ease the pain for a while.',
    },
    relax: {
      title: 'Relax',
      text: 'Stress makes your muscles tense, and that can make back pain worse. Take moments to rest and relax during the day. Gentle, relaxing exercises can help loosen tight muscles.',
    },
    'build-up': {
      title: 'Build up step by step',
      text: 'After about a week, start to build up your daily activities again, a little more each day. Go back to work if you can, with lighter tasks for a while if needed. Stay fit by walking, cycling or swimming.',
    },
  },
  acute: {
    title: 'When your back suddenly “goes”',
    whatHappens: [
      'When your back “goes”, the muscles in your back suddenly cramp. This is called a muscle spasm. It is usually harmless and gets better.',
      'You may feel a sharp, stabbing pain or a cramp, like cramp in your calf. Moving can be hard for a while.',
      'Your body tries to protect the painful spot by changing how you stand and move. Other muscles then tense up too, and the pain can spread to your hips or legs.',
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
        text: 'Stand and walk upright but relaxed, without tensing your back. Change position often.',
      },
    },
  },
  whenToContact: {
    title: 'When to contact your GP',
    text: 'Contact your GP if the pain is still very bad after a week, is not getting better after 3 to 4 weeks, or lasts longer than 6 weeks. Call 112 or your GP straight away if you have a warning sign, such as problems passing urine, numbness between your legs or weakness in your legs that gets worse. If you are worried, always contact your GP.',
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
      text: 'These help some people a little, often only for a short time.',
    },
    'advised-against': {
      title: 'Not advised',
      text: 'These do not help ordinary low back pain, and some can even make things worse. Guidelines advise against them.',
    },
  },
  items: {
    'keep-active': {
      name: 'Staying active',
      why: 'Carrying on with daily life and work as much as you can helps you recover and lowers the chance that the pain lasts.',
    },
    painkillers: {
      name: 'Painkillers',
      why: 'Paracetamol first, then an anti-inflammatory such as ibuprofen, taken at fixed times, help you keep moving.',
    },
    'exercise-therapy': {
      name: 'Exercise therapy',
      why: 'Exercises with a physiotherapist help, especially when pain lasts or to stop it coming back.',
    },
    'behavioural-therapy': {
      name: 'Cognitive behavioural therapy (CBT)',
      why: 'This talking therapy helps with long-lasting pain and fear of moving.',
    },
    multidisciplinary: {
      name: 'Multidisciplinary rehabilitation',
      why: 'A programme with a team of different professionals helps people with long-lasting pain.',
    },
    heat: {
      name: 'Heat',
      why: 'A warm shower or heat pack feels good and eases the pain, but only for a short time.',
    },
    'manual-therapy': {
      name: 'Manual therapy (manipulation)',
      why: 'It gives a small gain for a short time, and should only be done by a trained therapist.',
    },
    massage: {
      name: 'Massage',
      why: 'A light massage can feel good but is not a real treatment; never let someone without training work on your spine.',
    },
    acupuncture: {
      name: 'Acupuncture',
      why: 'Studies disagree: some find that it helps, others find little or no effect.',
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
      why: 'Heating the nerves of the small joints in the spine is not advised for ordinary back pain.',
    },
    intradiscal: {
      name: 'Intradiscal heat treatment',
      why: 'Heating the discs between the bones of the spine is not advised for ordinary back pain.',
    },
    surgery: {
      name: 'Surgery',
      why: 'Ordinary low back pain is never a reason for an operation.',
    },
    scans: {
      name: 'Routine X-rays and scans',
      why: 'Scans do not help you recover, and they often show normal changes that are not the cause of your pain.',
    },
  },
  decideTogether: 'Your GP or physiotherapist will decide together with you which treatment suits you best.',
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
  lastingHeading: 'Does your back pain last longer than a few weeks?',
  lastingIntro: 'Some things make it more likely that back pain lasts. Tick what applies to you.',
  lasting: {
    'fear-of-moving': 'I am afraid that moving will make the pain worse or damage my back',
    'low-mood': 'I often feel low or down',
    worry: 'I worry a lot about my back pain and how it will turn out',
    'passive-coping': 'I mostly rest and wait for the pain to go away by itself',
    'work-stress': 'I have stress or problems at work, or I do not enjoy my work',
    'earlier-episodes': 'I have had back pain before',
    'much-limitation': 'The pain stops me doing many of my daily activities',
    'leg-pain': 'I also have pain in my leg',
  },
  lastingAdvice:
    'These things are common, and many people with back pain have them. They can make pain last longer, but good help is available, such as exercise therapy or a talking therapy. Talk about them with your GP or physiotherapist.',
  clear: 'Clear all ticks',
};

export const walking: WalkingText = {
  title: 'Walking programme for long-lasting back pain',
  intro:
    'This programme is for long-lasting back pain without a clear cause. You walk three times a day. You start with a time you can easily manage, and add about 10% each week (at least 1 minute) until you reach your goal.',
  why: 'When you spare your back, your muscles get weaker and your back can bear less. Walking is a natural way to slowly build up what your back can bear, so daily activities become easier again.',
  checkRedFlags: 'Before you start, check the warning signs. If you have any, see your GP first.',
  startLabel: 'Starting time per walk (minutes)',
  startHint: 'Choose a time you can easily manage, even on a bad day.',
  goalLabel: 'Goal per walk (minutes)',
  goalHint: 'How long you would like to be able to walk in the end, for example 30 minutes.',
  startDateLabel: 'Start date',
  outOfRange: (min, max) => `Choose a number from ${min} to ${max} minutes.`,
  startAboveGoal: 'Your starting time is longer than your goal. Choose a shorter start or a longer goal.',
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
      myth: 'You should always keep your back straight and tense to protect it.',
      fact: 'Keeping your back straight and tense all the time does not help. Relaxing your back often feels better.',
      why: 'This idea came from an old study. Controlling every movement is tiring and makes you afraid of a “wrong” move, and that fear is bad for back pain. Core-stability exercises for your back and belly muscles can help, because they make you fitter in general.',
    },
    'bed-rest': {
      myth: 'When your back hurts, you should rest in bed.',
      fact: 'Bed rest does not help. Staying active helps you recover.',
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
      myth: 'With back pain, it is best not to move.',
      fact: 'Keep moving, without forcing.',
      why: 'Not moving does more harm than good. Your muscles get weaker and the pain can last longer. People who stay active recover better.',
    },
    'only-physical': {
      myth: 'Back pain is only physical.',
      fact: 'Stress and worry play a part, especially in pain that lasts.',
      why: 'Stress makes your muscles tense and makes you more sensitive to pain. Worry and fear of moving can make pain last longer. This does not mean the pain is in your head: the pain is real.',
    },
    'belt-helps': {
      myth: 'A back belt or corset supports your back and helps it heal.',
      fact: 'Corsets, belts and other back supports are advised against.',
      why: 'They do not help ordinary low back pain. Moving and exercise help your back, and a belt does not.',
    },
    'surgery-fixes': {
      myth: 'An operation will fix my back pain.',
      fact: 'Ordinary low back pain is never a reason for an operation.',
      why: 'Surgery does not help ordinary (non-specific) low back pain. Most back pain gets better by itself, and staying active and exercise are what help.',
    },
  },
};
