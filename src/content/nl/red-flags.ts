import type { RedFlagsText } from '../types.js';

export const redFlags: RedFlagsText = {
  title: 'Moet ik naar de huisarts?',
  intro:
    'Met deze check ziet u of u met uw rugpijn naar de huisarts moet, en hoe snel. U beantwoordt korte vragen met ja of nee. Dat duurt ongeveer 2 minuten. De meeste rugpijn is onschuldig. De signalen in deze check komen weinig voor. Uw antwoorden worden niet bewaard en niet verstuurd.',
  groups: {
    'bladder-saddle': 'Plassen, poepen en gevoel tussen de benen',
    legs: 'Uw benen',
    start: 'Hoe de pijn begon',
    health: 'Uw gezondheid',
    'bones-immunity': 'Uw botten en uw afweer',
    course: 'Hoe de pijn verloopt',
  },
  flags: {
    'bladder-bowel': {
      question:
        'Heeft u sinds kort moeite met plassen of poepen? Het lukt bijvoorbeeld niet, u moet persen, het voelt anders, of u kunt het niet ophouden.',
      explanation:
        'Verliest u al langer een beetje urine als u hoest of niest? Dat telt hier niet mee. Nieuwe klachten zijn zeldzaam. De zenuwen van blaas en darm beginnen onder in de rug. Daarom wil een arts u dan meteen zien.',
      summary: 'Sinds kort moeite met plassen of poepen',
    },
    'saddle-numbness': {
      question: 'Voelt het doof aan tussen uw benen, rond uw geslachtsdelen of rond uw billen?',
      explanation:
        'Artsen noemen dit een doof zadelgebied: de plek waarmee u op een fietszadel zit. Het is zeldzaam. Maar dan wil een arts u meteen zien.',
      summary: 'Doof gevoel tussen de benen, rond de geslachtsdelen of de billen',
    },
    'both-legs': {
      question: 'Heeft u in allebei uw benen minder kracht, een doof gevoel of zenuwpijn?',
      explanation:
        'Klachten in beide benen zijn zeldzaam. Ze kunnen betekenen dat zenuwen onder in de rug klem zitten. Daarom wil een arts u meteen zien.',
      summary: 'Minder kracht, een doof gevoel of zenuwpijn in beide benen',
    },
    'leg-weakness-worsening': {
      question: 'Wordt een been steeds zwakker?',
      explanation:
        'Zwakte die erger wordt, kan komen doordat een zenuw steeds meer klem zit. Dat is zeldzaam. Maar dan wil een arts u meteen zien.',
      summary: 'Een been wordt steeds zwakker',
    },
    'leg-weakness-new': {
      question:
        'Heeft u sinds kort minder kracht in één been? Uw voet sleept bijvoorbeeld, of u kunt niet op uw hak of op uw tenen staan.',
      explanation:
        'Dit kan komen doordat een zenuw onder in de rug klem zit. De huisarts wil uw been daarom vandaag onderzoeken.',
      summary: 'Sinds kort minder kracht in één been',
    },
    'leg-numbness': {
      question: 'Voelt één been doof aan, of tintelt het?',
      explanation:
        'Dit komt vaak door een geprikkelde zenuw onder in de rug. Meestal gaat het vanzelf over. De huisarts wil het wel binnen een paar dagen bekijken.',
      summary: 'Een doof of tintelend gevoel in één been',
    },
    'radiating-below-knee': {
      question: 'Straalt de pijn uit tot onder uw knie, naar uw voet of tenen?',
      explanation:
        'Pijn die zo ver uitstraalt, komt vaak van een geprikkelde zenuw (ischias). Bij 3 van de 4 mensen gaat dit binnen 3 maanden vanzelf over. De huisarts wil het binnen een paar dagen bekijken.',
      summary: 'Pijn die uitstraalt tot onder de knie',
    },
    'major-trauma': {
      question: 'Begon de pijn na een ernstig ongeluk, zoals een val van hoogte of een verkeersongeluk?',
      explanation: 'Na een ernstig ongeluk wil een arts meteen nakijken of de botten in uw rug heel zijn.',
      summary: 'Pijn na een ernstig ongeluk',
    },
    'minor-trauma-fragile': {
      question: 'Begon de pijn na een val of een klein ongeluk, terwijl u zwakke botten heeft of ouder bent dan 70?',
      explanation:
        'Zwakke botten heeft u bij botontkalking (osteoporose). Ook prednison en vergelijkbare medicijnen maken de botten zwakker, als u ze lang slikt. Een bot breekt dan sneller, ook bij een kleine val. De huisarts wil u daarom vandaag zien.',
      summary: 'Pijn na een val of klein ongeluk, met zwakke botten of ouder dan 70',
    },
    'sudden-severe-pain': {
      question: 'Kreeg u plotseling heel erge pijn in uw rug of buik, die in geen enkele houding minder wordt? En bent u ouder dan 40?',
      explanation:
        'Dit is zeldzaam. Plotselinge, heel erge pijn kan een andere oorzaak hebben dan uw rug. Daarom wil een arts u meteen zien.',
      summary: 'Plotseling heel erge pijn in rug of buik, ouder dan 40',
    },
    'back-procedure': {
      question: 'Heeft u de afgelopen weken een operatie, een injectie of een ruggenprik in uw rug gehad?',
      explanation:
        'Heel soms ontstaat daarna een infectie in de rug. De huisarts wil u daarom vandaag zien.',
      summary: 'Een operatie, injectie of ruggenprik in de rug, de afgelopen weken',
    },
    fever: {
      question: 'Heeft u koorts, of voelt u zich ziek, samen met de rugpijn?',
      explanation:
        'Koorts samen met rugpijn komt niet vaak voor. De huisarts wil u dan vandaag zien, om te kijken of er een infectie is.',
      summary: 'Koorts of een ziek gevoel samen met de rugpijn',
    },
    'weight-loss': {
      question: 'Bent u afgevallen zonder dat u dat wilde?',
      explanation:
        'Afvallen zonder dat u het wilt, kan veel oorzaken hebben. De huisarts wil binnen een paar dagen met u uitzoeken waar het door komt.',
      summary: 'Afgevallen zonder het te willen',
    },
    'cancer-history': {
      question: 'Heeft u nu kanker, of heeft u vroeger kanker gehad?',
      explanation: 'Ook dan is rugpijn meestal gewone rugpijn. Toch wil de huisarts het binnen een paar dagen bekijken.',
      summary: 'Kanker nu of vroeger',
      advice: 'Wordt u nu behandeld voor kanker? Bel dan vandaag ook uw behandelteam in het ziekenhuis.',
    },
    'age-onset': {
      question: 'Heeft u voor het eerst rugpijn, en bent u jonger dan 20 of ouder dan 50?',
      explanation:
        'Op deze leeftijd komt rugpijn voor het eerst minder vaak voor. Vaak is er niets ernstigs aan de hand. Toch wil de huisarts het binnen een paar dagen bekijken.',
      summary: 'Voor het eerst rugpijn, jonger dan 20 of ouder dan 50',
    },
    'steroid-pills': {
      question: 'Slikt u al lang prednison of een vergelijkbaar medicijn?',
      explanation:
        'Prednison is een medicijn tegen ontstekingen. Als u het lang slikt, kunnen uw botten zwakker worden. De huisarts wil uw rug daarom binnen een paar dagen bekijken.',
      summary: 'Al lang prednison of een vergelijkbaar medicijn',
    },
    osteoporosis: {
      question: 'Heeft u botontkalking (osteoporose)?',
      explanation:
        'Bij botontkalking zijn de botten minder sterk. Ze breken dan sneller. De huisarts wil uw rug daarom binnen een paar dagen bekijken.',
      summary: 'Botontkalking (osteoporose)',
    },
    'low-immunity': {
      question: 'Heeft u een lage afweer, door een ziekte of door medicijnen?',
      explanation:
        'Uw afweer beschermt u tegen infecties. Is die laag? Dan krijgt u sneller een infectie. De huisarts wil u daarom binnen een paar dagen zien.',
      summary: 'Een lage afweer',
    },
    'injecting-drugs': {
      question: 'Spuit u drugs?',
      explanation:
        'Via een naald kan een infectie in het lichaam komen. Dat is zeldzaam. Toch wil de huisarts u binnen een paar dagen zien.',
      summary: 'Drugs spuiten',
    },
    'night-pain': {
      question: "Wordt de pijn erger als u 's\u00a0nachts stilligt, in welke houding ook?",
      explanation:
        'Gewone rugpijn wordt meestal minder door rust of door een andere houding. Is dat bij u niet zo? Dan wil de huisarts het binnen een paar dagen bekijken.',
      summary: "Pijn die erger wordt als u 's\u00a0nachts stilligt, in elke houding",
    },
    'morning-stiffness': {
      question: 'Is uw rug sinds voor uw 45ste elke ochtend meer dan een uur stijf, en wordt hij soepeler door bewegen?',
      explanation:
        'Soms hoort dit bij een ontsteking van de gewrichten in de rug. De huisarts kan dit binnen een paar dagen verder uitzoeken.',
      summary: "Al sinds voor uw 45ste 's\u00a0ochtends meer dan een uur stijf",
    },
    'severe-after-week': {
      question: 'Is de pijn na een week nog steeds heel erg, en wordt hij niet minder?',
      explanation:
        'Meestal wordt rugpijn in de eerste week al wat minder. Gebeurt dat niet? Dan wil de huisarts binnen een paar dagen met u meekijken.',
      summary: 'Na een week nog steeds erge pijn die niet minder wordt',
    },
    'longer-than-6-weeks': {
      question: 'Heeft u langer dan 6 weken rugpijn, en heeft u dat nog niet met een huisarts of fysiotherapeut besproken?',
      explanation:
        'De meeste rugpijn is binnen 6 weken over. Duurt het langer? Dan bespreekt de huisarts binnen een paar dagen met u wat kan helpen. Heeft u het al besproken? Kies dan nee.',
      summary: 'Langer dan 6 weken rugpijn, nog niet besproken met huisarts of fysiotherapeut',
    },
  },
  outcomes: {
    emergency: {
      label: 'Spoed',
      title: 'Bel nu 112, of direct uw huisarts of de huisartsenpost',
      summary: 'Door een van uw antwoorden wil een arts u meteen zien. Dat komt weinig voor, en snel hulp vragen is nu de goede stap.',
      actions: [
        'Bel nu 112, of bel direct uw huisarts.',
        "Is de praktijk dicht, bijvoorbeeld 's\u00a0avonds of in het weekend? Bel dan de huisartsenpost.",
        'Wacht niet af, ook niet als de pijn even minder wordt.',
      ],
      phoneAdvice:
        'Zeg aan de telefoon dat u rugpijn heeft. Noem de klachten die hieronder staan, en sinds wanneer u ze heeft. Houd uw medicijnen of een lijst ervan bij de hand.',
    },
    urgent: {
      label: 'Vandaag',
      title: 'Neem vandaag contact op met uw huisarts',
      summary: 'Uw huisarts wil vandaag graag met u overleggen. Dat betekent niet dat er iets ernstigs is, maar het is goed om het snel na te laten kijken.',
      actions: [
        'Bel vandaag uw huisarts.',
        'Is de praktijk dicht? Bel dan de huisartsenpost.',
      ],
      phoneAdvice:
        'Vertel de doktersassistent dat u rugpijn heeft, en sinds wanneer. Noem ook de klachten die hieronder staan. Dan hoort u wanneer u kunt komen.',
    },
    soon: {
      label: 'Binnen enkele dagen',
      title: 'Maak binnen een paar dagen een afspraak met uw huisarts',
      summary: 'De huisarts wil graag naar uw rugpijn kijken, maar het hoeft niet vandaag. De meeste rugpijn is niet ernstig.',
      actions: [
        'Bel de komende dagen uw huisarts voor een afspraak.',
        'Blijf intussen zo veel mogelijk bewegen, zonder te forceren.',
        'Een pijnstiller kan de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn helemaal weggaat.',
      ],
      phoneAdvice:
        'Vertel de doktersassistent dat u rugpijn heeft, sinds wanneer, en welke klachten hieronder staan. Dan weet de praktijk hoe snel u moet komen.',
    },
    'self-care': {
      label: 'Zelfzorg',
      title: 'U kunt zelf veel doen tegen de rugpijn',
      summary: 'Rugpijn gaat meestal vanzelf over, vaak binnen een paar dagen en meestal binnen 2 weken.',
      actions: [
        'Blijf bewegen en doe uw gewone dingen zo veel als het gaat, zonder te forceren.',
        'Blijf niet in bed liggen. Moet u echt liggen? Doe dat dan hooguit 2 dagen.',
        'Een pijnstiller kan de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn helemaal weggaat.',
        'Een warme douche of een warmtekussen kan de pijn even verlichten.',
        'Bouw uw gewone activiteiten in de eerste week stap voor stap weer op.',
        'Is de pijn na een week nog steeds erg, en wordt hij niet minder? Neem dan contact op met uw huisarts.',
        'Wordt de pijn na 3 tot 4 weken niet beter, of duurt hij langer dan 6 weken? Ga dan naar uw huisarts of een fysiotherapeut.',
      ],
      phoneAdvice:
        'U hoeft nu niet te bellen. Heeft u vragen over pijnstillers? Vraag het dan bij de apotheek.',
    },
  },
  yes: 'Ja',
  no: 'Nee',
  progress: (answered, total) => `${answered} van ${total} ${total === 1 ? 'vraag' : 'vragen'} beantwoord`,
  unanswered: 'Deze vragen heeft u nog niet beantwoord:',
  incomplete: 'Beantwoord alle vragen. Daarna ziet u hier wat u het beste kunt doen. Is er direct hulp nodig? Dan ziet u dat meteen.',
  becauseHeading: 'Waarom dit advies:',
  noSigns: 'U heeft geen waarschuwingssignalen aangegeven.',
  worried: 'Maakt u zich zorgen, of worden de klachten erger? Neem dan contact op met uw huisarts.',
  call112: 'Bel 112',
  contactHeading: 'Uw zorgverlener',
  callContact: (name) => `Bel ${name}`,
  visitContact: (name) => `Naar de website van ${name}`,
  opensInNewTab: '(opent in een nieuw tabblad)',
  startAgain: 'Opnieuw beginnen',
  stepProgress: (step, total) => `Stap ${step} van ${total}`,
  previous: 'Vorige',
  next: 'Volgende',
  showResult: 'Toon uitslag',
  changeAnswers: 'Antwoorden aanpassen',
  chooseAnswer: 'Kies ja of nee.',
  safetyNetHeading: 'Wanneer belt u direct?',
  safetyNetIntro: 'Bel direct 112, uw huisarts of de huisartsenpost als u een van deze klachten krijgt:',
};
