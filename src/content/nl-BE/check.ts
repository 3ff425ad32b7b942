/** Belgian Dutch (Flanders) for the guided check: only the texts that differ from Dutch. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const check: DeepPartial<Content['check']> = {
  nextStep: {
    'gp-or-physio-if-not-better':
      'Blijf zelf in beweging. Wordt de pijn niet minder? Maak dan een afspraak met uw huisarts of een kinesitherapeut. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts.',
    'gp-or-physio': 'Maak een afspraak met uw huisarts of een kinesitherapeut. Samen maakt u een plan. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts.',
  },
  findPhysio: 'Zoek een kinesitherapeut',
  summaryHeading: 'Samenvatting voor uw huisarts of kinesitherapeut',
};
