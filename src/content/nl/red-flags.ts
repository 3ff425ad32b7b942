import type { RedFlagsText } from '../types.js';

export const redFlags: RedFlagsText = {
  title: 'Moet ik naar de huisarts?',
  intro:
    'Met deze check ziet u of u met uw rugpijn naar de huisarts moet, en hoe snel. U beantwoordt korte vragen met ja of nee. Dat duurt ongeveer 3 minuten. De meeste rugpijn is onschuldig. De signalen in deze check komen weinig voor. Uw antwoorden worden niet bewaard en niet verstuurd.',
  groups: {
    'bladder-saddle': 'Plassen, poepen, seks en gevoel tussen de benen',
    legs: 'Uw benen',
    start: 'Hoe de pijn begon',
    health: 'Uw gezondheid',
    'bones-immunity': 'Kanker, botten en afweer',
    course: 'Hoe de pijn verloopt',
    pregnancy: 'Zwangerschap',
  },
  flags: {
    'bladder-bowel': {
      question:
        'Heeft u sinds deze rugpijn nieuwe klachten bij het plassen of poepen? Het plassen komt bijvoorbeeld moeilijk op gang. Of u voelt niet dat uw blaas vol is. Of er komt plas of poep uit zonder dat u het merkt.',
      explanation:
        'Harde ontlasting of verstopping alleen telt niet mee. Dat komt vaak door pijnstillers zoals codeïne, en door stilliggen. Verliest u al jaren een beetje urine als u hoest? Dat telt ook niet mee. Nieuwe klachten zijn zeldzaam. De zenuwen van blaas en darm beginnen onder in de rug.',
      summary: 'Nieuwe klachten bij het plassen of poepen',
    },
    'saddle-numbness': {
      question:
        'Voelt het doof, tintelend of anders aan tussen uw benen, rond uw geslachtsdelen of rond uw billen? Bijvoorbeeld als u zich afveegt na de wc.',
      explanation:
        'Artsen noemen dit het zadelgebied: de plek waarmee u op een fietszadel zit. Een ander gevoel op die plek is zeldzaam.',
      summary: 'Een doof, tintelend of ander gevoel tussen de benen, rond de geslachtsdelen of de billen',
    },
    'sex-changed': {
      question: 'Heeft u sinds deze rugpijn nieuwe moeite met een erectie krijgen of houden? Of voelt seks anders?',
      explanation: 'De zenuwen voor seks beginnen ook onder in de rug. Een nieuwe verandering is zeldzaam.',
      summary: 'Nieuwe moeite met een erectie, of seks die anders voelt',
    },
    'both-legs': {
      question: 'Heeft u sinds deze rugpijn in allebei uw benen minder kracht, een doof gevoel of zenuwpijn?',
      explanation:
        'Tel alleen wat nieuw is sinds deze rugpijn. Voeten die al jaren doof zijn, bijvoorbeeld door suikerziekte, tellen niet mee. Nieuwe klachten in beide benen zijn zeldzaam. Ze kunnen betekenen dat zenuwen onder in de rug klem zitten.',
      summary: 'Nieuw: minder kracht, een doof gevoel of zenuwpijn in beide benen',
    },
    'leg-weakness-worsening': {
      question: 'Wordt een been steeds zwakker?',
      explanation: 'Zwakte die erger wordt, kan komen doordat een zenuw steeds meer klem zit. Dat is zeldzaam.',
      summary: 'Een been wordt steeds zwakker',
    },
    'leg-weakness-new': {
      question:
        'Heeft u sinds kort minder kracht in één been? Uw voet sleept bijvoorbeeld, of u kunt niet op uw hak of op uw tenen staan.',
      explanation: 'Dit kan komen doordat een zenuw onder in de rug klem zit.',
      summary: 'Sinds kort minder kracht in één been',
    },
    'leg-numbness': {
      question: 'Voelt één been doof aan, of tintelt het?',
      explanation: 'Dit komt vaak door een geprikkelde zenuw onder in de rug. Meestal gaat het vanzelf over.',
      summary: 'Een doof of tintelend gevoel in één been',
    },
    'radiating-below-knee': {
      question: 'Straalt de pijn uit tot onder uw knie, naar uw voet of tenen?',
      explanation:
        'Pijn die zo ver uitstraalt, komt vaak van een geprikkelde zenuw (ischias). Bij 3 van de 4 mensen gaat dit binnen 3 maanden vanzelf over.',
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
        'Zwakke botten heeft u bij botontkalking (osteoporose). Ook prednison-tabletten maken de botten zwakker, als u ze langer dan 3 maanden slikt. Een bot breekt dan sneller, ook bij een kleine val.',
      summary: 'Pijn na een val of klein ongeluk, met zwakke botten of ouder dan 70',
    },
    'sudden-severe-pain': {
      question: 'Kreeg u plotseling heel erge pijn in uw rug of buik? En blijft die even erg, in elke houding?',
      explanation: 'Gewone rugpijn verandert als u anders gaat liggen of bewegen. Pijn die dat niet doet, kan een andere oorzaak hebben.',
      summary: 'Plotseling heel erge pijn in rug of buik, die in geen houding minder wordt',
    },
    'over-40': {
      question: 'Bent u ouder dan 40?',
      explanation: 'Na uw 40ste kan zulke plotselinge pijn komen van de grote slagader in de buik.',
      summary: 'Ouder dan 40',
    },
    'faint-pale-sweaty': {
      question: 'Voelde u zich flauw toen de pijn begon? Of werd u bleek of zweterig?',
      explanation: 'Samen met rugpijn kan dit komen van de grote slagader of van het hart. Dat is zeldzaam.',
      summary: 'Flauw, bleek of zweterig toen de pijn begon',
    },
    'back-procedure': {
      question: 'Heeft u de afgelopen weken een operatie, een injectie of een ruggenprik in uw rug gehad?',
      explanation: 'Heel soms ontstaat daarna een infectie in de rug.',
      summary: 'Een operatie, injectie of ruggenprik in de rug, de afgelopen weken',
    },
    'chest-pain': {
      question: 'Heeft u pijn op de borst, of pijn hoog in uw rug tussen uw schouderbladen?',
      explanation: 'Pijn op die plek kan komen van het hart of de grote slagader, en niet van de onderrug.',
      summary: 'Pijn op de borst, of hoog in de rug tussen de schouderbladen',
    },
    'aortic-aneurysm': {
      question: 'Heeft een arts gezegd dat u een verwijding (aneurysma) heeft van de grote slagader in uw buik?',
      explanation: 'Met zo’n verwijding moet een arts nieuwe pijn in rug of buik meteen nakijken.',
      summary: 'Een bekende verwijding (aneurysma) van de grote slagader in de buik',
    },
    fever: {
      question: 'Heeft u koorts, samen met de rugpijn?',
      explanation: 'Koorts samen met rugpijn komt niet vaak voor. Het kan passen bij een infectie.',
      summary: 'Koorts samen met de rugpijn',
    },
    'feeling-ill': {
      question: 'Voelt u zich ziek, samen met de rugpijn?',
      explanation: 'Een ziek gevoel samen met rugpijn komt niet vaak voor. De huisarts wil weten waar het door komt.',
      summary: 'Een ziek gevoel samen met de rugpijn',
    },
    'recent-infection': {
      question: 'Had u kort geleden ergens anders in uw lichaam een infectie? Bijvoorbeeld een blaasontsteking of een ontstoken wond.',
      explanation: 'Heel soms gaan bacteriën van een infectie naar de rug.',
      summary: 'Kort geleden een infectie ergens anders, zoals in de blaas of de huid',
    },
    'age-onset': {
      question: 'Heeft u voor het eerst rugpijn, en bent u jonger dan 20 of ouder dan 50?',
      explanation: 'Op deze leeftijd komt rugpijn voor het eerst minder vaak voor. Vaak is er niets ernstigs aan de hand.',
      summary: 'Voor het eerst rugpijn, jonger dan 20 of ouder dan 50',
    },
    'cancer-history': {
      question: 'Heeft u ooit kanker gehad?',
      explanation: 'Ook dan is rugpijn meestal gewone rugpijn. Toch wil de huisarts het bekijken.',
      summary: 'Kanker nu of vroeger',
    },
    'cancer-now': {
      question: 'Wordt u nu behandeld voor kanker? Of is de kanker uitgezaaid?',
      explanation: 'Uw behandelteam wil weten dat u nieuwe rugpijn heeft.',
      summary: 'Nu behandeld voor kanker, of uitgezaaide kanker',
    },
    'weight-loss': {
      question: 'Bent u afgevallen zonder dat u dat wilde?',
      explanation: 'Afvallen zonder dat u het wilt, kan veel oorzaken hebben. De huisarts wil met u uitzoeken waar het door komt.',
      summary: 'Afgevallen zonder het te willen',
    },
    'steroid-pills': {
      question: 'Slikt u langer dan 3 maanden prednison-tabletten of een vergelijkbaar medicijn?',
      explanation: 'Prednison is een medicijn tegen ontstekingen. Als u het langer dan 3 maanden slikt, kunnen uw botten zwakker worden.',
      summary: 'Langer dan 3 maanden prednison-tabletten of een vergelijkbaar medicijn',
    },
    osteoporosis: {
      question: 'Heeft u botontkalking (osteoporose)?',
      explanation: 'Bij botontkalking zijn de botten minder sterk. Ze breken dan sneller.',
      summary: 'Botontkalking (osteoporose)',
    },
    'low-immunity': {
      question: 'Heeft u een lage afweer, door een ziekte of door medicijnen?',
      explanation: 'Uw afweer beschermt u tegen infecties. Is die laag? Dan krijgt u sneller een infectie.',
      summary: 'Een lage afweer',
    },
    'injecting-drugs': {
      question: 'Spuit u drugs?',
      explanation: 'Via een naald kan een infectie in het lichaam komen. Dat is zeldzaam.',
      summary: 'Drugs spuiten',
    },
    'night-pain': {
      question: "Wordt de pijn erger als u 's\u00a0nachts stilligt, in welke houding ook?",
      explanation: 'Gewone rugpijn wordt meestal minder door rust of door een andere houding.',
      summary: "Pijn die erger wordt als u 's\u00a0nachts stilligt, in elke houding",
    },
    'morning-stiffness': {
      question: 'Is uw rug sinds voor uw 45ste elke ochtend meer dan een uur stijf, en wordt hij soepeler door bewegen?',
      explanation: 'Soms hoort dit bij een ontsteking van de gewrichten in de rug. De huisarts kan dit verder uitzoeken.',
      summary: "Al sinds voor uw 45ste 's\u00a0ochtends meer dan een uur stijf",
    },
    'back-swelling': {
      question: 'Ziet of voelt u een zwelling op uw rug? Of is de vorm van uw rug veranderd?',
      explanation: 'Een arts wil een nieuwe zwelling of een andere vorm van de rug graag zien.',
      summary: 'Een zwelling, of een andere vorm van de rug',
    },
    'severe-after-week': {
      question: 'Is de pijn na een week nog steeds heel erg, en wordt hij niet minder?',
      explanation: 'Meestal wordt rugpijn in de eerste week al wat minder. Gebeurt dat niet? Dan wil de huisarts met u meekijken.',
      summary: 'Na een week nog steeds erge pijn die niet minder wordt',
    },
    'longer-than-6-weeks': {
      question: 'Heeft u langer dan 6 weken rugpijn, en heeft u dat nog niet met een huisarts of fysiotherapeut besproken?',
      explanation:
        'De meeste mensen zijn binnen 6 weken al veel beter. Bent u dat niet? Dan bespreekt de huisarts met u wat kan helpen. Heeft u het al besproken? Kies dan nee.',
      summary: 'Langer dan 6 weken rugpijn, nog niet besproken met huisarts of fysiotherapeut',
    },
    pregnant: {
      question: 'Bent u zwanger?',
      explanation: 'Dan stellen we nog een paar vragen. Pijn in rug en bekken komt veel voor in de zwangerschap.',
      summary: 'Zwanger',
      advice:
        'Pijn in rug en bekken komt veel voor in de zwangerschap. Een fysiotherapeut kan helpen. Fysiotherapie wordt alleen vergoed als u een aanvullende verzekering heeft. Neem geen ontstekingsremmende pijnstillers (NSAID’s) als u zwanger bent, tenzij uw arts het zegt.',
    },
    'pregnancy-contractions': {
      question: 'Komt de pijn in golven, of wordt uw buik hard?',
      explanation: 'Dit kunnen weeën zijn.',
      summary: 'Pijn in golven, of een buik die hard wordt',
    },
    'pregnancy-blood-loss': {
      question: 'Verliest u bloed of vocht uit uw vagina?',
      explanation: 'Dit wil uw verloskundige weten.',
      summary: 'Bloed- of vochtverlies',
    },
    'pregnancy-fever-peeing': {
      question: 'Heeft u koorts, of pijn bij het plassen?',
      explanation: 'Dit kan een ontsteking van blaas of nieren zijn. In de zwangerschap moet dat bekeken worden.',
      summary: 'Koorts, of pijn bij het plassen',
    },
    'pregnancy-baby-moving-less': {
      question: 'Beweegt uw baby minder dan normaal?',
      explanation: 'Dit wil uw verloskundige weten.',
      summary: 'De baby beweegt minder dan normaal',
    },
  },
  outcomes: {
    emergency: {
      label: 'Spoed',
      summary: 'Door een van uw antwoorden heeft u meteen hulp nodig. Dat komt weinig voor, en snel hulp vragen is nu de goede stap.',
      phoneAdvice:
        'Zeg aan de telefoon dat u rugpijn heeft. Noem de klachten die hieronder staan, en sinds wanneer u ze heeft. Houd uw medicijnen of een lijst ervan bij de hand.',
    },
    urgent: {
      label: 'Vandaag',
      summary: 'Dat betekent niet dat er iets ernstigs is. Maar het is goed om het vandaag na te laten kijken.',
      phoneAdvice:
        'Zeg aan de telefoon dat u rugpijn heeft, en sinds wanneer. Noem ook de klachten die hieronder staan. Dan hoort u wanneer u kunt komen.',
    },
    soon: {
      label: 'Binnen enkele dagen',
      summary: 'De huisarts wil graag naar uw rugpijn kijken, maar het hoeft niet vandaag. De meeste rugpijn is niet ernstig.',
      phoneAdvice:
        'Zeg aan de telefoon dat u rugpijn heeft, sinds wanneer, en welke klachten hieronder staan. Dan weet de praktijk hoe snel u moet komen.',
    },
    'self-care': {
      label: 'Zelfzorg',
      summary: 'De meeste mensen zijn binnen 6 weken al veel beter. Vaak blijft er langer wat pijn. Dat komt veel voor, en is meestal niet ernstig.',
      phoneAdvice: 'U hoeft nu niet te bellen. Heeft u vragen over pijnstillers? Vraag het dan bij de apotheek.',
    },
  },
  routes: {
    'call-112': {
      title: 'Bel nu 112',
      actions: ['Bel nu 112.', 'Rijd niet zelf.', 'Wacht niet af, ook niet als de pijn even minder wordt.'],
    },
    'gp-now-or-112': {
      title: 'Bel nu uw huisarts of de huisartsenpost',
      actions: [
        "Bel nu uw huisarts. Is de praktijk dicht, bijvoorbeeld 's\u00a0avonds of in het weekend? Bel dan de huisartsenpost.",
        'Krijgt u niemand te spreken? Bel dan 112.',
        'Wacht niet af, ook niet als de pijn even minder wordt.',
      ],
    },
    '112-or-emergency-department': {
      title: 'Bel nu 112 of ga naar de spoedgevallendienst',
      actions: [
        'Bel nu 112, of ga nu naar de spoedgevallendienst van een ziekenhuis.',
        'Rijd niet zelf. Vraag iemand om u te brengen.',
        'Wacht niet af, ook niet als de pijn even minder wordt.',
      ],
    },
    'treating-team-now': {
      title: 'Bel nu uw behandelteam',
      actions: [
        'Bel nu uw behandelteam in het ziekenhuis, op het nummer dat 24 uur per dag bereikbaar is.',
        "Krijgt u niemand te spreken? Bel dan nu uw huisarts. 's\u00a0Avonds, 's\u00a0nachts en in het weekend belt u de huisartsenpost.",
        'Wacht niet tot morgen.',
      ],
    },
    'midwife-now': {
      title: 'Bel nu uw verloskundige',
      actions: ['Bel nu uw verloskundige.', 'Krijgt u de verloskundige niet te spreken? Bel dan de huisartsenpost.'],
    },
    'treating-team-today': {
      title: 'Neem vandaag contact op met uw behandelteam of uw huisarts',
      actions: ['Bel vandaag uw behandelteam in het ziekenhuis, of uw huisarts.'],
      outOfHours: 'Is het ziekenhuis of de praktijk dicht? Bel dan de huisartsenpost.',
    },
    'gp-today': {
      title: 'Neem vandaag contact op met uw huisarts',
      actions: ['Bel vandaag uw huisarts.'],
      outOfHours: 'Is de praktijk dicht? Bel dan de huisartsenpost.',
    },
    'gp-soon': {
      title: 'Maak binnen een paar dagen een afspraak met uw huisarts',
      actions: [
        'Bel de komende dagen uw huisarts voor een afspraak.',
        'Blijf intussen zo veel mogelijk bewegen, zonder te forceren.',
        'Een pijnstiller kan de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn helemaal weggaat.',
      ],
    },
    'self-care': {
      title: 'U kunt zelf veel doen tegen de rugpijn',
      actions: [
        'Blijf bewegen en doe uw gewone dingen zo veel als het gaat, zonder te forceren.',
        'Blijf niet in bed liggen. Moet u echt liggen? Doe dat dan hooguit 2 dagen.',
        'Een pijnstiller kan de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn helemaal weggaat.',
        'Een warme douche of een warmtekussen kan de pijn even verlichten.',
        'Bouw uw gewone activiteiten in de eerste week stap voor stap weer op.',
        'Is de pijn na een week nog steeds erg, en wordt hij niet minder? Neem dan contact op met uw huisarts.',
        'Wordt de pijn na 3 tot 4 weken niet beter, of duurt hij langer dan 6 weken? Ga dan naar uw huisarts of een fysiotherapeut. De fysiotherapeut wordt alleen betaald uit een aanvullende verzekering.',
      ],
    },
  },
  yes: 'Ja',
  no: 'Nee',
  progress: (answered, total) => `${answered} van ${total} ${total === 1 ? 'vraag' : 'vragen'} beantwoord`,
  unanswered: 'Deze vragen heeft u nog niet beantwoord:',
  incomplete: 'Beantwoord alle vragen. Daarna ziet u hier wat u het beste kunt doen. Is er direct hulp nodig? Dan ziet u dat meteen.',
  becauseHeading: 'U antwoordde ja op:',
  noSigns: 'U heeft geen waarschuwingssignalen aangegeven.',
  worried: 'Maakt u zich zorgen, of worden de klachten erger? Neem dan contact op met uw huisarts.',
  call112: 'Bel 112',
  contactHeading: 'Uw zorgverlener',
  callContact: (name) => `Bel ${name}`,
  visitContact: (name) => `Naar de website van ${name}`,
  callOutOfHours: (number) => `Is de praktijk dicht? Bel dan de dokter van dienst op ${number}.`,
  opensInNewTab: '(opent in een nieuw tabblad)',
  startAgain: 'Opnieuw beginnen',
  stepProgress: (step, total) => `Stap ${step} van ${total}`,
  previous: 'Vorige',
  next: 'Volgende',
  showResult: 'Toon advies',
  changeAnswers: 'Antwoorden aanpassen',
  chooseAnswer: 'Kies ja of nee.',
};
