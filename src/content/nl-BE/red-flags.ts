/**
 * Belgian Dutch (Flanders) for the red-flag check: only the texts that differ from Dutch. Out of
 * hours a Flemish reader calls the huisartsenwachtpost on 1733; a physiotherapist is a
 * kinesitherapeut.
 */
import type { Content } from '../types.js';
import type { DeepPartial } from '../registry.js';

export const redFlags: DeepPartial<Content['redFlags']> = {
  flags: {
    'longer-than-6-weeks': {
      question: 'Heeft u langer dan 6 weken rugpijn, en heeft u dat nog niet met een huisarts of kinesitherapeut besproken?',
      summary: 'Langer dan 6 weken rugpijn, nog niet besproken met huisarts of kinesitherapeut',
    },
  },
  outcomes: {
    emergency: {
      title: 'Bel nu 112, of direct uw huisarts of de huisartsenwachtpost (1733)',
      actions: [
        'Bel nu 112, of bel direct uw huisarts.',
        "Is de praktijk dicht, bijvoorbeeld 's\u00a0avonds of in het weekend? Bel dan de huisartsenwachtpost op 1733.",
        'Wacht niet af, ook niet als de pijn even minder wordt.',
      ],
    },
    urgent: {
      actions: [
        'Bel vandaag uw huisarts.',
        'Is de praktijk dicht? Bel dan de huisartsenwachtpost op 1733.',
      ],
    },
    'self-care': {
      actions: [
        'Blijf bewegen en doe uw gewone dingen zo veel als het gaat, zonder te forceren.',
        'Blijf niet in bed liggen. Moet u echt liggen? Doe dat dan hooguit 2 dagen.',
        'Een pijnstiller kan de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn helemaal weggaat.',
        'Een warme douche of een warmtekussen kan de pijn even verlichten.',
        'Bouw uw gewone activiteiten in de eerste week stap voor stap weer op.',
        'Is de pijn na een week nog steeds erg, en wordt hij niet minder? Neem dan contact op met uw huisarts.',
        'Wordt de pijn na 3 tot 4 weken niet beter, of duurt hij langer dan 6 weken? Ga dan naar uw huisarts. Hij kan u ook naar een kinesitherapeut sturen.',
      ],
    },
  },
  safetyNetIntro: 'Bel direct 112, uw huisarts of de huisartsenwachtpost (1733) als u een van deze klachten krijgt:',
};
