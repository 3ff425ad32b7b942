import type { FaqText } from '../types.js';

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
