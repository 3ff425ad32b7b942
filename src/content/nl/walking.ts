import type { WalkingText } from '../types.js';

export const walking: WalkingText = {
  title: 'Wandelprogramma bij langdurige rugpijn',
  intro:
    'Dit programma is voor gewone rugpijn die al lang duurt. U wandelt 3 keer per dag. U begint met een tijd die u makkelijk volhoudt. Elke week wandelt u iets langer: ongeveer 10 procent, en minstens 1 minuut meer. Zo bouwt u op tot uw doel.',
  why: 'Bij pijn die lang duurt, gaan mensen hun rug vaak sparen. Daardoor worden de spieren zwakker, en kan uw rug minder hebben. Met wandelen verandert u dat: uw rug kan stap voor stap weer meer aan.',
  checkRedFlags:
    "Doe eerst de check 'Moet ik naar de huisarts?'. Heeft u een waarschuwingssignaal? Overleg dan eerst met uw huisarts.",
  startLabel: 'Hoeveel minuten kunt u nu makkelijk wandelen?',
  startHint: 'Kies een tijd die u zonder moeite volhoudt, ook op een mindere dag.',
  goalLabel: 'Hoeveel minuten wilt u uiteindelijk per keer wandelen?',
  goalHint: 'Dit is uw doel per wandeling, bijvoorbeeld 30 minuten. Kies een doel dat bij u past.',
  startDateLabel: 'Wanneer begint u?',
  outOfRange: (min, max) => `Kies een heel getal van ${min} tot en met ${max} minuten.`,
  startAboveGoal: 'Uw begintijd is langer dan uw doel. Kies een kortere begintijd of een langer doel.',
  planNeedsInput: 'Vul hierboven geldige minuten in. Dan ziet u hier uw schema.',
  planHeading: 'Uw wandelschema',
  weekLabel: (week) => `Week ${week}`,
  walksPerDay: (timesPerDay, minutes) =>
    `${timesPerDay} keer per dag ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} wandelen`,
  badDay:
    'Heeft u een slechte dag? Stop dan niet, maar doe een stap terug. Wandel even lang als in de week ervoor. Gaat het weer beter? Bouw dan verder op.',
  painkillers:
    'U mag pijnstillers nemen als dat helpt om het wandelen vol te houden. Overleg bij twijfel met uw huisarts of apotheker.',
  print: 'Afdrukken',
  download: 'Zet in uw agenda',
  calendarTitle: (minutes) => `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} wandelen`,
  calendarDescription:
    'Wandel rustig in uw eigen tempo. Gaat het een dag minder goed? Doe dan een stap terug, maar blijf wandelen.',
  calendarFileName: 'wandelschema.ics',
};
