import type { FaqText } from '../types.js';

export const faq: FaqText = {
  title: 'Vragen over lage rugpijn',
  filterLabel: 'Zoek in de vragen',
  matches: (count) => (count === 1 ? '1 vraag gevonden' : `${count} vragen gevonden`),
  noMatches: 'Geen vragen gevonden. Probeer een ander woord.',
  items: {
    'what-is-it': {
      question: 'Wat bedoelen we met lage rugpijn?',
      answer: [
        'Lage rugpijn is pijn onder in uw rug. Het gaat om de plek tussen uw onderste ribben en de plooi onder uw billen. Soms voelt u de pijn ook in uw bil of bovenbeen.',
        "De pijn kan ineens beginnen. Mensen noemen dat spit, lumbago, het schot of 'door de rug gaan'. De pijn kan ook langzaam komen.",
        'Meestal is er geen ziekte en geen schade. Artsen noemen dit aspecifieke of gewone lage rugpijn.',
      ],
    },
    'how-common': {
      question: 'Hoe vaak komt lage rugpijn voor?',
      answer: [
        'Heel vaak. Ongeveer 4 van de 5 mensen krijgen ooit last van lage rugpijn. Bij mensen van 35 tot 64 jaar zijn het er zelfs 7 van de 10.',
        'De een heeft er één keer last van, de ander vaker.',
      ],
    },
    causes: {
      question: 'Waar komt lage rugpijn door?',
      answer: [
        'Bij meer dan 9 van de 10 mensen is niet aan te wijzen waar de pijn precies door komt. Waarschijnlijk hebben spieren, banden en gewrichten in de rug even meer te dragen dan ze aankunnen. Het is geen ziekte, en meestal is er niets beschadigd.',
        'Bij ongeveer 5 van de 100 mensen is er wel een duidelijke oorzaak. Bijvoorbeeld een hernia. Een kussentje tussen twee wervels puilt dan uit en drukt op een zenuw. Andere oorzaken zijn een vernauwing waar de zenuwen door lopen, of een gebroken wervel. Ook een ontsteking van de rug, een infectie of een tumor is mogelijk.',
        'Ernstige oorzaken zijn zeldzaam. Een gebroken wervel komt het vaakst voor: bij ongeveer 1 tot 4 van de 100 mensen met rugpijn. Dat zijn vooral oudere mensen met zwakke botten. Kanker is de oorzaak bij minder dan 1 van de 100. Een infectie of een ernstige beknelling van de zenuwen onder in de rug is heel zeldzaam. Daarom vraagt de huisarts naar waarschuwingssignalen.',
      ],
    },
    'who-gets-it': {
      question: 'Wie krijgt lage rugpijn?',
      answer: [
        'Iedereen kan lage rugpijn krijgen. Sommige dingen maken de kans groter. Bijvoorbeeld zwaar werk en veel tillen, of vaak draaien en bukken. Of lang in dezelfde houding zitten of staan. Ook steeds dezelfde beweging maken, of ineens iets heel zwaars doen. En veel trillingen, zoals in een vrachtwagen.',
        'Ook overgewicht, weinig bewegen, zwakke rug- en buikspieren, stress, roken, zwangerschap en een hogere leeftijd spelen mee.',
        'Aan veel van deze dingen kunt u zelf iets doen. Regelmatig bewegen helpt het meest.',
      ],
    },
    symptoms: {
      question: 'Wat zijn de klachten?',
      answer: [
        'Meestal is het een felle of zeurende pijn onder in de rug. Bewegen doet vaak pijn, bijvoorbeeld opstaan uit een stoel, lopen of iets optillen. Ook lang staan of zitten kan pijn doen.',
        "Soms trekt de pijn door naar uw bil of bovenbeen. 's\u00a0Ochtends kan uw rug stijf zijn.",
        'Straalt de pijn uit tot onder uw knie? Dan kan een zenuw geprikkeld zijn. Dat heet ischias.',
      ],
    },
    'how-long': {
      question: 'Hoe lang duurt het voordat de pijn over is?',
      answer: [
        'Meestal wordt lage rugpijn vanzelf beter. De meeste mensen zijn binnen 6 weken veel beter. Na 3 maanden is ongeveer 1 van de 3 mensen helemaal hersteld.',
        'Vaak blijft er langer wat pijn of stijfheid. Dat komt veel voor en is meestal niet ernstig. U bent dus geen uitzondering.',
        'Duurt de pijn langer dan 12 weken (3 maanden)? Dan heet het chronische, of langdurige, rugpijn.',
        'Ischias is pijn die van de rug uitstraalt in uw been. Dat kan langer duren. Bij 3 van de 4 mensen is ischias binnen 3 maanden over, zonder operatie.',
      ],
    },
    sciatica: {
      question: 'Wat is ischias?',
      answer: [
        'Bij ischias straalt de pijn uit van uw rug naar één been, vaak tot onder de knie. Een zenuw in de rug is dan geprikkeld of zit klem, bijvoorbeeld door een hernia. De pijn in het been is vaak erger dan in de rug. Soms voelt uw been doof aan of tintelt het.',
        'Ischias gaat meestal vanzelf over. Bij 3 van de 4 mensen is de pijn binnen 3 maanden over, zonder operatie. Blijf zo veel mogelijk bewegen.',
        'Straalt de pijn uit tot onder uw knie, of is uw been doof? Maak dan binnen een paar dagen een afspraak met de huisarts. Is één been zwakker geworden, bijvoorbeeld doordat uw voet sleept? Bel dan dezelfde dag de huisarts.',
      ],
    },
    scan: {
      question: 'Is een foto of scan nodig?',
      answer: [
        'Bij gewone lage rugpijn is een röntgenfoto of MRI-scan niet nodig. U wordt er niet sneller beter van.',
        'Op een scan zijn vaak veranderingen te zien, ook bij mensen die helemaal geen pijn hebben. Dat zijn gewone veranderingen die bij het ouder worden horen, zoals grijs haar. Wat op de scan staat, zegt dus weinig over waar uw pijn vandaan komt.',
        'Heeft de huisarts een reden om verder te zoeken? Dan kan de huisarts wel extra onderzoek aanvragen.',
      ],
    },
    'scan-useful': {
      question: 'Wanneer is een scan wel nuttig?',
      answer: [
        'Een scan is nuttig als de huisarts denkt aan een ernstige oorzaak. Bijvoorbeeld een gebroken wervel, een infectie of kanker. Dat is zeldzaam.',
        'Een scan is ook nuttig als een operatie misschien nodig is. Bijvoorbeeld bij een hernia met zware beenpijn die niet overgaat. De scan laat dan zien wat een chirurg kan doen.',
        'In andere gevallen verandert een scan niets aan de behandeling. Daarom vraagt de huisarts er dan geen aan.',
      ],
    },
    'what-helps': {
      question: 'Wat helpt tegen lage rugpijn?',
      answer: [
        'Het belangrijkste advies: blijf in beweging, zonder uzelf te forceren. Doe uw gewone dingen zo veel als het gaat. Bewegen met pijn kan geen kwaad. Stil blijven zitten of liggen doet meer kwaad dan goed.',
        'Pijnstillers helpen weinig. Een pijnstiller kan de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn weggaat. Warmte kan prettig voelen.',
        'Duurt de pijn lang? Dan helpen oefentherapie, gedragstherapie of revalidatie. Bedrust, een korset en een operatie helpen niet bij gewone rugpijn.',
      ],
    },
    physiotherapist: {
      question: 'Wat doet een fysiotherapeut?',
      answer: [
        'Een fysiotherapeut geeft u advies en oefeningen die passen bij de bewegingen die u moeilijk vindt. Weet u niet zeker wat u wel en niet kunt doen? Dan kunt u dat aan de fysiotherapeut vragen. Fysiotherapie wordt alleen vergoed als u een aanvullende verzekering heeft.',
        'Het doel is dat u uw dagelijkse dingen weer kunt doen. En dat u daarna zelf weet hoe u een nieuwe periode van rugpijn aanpakt.',
        'Oefentherapie helpt vooral bij pijn die lang duurt, en om te voorkomen dat de pijn terugkomt. Welke oefeningen u doet, is minder belangrijk. Ze moeten vooral bij u passen en genoeg van u vragen.',
      ],
    },
    'load-again': {
      question: 'Wanneer kan ik weer meer doen?',
      answer: [
        'Blijf vanaf het begin rustig bewegen. Bouw in de eerste week uw gewone bezigheden stap voor stap weer op.',
        'Doe elke dag een beetje meer, zonder te forceren. Wat pijn daarbij is normaal. Bewegen met pijn kan geen kwaad.',
        'Ga als het kan weer aan het werk, eventueel eerst met aangepast werk.',
      ],
    },
    work: {
      question: 'Kan ik met rugpijn blijven werken?',
      answer: [
        'Meestal wel. Blijven werken helpt u om te herstellen. Bent u thuisgebleven? Ga dan zo snel mogelijk weer aan het werk. U hoeft niet te wachten tot de pijn helemaal weg is.',
        'Lukt uw gewone werk nog niet? Doe dan eerst ander of lichter werk. Bijvoorbeeld minder tillen of vaker van houding wisselen.',
        'Bespreek met uw werkgever wat u nu kunt doen. De bedrijfsarts kan helpen om uw werk aan te passen. In België doet de arbeidsarts dat.',
      ],
    },
    recurrence: {
      question: 'Kan rugpijn terugkomen?',
      answer: [
        'Ja, dat gebeurt vaak. Ongeveer de helft van de mensen heeft binnen een jaar opnieuw last. In onderzoeken is dat 33 tot 69 van de 100 mensen. Dat is geen slecht teken.',
        'Doe dan wat de vorige keer hielp. Blijf bewegen en bouw rustig op.',
        'Blijf ook daarna fit: regelmatig bewegen en oefenen verkleint de kans dat de pijn terugkomt. Komt de pijn vaak terug? Een fysiotherapeut kan u oefeningen geven die bij u passen. Fysiotherapie wordt alleen vergoed als u een aanvullende verzekering heeft.',
      ],
    },
    pregnancy: {
      question: 'Ik ben zwanger en heb rugpijn. Wat kan ik doen?',
      answer: [
        'Rugpijn komt veel voor in de zwangerschap. Ook dan is bewegen goed. Blijf actief op een manier die prettig voelt, bijvoorbeeld wandelen of zwemmen. Een warme douche kan de spieren ontspannen.',
        'Slaap op uw zij met uw knieën half opgetrokken. Til niet te veel in één keer en houd de last dicht bij uw lichaam.',
        'Wilt u een pijnstiller? Vraag dan eerst uw verloskundige, huisarts of apotheker wat veilig is. Neem geen ontstekingsremmers, zoals ibuprofen of naproxen, tenzij uw arts dat zegt.',
        'Ook na de zwangerschap vraagt u eerst advies voor een ontstekingsremmer. Zeker bij een maagzweer, een nier- of hartziekte, hoge bloeddruk of astma. En als u ouder bent dan 70, of bloedverdunners of aspirine gebruikt, plastabletten, een ACE-remmer, prednison of een SSRI. Zonder advies neemt u ze niet langer dan een paar dagen.',
        'Heeft u veel last, of maakt u zich zorgen? Vraag dan uw verloskundige of huisarts om advies.',
      ],
    },
    'when-gp': {
      question: 'Wanneer moet ik naar de huisarts?',
      answer: [
        'Heeft u koorts bij de rugpijn, of is één been zwakker geworden? Bel dan vandaag uw huisarts. Maak binnen een paar dagen een afspraak als de pijn na een week nog heel erg is, of als één been doof voelt of tintelt. Ook als de pijn na 3 tot 4 weken niet beter wordt, of langer dan 6 weken duurt.',
        "Twijfelt u? Doe dan de check 'Moet ik naar de huisarts?'. Maakt u zich zorgen? Bel dan gerust uw huisarts.",
      ],
    },
  },
};
