import type { TreatmentsText } from '../types.js';

export const treatments: TreatmentsText = {
  title: 'Welke behandelingen helpen?',
  intro:
    'Er zijn veel behandelingen voor rugpijn, maar niet alle behandelingen helpen. Hier ziet u wat onderzoek zegt over gewone lage rugpijn.',
  groups: {
    helps: {
      title: 'Helpt',
      text: 'Onderzoek laat zien dat dit helpt. In beweging blijven is het belangrijkst.',
    },
    'may-help': {
      title: 'Kan helpen',
      text: 'Deze behandelingen helpen soms een beetje, of het is niet zeker of ze helpen. Ze kunnen prettig zijn, maar lossen de rugpijn niet op.',
    },
    'advised-against': {
      title: 'Afgeraden',
      text: 'Deze behandelingen helpen niet bij gewone lage rugpijn. Artsen en fysiotherapeuten raden ze daarom af.',
    },
  },
  markers: {
    helps: 'Helpt',
    'may-help': 'Kan helpen',
    'advised-against': 'Afgeraden',
  },
  items: {
    'keep-active': {
      name: 'In beweging blijven',
      why: 'Doorgaan met uw dagelijkse dingen en werk helpt het meest. Stil blijven zitten of liggen doet meer kwaad dan goed.',
    },
    painkillers: {
      name: 'Pijnstillers',
      why: 'Op vaste tijden genomen helpen ze u om te blijven bewegen. Begin met paracetamol.',
    },
    'exercise-therapy': {
      name: 'Oefentherapie',
      why: 'Oefenen onder begeleiding van een fysiotherapeut helpt vooral bij langdurige pijn en om terugkeer te voorkomen.',
    },
    'behavioural-therapy': {
      name: 'Gedragstherapie',
      why: 'Bij langdurige pijn leert u anders omgaan met de pijn en met angst om te bewegen.',
    },
    multidisciplinary: {
      name: 'Revalidatie met een team',
      why: 'Bij langdurige pijn werken verschillende zorgverleners samen met u aan uw herstel.',
    },
    heat: {
      name: 'Warmte',
      why: 'Een warme douche of warmtekussen voelt prettig, maar het effect duurt kort.',
    },
    'manual-therapy': {
      name: "Manuele therapie (de rug 'kraken')",
      why: 'Dit geeft soms voor korte tijd iets minder pijn. Laat het alleen doen door een goed opgeleide therapeut.',
    },
    massage: {
      name: 'Massage',
      why: 'Een lichte massage kan prettig zijn, maar is geen echte behandeling. Laat uw wervelkolom alleen behandelen door een deskundige.',
    },
    acupuncture: {
      name: 'Acupunctuur',
      why: 'Onderzoeken zijn het er niet over eens of het helpt.',
    },
    'muscle-relaxants': {
      name: 'Spierontspanners',
      why: 'Medicijnen die de spieren ontspannen, helpen bij rugpijn maar zelden.',
    },
    'bed-rest': {
      name: 'Bedrust',
      why: 'Lang liggen maakt uw spieren zwakker en uw herstel trager.',
    },
    traction: {
      name: 'Tractie (de rug laten oprekken)',
      why: 'Uw rug laten oprekken, met de hand of met een apparaat, helpt niet.',
    },
    supports: {
      name: 'Korset, rugband of steunband',
      why: 'Steun van buitenaf helpt niet bij gewone lage rugpijn.',
    },
    injections: {
      name: 'Injecties in de rug',
      why: 'Injecties in de rug helpen niet bij gewone lage rugpijn.',
    },
    tens: {
      name: 'TENS',
      why: 'Dit apparaatje geeft stroomprikkels via plakkers op de huid. Het helpt niet bij gewone rugpijn.',
    },
    electrotherapy: {
      name: 'Ultrageluid, laser of stroombehandeling',
      why: 'Deze behandelingen met apparaten helpen niet bij gewone rugpijn.',
    },
    radiofrequency: {
      name: 'Zenuwtjes bij de wervelgewrichten uitschakelen met hitte',
      why: 'Deze behandeling met een naald (radiofrequente behandeling) helpt niet bij gewone rugpijn.',
    },
    intradiscal: {
      name: 'De tussenwervelschijf van binnen verhitten',
      why: 'Deze behandeling van de schijf tussen de wervels helpt niet bij gewone rugpijn.',
    },
    surgery: {
      name: 'Operatie',
      why: 'Bij gewone lage rugpijn is een operatie nooit nodig.',
    },
    scans: {
      name: 'Standaard een röntgenfoto of MRI-scan laten maken',
      why: 'Een scan maakt u niet beter. Vaak toont hij slijtage die ook bij mensen zonder pijn te zien is.',
    },
  },
  decideTogether:
    'Welke behandeling bij u past, bespreekt u met uw huisarts of fysiotherapeut. U beslist samen wat u gaat doen.',
};
