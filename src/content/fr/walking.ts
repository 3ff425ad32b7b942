import type { WalkingText } from '../types.js';

const minutesWord = (minutes: number): string => (minutes === 1 ? 'minute' : 'minutes');

export const walking: WalkingText = {
  title: 'Programme de marche pour un mal de dos qui dure',
  intro:
    "Ce programme est pour un mal de dos courant qui dure depuis longtemps. Vous marchez 3 fois par jour. Vous commencez par une durée que vous tenez facilement. Chaque semaine, vous marchez un peu plus longtemps : environ 10 pour cent, et au moins 1 minute de plus. Vous augmentez ainsi jusqu'à votre but.",
  why: "Quand la douleur dure longtemps, on ménage souvent son dos. Les muscles deviennent alors plus faibles, et votre dos supporte moins. La marche change cela : pas à pas, votre dos supporte de nouveau plus.",
  checkRedFlags:
    "Faites d'abord le test « Dois-je voir mon médecin ? ». Vous avez un signe d'alerte ? Parlez-en alors d'abord à votre médecin.",
  startLabel: 'Combien de minutes marchez-vous maintenant, à chaque fois ?',
  startHint: 'Indiquez ce que vous marchez déjà facilement, même un jour où ça va moins bien. Votre plan commence là.',
  goalLabel: 'Combien de minutes voulez-vous marcher à chaque fois, à la fin ?',
  goalHint: 'C\'est votre but pour chaque marche, par exemple 30 minutes. Choisissez un but qui vous convient.',
  startDateLabel: 'Quand commencez-vous ?',
  startDateOutOfRange: (from, to) => `Choisissez une date du ${from} au ${to}.`,
  outOfRange: (min, max) => `Choisissez un nombre entier de ${min} à ${max} minutes.`,
  startAboveGoal: 'Votre durée de départ est plus longue que votre but. Choisissez une durée de départ plus courte ou un but plus long.',
  planNeedsInput: 'Corrigez plus haut ce qui ne va pas. Vous verrez alors ici votre programme.',
  planHeading: 'Votre programme de marche',
  planCaption: (timesPerDay) => `Par semaine : combien de temps vous marchez, ${timesPerDay} fois par jour`,
  weekColumn: 'Semaine',
  datesColumn: 'Dates',
  walksColumn: 'Marche',
  planChanged: (weeks, goalMinutes) =>
    `Votre programme a changé. Vous marchez ${goalMinutes} ${minutesWord(goalMinutes)} à chaque fois à partir de la semaine ${weeks}.`,
  weekLabel: (week) => `Semaine ${week}`,
  walksPerDay: (timesPerDay, minutes) => `Marcher ${minutes} ${minutesWord(minutes)}, ${timesPerDay} fois par jour`,
  badDay:
    "Vous avez une mauvaise journée ? N'arrêtez pas, mais faites un pas en arrière. Marchez aussi longtemps que la semaine d'avant. Ça va de nouveau mieux ? Augmentez alors de nouveau.",
  painkillers:
    "Vous pouvez prendre des antidouleurs si cela vous aide à continuer à marcher. En cas de doute, demandez à votre médecin ou à votre pharmacien.",
  stopRules:
    "Arrêtez et contactez votre médecin généraliste si vous avez un signe d'alerte. Ou si la douleur descend dans une jambe, ou devient beaucoup plus forte. Aussi en cas de douleur dans la poitrine, ou si vous êtes très essoufflé. Et en cas de douleur ou d'engourdissement dans les jambes qui vient en marchant et passe quand vous vous asseyez.",
  print: 'Imprimer',
  download: 'Ajouter à votre agenda',
  calendarTitle: (minutes) => `Marcher ${minutes} ${minutesWord(minutes)}`,
  calendarDescription:
    "Marchez calmement, à votre rythme. Un jour, ça va moins bien ? Faites alors un pas en arrière, mais continuez à marcher.",
  calendarFileName: 'programme-de-marche.ics',
};
