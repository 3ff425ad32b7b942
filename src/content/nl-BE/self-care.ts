/** Belgian Dutch (Flanders) for self-care: only the texts that differ from Dutch. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../registry.js';

export const selfCare: DeepPartial<Content['selfCare']> = {
  whenToContact: {
    levels: {
      emergency: { action: 'Bel meteen 112, of ga naar de spoedgevallendienst, bij een van deze klachten:' },
      urgent: {
        action: "Bel vandaag uw huisarts ('s avonds en in het weekend: de huisartsenwachtpost op 1733)",
      },
    },
  },
};
