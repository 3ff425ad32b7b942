import type { SelfCareText } from '../types.js';

export const selfCare: SelfCareText = {
  title: 'What you can do yourself',
  intro: 'Most back pain gets better by itself. Most people are much better within 6 weeks. Some pain can last longer: that is common and usually not serious. These steps help you stay as active as you can. The most important comes first.',
  steps: {
    'keep-moving': {
      title: 'Keep moving',
      text: 'Carry on with your daily activities as much as you can: work, housework and hobbies. Moving with pain does no harm. Not moving does more harm than good. Do not force anything: take it easy and change position often.',
    },
    'no-bed-rest': {
      title: 'Avoid bed rest',
      text: 'Staying in bed makes your muscles weaker and slows your recovery. Is the pain so bad that you must lie down? Then do it for 2 days at most, and get up now and then. For very bad pain, this position can help: lie on your back with your lower legs on a chair. Your hips and knees are then bent at about a right angle.',
    },
    painkillers: {
      title: 'Painkillers: only to help you keep moving',
      text: 'Painkillers help little for back pain. A painkiller can take the edge off the pain so you can keep moving. Do not expect it to take the pain away. Start with paracetamol: it is the safest. Do not take more than the leaflet says. Take less if you have liver disease or drink a lot of alcohol. In the Netherlands you can buy paracetamol, ibuprofen and naproxen without a prescription at a chemist (drogist) or pharmacy. Do you want an anti-inflammatory painkiller such as ibuprofen or naproxen? Then ask your GP or a pharmacist first, especially if you are pregnant or over 70. Ask first too if you have a stomach ulcer, kidney or heart disease, high blood pressure or asthma. And if you take blood thinners or aspirin, water tablets, an ACE inhibitor, steroid tablets such as prednisolone, or an SSRI antidepressant. Without advice, do not take an anti-inflammatory for more than a few days. If you take painkillers, take them at fixed times and for as short a time as you can. When the pain eases, cut down slowly.',
    },
    heat: {
      title: 'Use heat',
      text: 'A warm shower, a heat pack or a hot-water bottle relaxes your muscles a little. This often feels pleasant. The effect usually does not last long.',
    },
    relax: {
      title: 'Relax',
      text: 'Stress makes your muscles tense, and that can make the pain stronger. Take time to relax every day. Gentle, relaxing exercises can help. You do not need to hold your back stiff and straight: a relaxed back often feels better.',
    },
    'build-up': {
      title: 'Build up step by step',
      text: 'Build up your daily activities step by step in the first week. Do a little more each day. Go back to work if you can, with adapted tasks for a while if needed. Stay fit by walking, cycling or swimming.',
    },
  },
  acute: {
    title: 'When your back suddenly “goes”',
    whatHappens: [
      'When your back “goes”, the muscles in your back suddenly cramp.',
      'The pain is sharp and stabbing, or feels like cramp in your calf.',
      'Moving is hard. Your body tries to protect the painful spot. Other muscles then tense up too.',
      'It is very unpleasant, but usually harmless.',
    ],
    triggersHeading: 'What can set it off',
    triggers: [
      'An unexpected or awkward movement.',
      'Lifting something heavy too quickly or in an awkward way.',
      'Making your training harder too quickly.',
      'Sitting for a long time on an unsuitable chair, for example at the kitchen table, and then moving quickly.',
    ],
    firstHoursHeading: 'In the first hours',
    firstHours: [
      'Stay calm: this is common and usually harmless.',
      'Try to keep moving gently, even if it is hard.',
      'Take a warm shower or use a heat pack on your back.',
      'A painkiller can take the edge off the pain. Not sure which one you can take, for example because of an allergy? Ask a pharmacist.',
    ],
    firstDaysHeading: 'In the first days',
    firstDays: [
      'Do not lie or sit still for long: your muscles then often cramp even more.',
      'Do gentle, relaxing exercises that do not strain your muscles.',
      'If you take painkillers, take them at fixed times, so that you can keep moving.',
      'Build up your daily activities again, step by step.',
    ],
    preventionHeading: 'For later: staying fit and useful habits',
    prevention: {
      'stay-fit': {
        title: 'Stay fit',
        text: 'Regular exercise lowers the chance of back pain coming back. Walk, cycle or swim.',
      },
      'lift-with-legs': {
        title: 'Lift close to your body',
        text: 'Keep the load close to your body, and bend your knees and hips in the way that feels comfortable. This makes lifting easier.',
      },
      'sport-technique': {
        title: 'Use good technique in sport',
        text: 'Train with the right technique and build up slowly. A trainer can help you.',
      },
      'stand-up-often': {
        title: 'Stand up often',
        text: 'When you sit for a long time, stand up every 20 to 30 minutes. Walk around and stretch.',
      },
      posture: {
        title: 'Stand and walk relaxed',
        text: 'Stand and walk upright but relaxed. Do not tense your back. Change position often.',
      },
    },
  },
  whenToContact: {
    title: 'When to contact your GP',
    levels: {
      emergency: {
        action: 'Call 112 or your GP now if you have any of these:',
      },
      urgent: {
        action: 'Call your GP today (evenings and weekends: the out-of-hours GP service)',
        signs: 'if you have a fever or feel ill with the back pain, or if one leg has become weak.',
      },
      soon: {
        action: 'Make a GP appointment within a few days',
        signs: 'if the pain is still very bad after a week and not getting less. Or if the pain spreads below your knee, or if you are losing weight without trying. Also if the pain is not getting better after 3 to 4 weeks, or lasts longer than 6 weeks.',
      },
    },
    worried: 'Are you worried, or is it getting worse? Then always call your GP.',
  },
  redFlagsLink: 'Check the warning signs: do I need to see a GP?',
};
