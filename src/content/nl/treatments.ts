import type { TreatmentsText } from '../types.js';

export const treatments: TreatmentsText = {
  title: 'Welke behandelingen helpen?',
  intro:
    'Er zijn veel behandelingen voor rugpijn. Niet alle behandelingen helpen. Hier ziet u wat onderzoek zegt over gewone lage rugpijn.',
  groups: {
    helps: {
      title: 'Helpt',
      text: 'Onderzoek laat zien dat dit helpt. In beweging blijven is het belangrijkst.',
    },
    'may-help': {
      title: 'Kan helpen',
      text: 'Deze behandelingen helpen soms een beetje, of het is niet zeker of ze helpen. Ze kunnen prettig zijn. Maar ze lossen de rugpijn niet op.',
    },
    'advised-against': {
      title: 'Afgeraden',
      text: 'Artsen en fysiotherapeuten raden deze behandelingen af bij gewone lage rugpijn. Ze helpen niet, of ze doen meer kwaad dan goed.',
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
    'exercise-therapy': {
      name: 'Oefentherapie',
      why: 'Oefenen met een fysiotherapeut helpt vooral bij pijn die lang duurt. Het verkleint ook de kans dat de pijn terugkomt. Fysiotherapie wordt alleen vergoed als u een aanvullende verzekering heeft.',
    },
    'behavioural-therapy': {
      name: 'Gedragstherapie',
      why: 'Bij langdurige pijn leert u anders omgaan met de pijn en met angst om te bewegen.',
    },
    multidisciplinary: {
      name: 'Revalidatie met een team',
      why: 'Bij langdurige pijn werken verschillende zorgverleners samen met u aan uw herstel.',
    },
    painkillers: {
      name: 'Pijnstillers',
      why: 'Pijnstillers helpen weinig bij rugpijn. Ze kunnen de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn weggaat.',
    },
    heat: {
      name: 'Warmte',
      why: 'Een warme douche of warmtekussen voelt prettig. Het effect duurt kort.',
    },
    'manual-therapy': {
      name: "Manuele therapie (de rug 'kraken')",
      why: 'Dit geeft soms voor korte tijd iets minder pijn. Laat het alleen doen door een goed opgeleide therapeut.',
    },
    massage: {
      name: 'Massage',
      why: 'Een lichte massage kan prettig zijn, maar is geen echte behandeling. Laat uw wervelkolom alleen behandelen door een deskundige.',
    },
    'muscle-relaxants': {
      name: 'Spierontspanners',
      why: 'Ze helpen weinig bij rugpijn. Ze maken u slaperig, en u kunt eraan gewend raken. Daarom raden artsen ze af.',
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
      name: 'Behandeling met geluidsgolven, laser of stroom',
      why: 'Deze behandelingen met apparaten helpen niet bij gewone rugpijn.',
    },
    acupuncture: {
      name: 'Acupunctuur',
      why: 'Onderzoek laat geen duidelijk effect zien. Daarom raden artsen het af.',
    },
    opioids: {
      name: 'Sterke pijnstillers (opioïden) bij pijn die lang duurt',
      why: 'Opioïden zijn zware pijnstillers, zoals tramadol en oxycodon. Bij rugpijn die lang duurt, raden artsen ze af.',
    },
    'nerve-pain-medicines': {
      name: 'Medicijnen tegen zenuwpijn',
      why: 'Middelen zoals gabapentine en pregabaline helpen niet bij lage rugpijn.',
    },
    antidepressants: {
      name: 'Antidepressiva tegen rugpijn',
      why: 'Medicijnen tegen depressie helpen niet tegen rugpijn. Voelt u zich vaak somber? Bespreek dat dan met uw huisarts.',
    },
    radiofrequency: {
      name: 'Zenuwtjes in de rug uitschakelen met hitte',
      why: 'Niet bij gewone rugpijn. Alleen in bijzondere gevallen, na onderzoek door een specialist.',
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
      why: 'Een scan maakt u niet beter. Wat hij laat zien, zijn vaak gewone veranderingen die bij het ouder worden horen, zoals grijs haar. Die ziet u ook bij mensen zonder pijn.',
    },
  },
  decideTogether:
    'Welke behandeling bij u past, bespreekt u met uw huisarts of fysiotherapeut. U beslist samen wat u gaat doen.',
};
