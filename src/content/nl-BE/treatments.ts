/** Belgian Dutch (Flanders) for the treatments: only the texts that differ from Dutch. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const treatments: DeepPartial<Content['treatments']> = {
  groups: {
    'advised-against': {
      text: 'Artsen en kinesitherapeuten raden deze behandelingen af bij gewone lage rugpijn. Ze helpen niet, of ze doen meer kwaad dan goed.',
    },
  },
  items: {
    'exercise-therapy': {
      why: 'Oefenen met een kinesitherapeut helpt vooral bij pijn die lang duurt. Het verkleint ook de kans dat de pijn terugkomt. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts.',
    },
  },
  decideTogether: 'Welke behandeling bij u past, bespreekt u met uw huisarts of kinesitherapeut. U beslist samen wat u gaat doen.',
};
