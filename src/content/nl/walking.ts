import type { WalkingText } from '../types.js';

export const walking: WalkingText = {
  title: 'Wandelprogramma bij langdurige rugpijn',
  intro:
    'Dit programma is voor gewone rugpijn die al lang duurt. U wandelt 3 keer per dag. U begint met een tijd die u makkelijk volhoudt. Elke week wandelt u iets langer: ongeveer 10 procent, en minstens 1 minuut meer. Zo bouwt u op tot uw doel.',
  why: 'Bij pijn die lang duurt, gaan mensen hun rug vaak sparen. Daardoor worden de spieren zwakker, en kan uw rug minder hebben. Met wandelen verandert u dat: uw rug kan stap voor stap weer meer aan.',
  checkRedFlags:
    "Doe eerst de check 'Moet ik naar de huisarts?'. Heeft u een waarschuwingssignaal? Overleg dan eerst met uw huisarts.",
  startLabel: 'Hoeveel minuten wandelt u nu per keer?',
  startHint: 'Vul in wat u nu al makkelijk loopt, ook op een mindere dag. Daar begint uw schema.',
  goalLabel: 'Hoeveel minuten wilt u uiteindelijk per keer wandelen?',
  goalHint: 'Dit is uw doel per wandeling, bijvoorbeeld 30 minuten. Kies een doel dat bij u past.',
  startDateLabel: 'Wanneer begint u?',
  startDateOutOfRange: (from, to) => `Kies een datum van ${from} tot en met ${to}.`,
  outOfRange: (min, max) => `Kies een heel getal van ${min} tot en met ${max} minuten.`,
  startAboveGoal: 'Uw begintijd is langer dan uw doel. Kies een kortere begintijd of een langer doel.',
  planNeedsInput: 'Verbeter hierboven wat niet klopt. Dan ziet u hier uw schema.',
  planHeading: 'Uw wandelschema',
  planCaption: (timesPerDay) => `Per week: hoe lang u wandelt, ${timesPerDay} keer per dag`,
  weekColumn: 'Week',
  datesColumn: 'Datum',
  walksColumn: 'Wandelen',
  planChanged: (weeks, goalMinutes) =>
    `Uw schema is aangepast. U wandelt ${goalMinutes} minuten per keer vanaf week ${weeks}.`,
  weekLabel: (week) => `Week ${week}`,
  walksPerDay: (timesPerDay, minutes) =>
    `${timesPerDay} keer per dag ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} wandelen`,
  badDay:
    'Heeft u een slechte dag? Stop dan niet, maar doe een stap terug. Wandel even lang als in de week ervoor. Gaat het weer beter? Bouw dan verder op.',
  painkillers:
    'U mag pijnstillers nemen als dat helpt om het wandelen vol te houden. Overleg bij twijfel met uw huisarts of apotheker.',
  stopRules:
    'Stop en neem contact op met uw huisarts als u een waarschuwingssignaal krijgt. Of als de pijn uitstraalt naar een been, of veel erger wordt. Ook bij pijn op de borst of als u erg kortademig wordt. En bij pijn of een doof gevoel in de benen die komt bij het lopen en weggaat als u zit.',
  print: 'Afdrukken',
  download: 'Zet in uw agenda',
  calendarTitle: (minutes) => `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} wandelen`,
  calendarDescription:
    'Wandel rustig in uw eigen tempo. Gaat het een dag minder goed? Doe dan een stap terug, maar blijf wandelen.',
  calendarFileName: 'wandelschema.ics',
};
