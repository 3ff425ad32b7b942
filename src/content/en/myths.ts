import type { MythsText } from '../types.js';

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
      why: 'Many people without any back pain have changes in the discs between the bones of the spine. These are normal changes that come with age, like grey hair. So what a scan shows is often not the cause. A scan does not help you get better either. It is only useful if your doctor thinks there may be a specific cause.',
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
      why: 'Stress, worry and a hard time at work can make pain stronger. The pain is real. Relaxing and moving help.',
    },
    'belt-helps': {
      myth: 'A back belt or corset will help my back.',
      fact: 'Corsets, back belts and other supports are advised against for ordinary back pain.',
      why: 'Research shows that they do not help. Staying active and exercise do help.',
    },
    'surgery-fixes': {
      myth: 'An operation will fix my back pain.',
      fact: 'Ordinary low back pain is never a reason for an operation.',
      why: 'In ordinary back pain there is no clear cause that a surgeon can remove. Even sciatica, pain that spreads down the leg, usually gets better without an operation. In 3 in 4 people this happens within 3 months. Staying active and exercise therapy do help.',
    },
  },
};
