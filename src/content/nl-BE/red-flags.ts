/**
 * Belgian Dutch (Flanders) for the red-flag check: only the texts that differ from Dutch. Out of
 * hours a Flemish reader calls the huisartsenwachtpost on 1733 (only on "today" outcomes, never
 * for an emergency); a physiotherapist is a kinesitherapeut, a midwife a vroedvrouw. Which route
 * a sign takes in Belgium is in the rule table, not here.
 */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const redFlags: DeepPartial<Content['redFlags']> = {
  flags: {
    'longer-than-6-weeks': {
      question: 'Heeft u langer dan 6 weken rugpijn, en heeft u dat nog niet met een huisarts of kinesitherapeut besproken?',
      summary: 'Langer dan 6 weken rugpijn, nog niet besproken met huisarts of kinesitherapeut',
    },
    pregnant: {
      advice:
        'Pijn in rug en bekken komt veel voor in de zwangerschap. Een kinesitherapeut kan helpen. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts. Neem geen ontstekingsremmende pijnstillers (NSAID’s) als u zwanger bent, tenzij uw arts het zegt.',
    },
    'pregnancy-blood-loss': { explanation: 'Dit wil uw vroedvrouw weten.' },
    'pregnancy-baby-moving-less': { explanation: 'Dit wil uw vroedvrouw weten.' },
  },
  routes: {
    'treating-team-now': {
      actions: [
        'Bel nu uw behandelteam in het ziekenhuis, op het nummer dat 24 uur per dag bereikbaar is.',
        'Krijgt u niemand te spreken? Bel dan 112.',
        'Wacht niet tot morgen.',
      ],
    },
    'midwife-now': {
      title: 'Bel nu uw vroedvrouw',
      actions: ['Bel nu uw vroedvrouw.', 'Krijgt u de vroedvrouw niet te spreken? Bel dan de huisartsenwachtpost op 1733.'],
    },
    'treating-team-today': { outOfHours: 'Is het ziekenhuis of de praktijk dicht? Bel dan de huisartsenwachtpost op 1733.' },
    'gp-today': { outOfHours: 'Is de praktijk dicht? Bel dan de huisartsenwachtpost op 1733.' },
    'self-care': {
      actions: [
        'Blijf bewegen en doe uw gewone dingen zo veel als het gaat, zonder te forceren.',
        'Blijf niet in bed liggen. Moet u echt liggen? Doe dat dan hooguit 2 dagen.',
        'Een pijnstiller kan de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn helemaal weggaat.',
        'Een warme douche of een warmtekussen kan de pijn even verlichten.',
        'Bouw uw gewone activiteiten in de eerste week stap voor stap weer op.',
        'Is de pijn na een week nog steeds erg, en wordt hij niet minder? Neem dan contact op met uw huisarts.',
        'Wordt de pijn na 3 tot 4 weken niet beter, of duurt hij langer dan 6 weken? Ga dan naar uw huisarts. Hij kan u een voorschrift geven voor een kinesitherapeut. Alleen met een voorschrift betaalt het ziekenfonds een deel terug.',
      ],
    },
  },
};
