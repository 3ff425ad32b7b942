/** Belgian Dutch (Flanders) for the risk factors: only the texts that differ from Dutch. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const riskFactors: DeepPartial<Content['riskFactors']> = {
  factors: {
    vibration: {
      tip: 'Neem regelmatig pauze om op te staan en te bewegen. Hoort het bij uw werk? Bespreek het dan met uw werkgever of de arbeidsarts.',
    },
  },
  lastingIntro:
    'Sommige dingen maken de kans groter dat rugpijn lang blijft. Vink aan wat bij u past. Dan weet u wat u kunt bespreken met uw huisarts of kinesitherapeut.',
  earlyHelp:
    'U herkent 3 of meer van deze dingen. Wacht dan niet af: maak nu al een afspraak met uw huisarts of een kinesitherapeut. Zij kunnen u helpen om hier iets aan te doen.',
  lastingAdvice:
    'Dit komt veel voor bij mensen met rugpijn. U kunt nog steeds goed herstellen. Er is hulp, zoals oefentherapie en gedragstherapie. Bespreek het met uw huisarts of kinesitherapeut. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts. Doe dat zeker als de pijn na 3 tot 4 weken niet minder wordt.',
};
