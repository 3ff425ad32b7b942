/** Belgian Dutch (Flanders) for the recovery timeline: only the texts that differ from Dutch. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const timeline: DeepPartial<Content['timeline']> = {
  phases: {
    'first-week': {
      helps: [
        'Pak uw gewone dagelijkse dingen stap voor stap weer op.',
        'Ga als het kan weer aan het werk, eventueel eerst met aangepast werk. De arbeidsarts kan daarbij helpen.',
        'Wissel vaak van houding en loop af en toe een stukje.',
        'Gebruik pijnstillers alleen om actief te blijven, en bouw ze af als het beter gaat.',
      ],
    },
    'weeks-2-6': {
      contact:
        'Wordt de pijn na 3 tot 4 weken niet beter? Ga dan naar de huisarts of een kinesitherapeut. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts. Samen met u kijken zij wat het herstel in de weg kan zitten.',
    },
    'after-6-weeks': {
      helps: [
        'Blijf zo veel mogelijk bewegen en doe uw dagelijkse dingen.',
        'Oefentherapie bij een kinesitherapeut helpt u om sterker en fitter te worden. Uw huisarts kan daarvoor een voorschrift geven.',
        'Ga bewegingen niet uit de weg uit angst voor pijn: die angst houdt de pijn vaak juist in stand.',
        'Praat over zorgen of stress, bijvoorbeeld met uw huisarts.',
      ],
      contact: 'Bent u nog niet bij de huisarts of kinesitherapeut geweest? Maak dan nu een afspraak. Samen maakt u een plan. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts.',
    },
    'after-12-weeks': {
      helps: [
        'Oefentherapie: onder begeleiding van een kinesitherapeut maakt u uw rug stap voor stap sterker.',
        'Gedragstherapie: u leert anders omgaan met de pijn en met angst om te bewegen.',
        'Revalidatie: een team van verschillende zorgverleners werkt samen met u aan uw herstel.',
        'Een wandelprogramma: 3 keer per dag wandelen en dat langzaam opbouwen.',
      ],
      contact: 'Bespreek met uw huisarts of kinesitherapeut welke aanpak het beste bij u past. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts.',
    },
    recurrence: {
      contact:
        'Komt de pijn vaak terug, of gaat hij minder goed over dan de vorige keer? Neem dan contact op met uw huisarts of een kinesitherapeut. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts. Heeft u een waarschuwingssignaal? Neem dan contact op met uw huisarts.',
    },
  },
};
