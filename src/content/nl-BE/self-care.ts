/** Belgian Dutch (Flanders) for self-care: only the texts that differ from Dutch. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const selfCare: DeepPartial<Content['selfCare']> = {
  steps: {
    // Belgium: an NSAID first, at the lowest dose for the shortest time (KCE 287); sold only in pharmacies.
    painkillers: {
      text: 'Pijnstillers helpen weinig bij rugpijn. Een pijnstiller kan de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn weggaat. Een ontstekingsremmer, zoals ibuprofen of naproxen, is de eerste keus. Neem er zo weinig mogelijk van, en zo kort mogelijk. Paracetamol alleen helpt vaak niet genoeg. U koopt deze middelen zonder voorschrift bij de apotheker. Vraag de apotheker of uw huisarts eerst om advies als u zwanger bent of ouder dan 70. Ook bij een maagzweer, een nier- of hartziekte, hoge bloeddruk of astma. En als u bloedverdunners gebruikt, ook aspirine of Asaflow, of plaspillen, een ACE-remmer, cortisone of een SSRI (een middel tegen depressie). Neem een ontstekingsremmer zonder advies niet langer dan een paar dagen. Van paracetamol neemt u niet meer dan in de bijsluiter staat. Heeft u een leverziekte of drinkt u veel alcohol? Neem dan minder. Neem pijnstillers op vaste tijden. Gaat het beter? Bouw ze dan langzaam af.',
    },
  },
  whenToContact: {
    levels: {
      emergency: { action: 'Bel meteen 112, of ga naar de spoedgevallendienst, bij een van deze klachten:' },
      urgent: {
        action: "Bel vandaag uw huisarts ('s avonds en in het weekend: de huisartsenwachtpost op 1733)",
      },
    },
  },
};
