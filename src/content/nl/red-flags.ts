import type { RedFlagsText } from '../types.js';

export const redFlags: RedFlagsText = {
  title: 'Moet ik naar de huisarts?',
  intro:
    'Met deze check ziet u of u met uw rugpijn naar de huisarts moet, en hoe snel. U beantwoordt korte vragen met ja of nee. Dat duurt ongeveer 2 minuten. De meeste rugpijn is onschuldig. De signalen in deze check komen weinig voor. Uw antwoorden worden niet bewaard en niet verstuurd.',
  groups: {
    'bladder-legs': 'Plassen, ontlasting en uw benen',
    start: 'Hoe de pijn begon',
    health: 'Uw gezondheid',
    course: 'Hoe de pijn verloopt',
  },
  flags: {
    'bladder-bowel': {
      question: 'Kunt u niet plassen, of verliest u ongewild urine of ontlasting?',
      explanation:
        'Dit komt heel zelden voor. Het kan betekenen dat zenuwen onder in de rug klem zitten. Dan wil een arts u meteen zien.',
      summary: 'Plassen of ontlasting gaat niet zoals normaal',
    },
    'saddle-numbness': {
      question: 'Voelt het tussen uw benen of rond uw billen doof of gevoelloos aan?',
      explanation:
        'Artsen noemen dit een doof zadelgebied: de plek waarmee u op een fietszadel zit. Het is zeldzaam, maar dan wil een arts u meteen zien.',
      summary: 'Doof gevoel tussen de benen of rond de billen',
    },
    'leg-weakness-worsening': {
      question: 'Wordt een been steeds zwakker, of zijn allebei uw benen zwak of verlamd?',
      explanation:
        'Zwakte die erger wordt, kan komen doordat een zenuw steeds meer klem zit. Dat is zeldzaam, maar dan wil een arts u meteen zien.',
      summary: 'Een been wordt steeds zwakker, of beide benen zijn zwak',
    },
    'leg-numbness': {
      question: 'Voelt een been doof of tintelend aan, of heeft het minder kracht? (Het wordt niet erger.)',
      explanation:
        'Dit kan komen doordat een zenuw onder in de rug geprikkeld is. Vaak gaat dat vanzelf over. Toch wil de huisarts uw been graag vandaag bekijken.',
      summary: 'Doof, tintelend of krachteloos gevoel in een been',
    },
    'radiating-below-knee': {
      question: 'Straalt de pijn uit tot onder uw knie, naar uw voet of tenen?',
      explanation:
        'Pijn die zo ver uitstraalt, komt vaak van een geprikkelde zenuw (ischias). Bij 3 van de 4 mensen gaat dit binnen 3 maanden vanzelf over. De huisarts kijkt graag met u mee.',
      summary: 'Pijn die uitstraalt tot onder de knie',
    },
    'major-trauma': {
      question: 'Begon de pijn na een ernstig ongeluk, zoals een val van hoogte of een verkeersongeluk?',
      explanation: 'Na een ernstig ongeluk wil een arts meteen nakijken of de botten in uw rug heel zijn.',
      summary: 'Pijn na een ernstig ongeluk',
    },
    'minor-trauma-fragile': {
      question:
        'Begon de pijn na een val of een klein ongeluk? En heeft u ook botontkalking, of slikt u al lang prednison of een vergelijkbaar medicijn?',
      explanation:
        'Bij botontkalking (osteoporose) zijn de botten minder sterk. Prednison kan de botten ook zwakker maken. Een bot kan dan sneller breken, ook bij een kleine val. Dat komt niet vaak voor, maar de huisarts wil het graag vandaag bekijken.',
      summary: 'Pijn na een val of klein ongeluk, bij zwakkere botten of langdurig prednison',
    },
    'sudden-severe-pain': {
      question:
        'Bent u ouder dan 50, en kreeg u plotseling heel erge pijn in uw rug of buik die in geen enkele houding minder wordt?',
      explanation:
        'Dit is zeldzaam. Plotselinge, heel erge pijn kan een andere oorzaak hebben dan uw rug. Daarom wil een arts u meteen zien.',
      summary: 'Plotseling heel erge pijn in rug of buik, ouder dan 50',
    },
    fever: {
      question: 'Heeft u koorts, of voelt u zich ziek, samen met de rugpijn?',
      explanation:
        'Koorts samen met rugpijn komt niet vaak voor. De huisarts wil u dan vandaag zien, om te kijken of er een infectie is.',
      summary: 'Koorts of een ziek gevoel samen met de rugpijn',
    },
    'weight-loss': {
      question: 'Bent u afgevallen zonder dat u dat wilde?',
      explanation: 'Afvallen zonder dat u het wilt, kan veel oorzaken hebben. De huisarts wil graag weten waar het door komt.',
      summary: 'Afgevallen zonder het te willen',
    },
    'cancer-history': {
      question: 'Heeft u kanker, of heeft u vroeger kanker gehad?',
      explanation:
        'Ook dan is rugpijn meestal gewone rugpijn. Toch wil de huisarts er graag naar kijken.',
      summary: 'Kanker nu of vroeger',
    },
    'steroids-immunity': {
      question:
        'Slikt u al lang prednison of een vergelijkbaar medicijn? Of heeft u botontkalking of een lage afweer? Of spuit u drugs?',
      explanation:
        'Uw afweer is uw weerstand tegen infecties. Is die laag, of zijn uw botten zwakker? Dan kijkt de huisarts graag even mee.',
      summary: 'Langdurig prednison, botontkalking, lage afweer of drugs spuiten',
    },
    'age-onset': {
      question: 'Heeft u voor het eerst rugpijn, en bent u jonger dan 20 of ouder dan 50?',
      explanation:
        'Op deze leeftijd komt rugpijn voor het eerst minder vaak voor. Daarom wil de huisarts het graag zien. Vaak is er niets ernstigs aan de hand.',
      summary: 'Voor het eerst rugpijn, jonger dan 20 of ouder dan 50',
    },
    'night-pain': {
      question: "Wordt de pijn erger als u stil zit of ligt, en vooral 's\u00a0nachts, in welke houding ook?",
      explanation:
        'Gewone rugpijn wordt meestal minder door rust of door een andere houding. Is dat bij u niet zo, dan wil de huisarts u graag zien.',
      summary: "Pijn die erger wordt in rust en 's\u00a0nachts",
    },
    'morning-stiffness': {
      question: "Is uw rug 's\u00a0ochtends langer dan een uur stijf, wordt dat beter als u beweegt, en begon dit voor uw 45ste?",
      explanation:
        'Soms hoort dit bij een ontsteking van de gewrichten in de rug, zoals de ziekte van Bechterew. De huisarts kan dit verder uitzoeken.',
      summary: "'s\u00a0Ochtends langer dan een uur stijf, begonnen voor uw 45ste",
    },
    'severe-after-week': {
      question: 'Is de pijn na een week nog steeds heel erg, en wordt hij niet minder?',
      explanation:
        'Meestal wordt rugpijn in de eerste week al wat minder. Gebeurt dat niet, dan is het goed als de huisarts meekijkt.',
      summary: 'Na een week nog steeds erge pijn die niet minder wordt',
    },
    'longer-than-6-weeks': {
      question: 'Heeft u al langer dan 6 weken rugpijn?',
      explanation:
        'De meeste rugpijn is binnen 6 weken over. Duurt het langer? Dan bespreekt de huisarts met u wat kan helpen.',
      summary: 'Rugpijn die langer dan 6 weken duurt',
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
        'Blijf intussen rustig bewegen, zover het gaat.',
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
        'Pijnstillers op vaste tijden, zoals paracetamol, helpen u om in beweging te blijven.',
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
        'Heeft u pijnstillers nodig om te blijven bewegen? Neem ze dan op vaste tijden. Begin met paracetamol.',
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
