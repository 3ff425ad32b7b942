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
        'In about 5 in 100 people there is a specific cause. One example is a slipped disc (hernia). A cushion between two bones of the spine then bulges and presses on a nerve. Other causes are a narrowing where the nerves run, or a broken bone in the spine. An inflammation of the back, an infection or a tumour is also possible.',
        'Serious causes are rare. A broken bone in the spine is the most common: about 1 to 4 in 100 people with back pain. These are mostly older people with weak bones. Cancer is the cause in fewer than 1 in 100. An infection or serious pressure on the nerves at the bottom of the spine is very rare. This is why your GP asks about warning signs.',
      ],
    },
    'who-gets-it': {
      question: 'Who gets it?',
      answer: [
        'Anyone can get low back pain. Some things make it more likely. For example heavy work and a lot of lifting, or often twisting and bending. Or sitting or standing in one position for a long time. Also making the same movement over and over, or sudden heavy effort. And a lot of vibration, such as in a lorry.',
        'Being overweight, moving little, weak back and belly muscles, stress, smoking, pregnancy and getting older also play a part.',
        'You can change many of these things yourself. Moving regularly helps most.',
      ],
    },
    symptoms: {
      question: 'What are the symptoms?',
      answer: [
        'Usually a sharp or aching pain low in your back. Moving often hurts, for example getting up from a chair, walking or lifting something. Standing or sitting for a long time can hurt too.',
        'The pain can spread to your bottom or thigh. Your back may feel stiff in the morning.',
        'Does the pain spread to below your knee? Then a nerve may be irritated. This is called sciatica.',
      ],
    },
    'how-long': {
      question: 'How long does it last?',
      answer: [
        'Most back pain gets better by itself. Most people are much better within 6 weeks. About 1 in 3 people have fully recovered at 3 months.',
        'Some pain or stiffness often lasts longer. That is common and usually not serious. So you are not the exception.',
        'Does the pain last longer than 12 weeks (3 months)? Then it is called long-lasting, or chronic.',
        'Sciatica is pain that spreads from the back down your leg. It can take longer. In 3 in 4 people, sciatica is gone within 3 months, without an operation.',
      ],
    },
    sciatica: {
      question: 'What is sciatica?',
      answer: [
        'With sciatica, pain spreads from your back down one leg, often to below the knee. A nerve in the back is irritated or trapped, for example by a slipped disc (hernia). The pain in the leg is often worse than in the back. Your leg may also feel numb or tingle.',
        'Sciatica usually gets better by itself. In 3 in 4 people, the pain is gone within 3 months, without an operation. Keep moving as much as you can.',
        'Does the pain spread to below your knee, or is your leg numb? Then make an appointment with your GP within a few days. Has one leg become weak, for example your foot drags? Then call your GP the same day.',
      ],
    },
    scan: {
      question: 'Do I need an X-ray or a scan?',
      answer: [
        'For ordinary low back pain, an X-ray or MRI scan is not needed. It does not help you get better faster.',
        'Scans often show changes, also in people who have no pain at all. These are normal changes that come with age, like grey hair. So what a scan shows says little about where your pain comes from.',
        'Does your GP have a reason to look further? Then your GP can arrange extra tests.',
      ],
    },
    'scan-useful': {
      question: 'When is a scan useful?',
      answer: [
        'A scan is useful if your GP thinks of a serious cause. For example a broken bone in the spine, an infection or cancer. This is rare.',
        'A scan is also useful if an operation may be needed. For example with a slipped disc and bad leg pain that does not go away. The scan then shows what a surgeon can do.',
        'In other cases a scan does not change the treatment. So your GP will not arrange one then.',
      ],
    },
    'what-helps': {
      question: 'What helps?',
      answer: [
        'The most important advice: keep moving, without forcing yourself. Carry on with your daily activities as much as you can. Moving with pain does no harm. Sitting or lying still does more harm than good.',
        'Painkillers help little. A painkiller can take the edge off the pain so you can keep moving. Do not expect it to take the pain away. Heat can feel good.',
        'Does the pain last? Then exercise therapy, cognitive behavioural therapy (CBT) or rehabilitation can help. Bed rest, back belts and surgery do not help ordinary back pain.',
      ],
    },
    physiotherapist: {
      question: 'What can a physiotherapist do?',
      answer: [
        'A physiotherapist gives you advice and exercises that fit the movements you find hard. Not sure what you can and cannot do? Then ask the physiotherapist. Physiotherapy is only paid for by a supplementary insurance policy.',
        'The aim is that you can do your daily activities again. And that you know what to do yourself if your back hurts again.',
        'Exercise therapy helps most when pain lasts, and to stop it coming back. Which exercises you do matters less. They should suit you and be challenging enough.',
      ],
    },
    'load-again': {
      question: 'When can I do more again?',
      answer: [
        'Keep moving gently from the start. In the first week, build up your normal activities again step by step.',
        'Do a little more each day, without forcing. Some pain while you do this is normal. Moving with pain does no harm.',
        'Go back to work if you can, with adapted tasks for a while if needed.',
      ],
    },
    work: {
      question: 'Can I keep working with back pain?',
      answer: [
        'Usually you can. Staying at work helps you recover. Have you stayed at home? Then go back to work as soon as you can. You do not need to wait until the pain has gone.',
        'Is your normal work still too hard? Then do other or lighter tasks first. For example less lifting, or changing position more often.',
        'Talk to your employer about what you can do now. In the Netherlands, the company doctor (bedrijfsarts) can help adapt your work. In Belgium, the occupational doctor (arbeidsarts) does this.',
      ],
    },
    recurrence: {
      question: 'Can back pain come back?',
      answer: [
        'Yes, this happens often. About half of people have back pain again within a year: in studies, 33 to 69 in 100 people. This is not a bad sign.',
        'If it comes back, do what helped you last time. Keep moving and build up calmly.',
        'Stay fit afterwards too: regular exercise lowers the chance of the pain coming back. Does the pain come back often? A physiotherapist can give you exercises that suit you. Physiotherapy is only paid for by a supplementary insurance policy.',
      ],
    },
    pregnancy: {
      question: 'I am pregnant and have back pain. What can I do?',
      answer: [
        'Back pain is common in pregnancy. Moving is good then too. Stay active in a way that feels comfortable, for example walking or swimming. A warm shower can relax your muscles.',
        'Sleep on your side with your knees half bent. Do not lift too much at once, and keep the load close to your body.',
        'Do you want a painkiller? Then first ask your midwife, GP or pharmacist what is safe. Do not take anti-inflammatory painkillers such as ibuprofen or naproxen unless your doctor says so.',
        'After pregnancy too, ask for advice before you take an anti-inflammatory. Especially if you have a stomach ulcer, kidney or heart disease, high blood pressure or asthma. And if you are over 70, or take blood thinners or aspirin, water tablets, an ACE inhibitor, steroid tablets such as prednisolone, or an SSRI antidepressant. Without advice, do not take them for more than a few days.',
        'Is the pain bad, or are you worried? Then ask your midwife or GP for advice.',
      ],
    },
    'when-gp': {
      question: 'When should I see my GP?',
      answer: [
        'Do you have a fever with the back pain, or has one leg become weak? Then call your GP today. Make an appointment within a few days if the pain is still very bad after a week, or if one leg feels numb or tingly. Also if the pain is not getting better after 3 to 4 weeks, or lasts longer than 6 weeks.',
        'Not sure? Do the check ‘Do I need to see a GP?’. If you are worried, just call your GP.',
      ],
    },
  },
  filterLabel: 'Search the questions',
  matches: (count) => (count === 1 ? '1 question found' : `${count} questions found`),
  noMatches: 'No questions found. Try another word.',
};
