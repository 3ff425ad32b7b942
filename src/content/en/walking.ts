import type { WalkingText } from '../types.js';

export const walking: WalkingText = {
  title: 'Walking programme for long-lasting back pain',
  intro:
    'This programme is for ordinary back pain that has lasted a long time. You walk 3 times a day. You start with a time you can easily manage. Each week you walk a little longer: about 10%, and at least 1 minute more. This is how you build up to your goal.',
  why: 'When pain lasts, people often start to spare their back. Then the muscles get weaker, and your back can bear less. Walking changes that: step by step, your back can bear more again.',
  checkRedFlags: 'First do the check ‘Do I need to see a GP?’. If you have a warning sign, talk to your GP first.',
  startLabel: 'How many minutes do you walk now, each time?',
  startHint: 'Fill in what you can easily walk now, even on a bad day. Your plan starts there.',
  goalLabel: 'Goal per walk (minutes)',
  goalHint: 'How long you would like to be able to walk in the end, for example 30 minutes.',
  startDateLabel: 'Start date',
  startDateOutOfRange: (from, to) => `Choose a date from ${from} to ${to}.`,
  outOfRange: (min, max) => `Choose a whole number of minutes from ${min} to ${max}.`,
  startAboveGoal: 'Your starting time is longer than your goal. Choose a shorter start or a longer goal.',
  planNeedsInput: 'Correct what is not right above. Then you will see your plan here.',
  planHeading: 'Your walking plan',
  planCaption: (timesPerDay) => `Each week: how long you walk, ${timesPerDay} times a day`,
  weekColumn: 'Week',
  datesColumn: 'Dates',
  walksColumn: 'Walks',
  planChanged: (weeks, goalMinutes) => `Your plan has changed. You walk ${goalMinutes} minutes each time from week ${weeks}.`,
  weekLabel: (week) => `Week ${week}`,
  walksPerDay: (timesPerDay, minutes) =>
    `Walk ${timesPerDay === 1 ? 'once' : `${timesPerDay} times`} a day for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
  badDay: 'On a bad day, go back a step to the time of the week before, rather than stopping. Carry on building up when you feel better.',
  painkillers: 'You may take painkillers if they help you keep up the walking. If you are not sure, ask your GP or a pharmacist.',
  stopRules:
    'Stop and contact your GP if you get a warning sign. Or if the pain spreads down a leg, or gets much worse. Also with chest pain, or if you get very short of breath. And with pain or numbness in your legs that comes on when you walk and goes when you sit.',
  print: 'Print the plan',
  download: 'Download for your calendar',
  calendarTitle: (minutes) => `Walk for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
  calendarDescription:
    'Walk calmly at your own pace. Is today a worse day? Then go back a step, but keep walking.',
  calendarFileName: 'walking-plan.ics',
};
