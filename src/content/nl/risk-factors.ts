import type { RiskFactorsText } from '../types.js';

export const riskFactors: RiskFactorsText = {
  title: 'Wat vergroot de kans op rugpijn?',
  intro: 'Vink aan wat bij u past. U krijgt dan tips die u kunt gebruiken. Aan veel van deze dingen kunt u zelf iets doen. Niemand heeft schuld aan zijn rugpijn: deze dingen vergroten de kans, het zijn geen fouten.',
  riskHeading: 'Wat past bij u?',
  tipsHeading: 'Tips voor u',
  noneTicked: 'U heeft niets aangevinkt. Blijf regelmatig bewegen: dat houdt u fit, en dat is goed voor uw rug.',
  factors: {
    'heavy-lifting': {
      label: 'Ik til veel of zwaar, bijvoorbeeld voor mijn werk',
      tip: 'Houd de last dicht bij uw lichaam en til ontspannen, op een manier die prettig voelt. Wissel af hoe u tilt. Til niet te veel in één keer. Zo gaat tillen makkelijker.',
    },
    'twisting-bending': {
      label: 'Ik draai en buk vaak',
      tip: 'Draai en buk niet tegelijk. Draai eerst uw hele lichaam, en zak daarna door uw knieën.',
    },
    'static-posture': {
      label: 'Ik zit of sta vaak lang in dezelfde houding',
      tip: 'Wissel vaak van houding. Sta elke 20 tot 30 minuten even op, of ga even zitten als u lang staat.',
    },
    'sedentary-work': {
      label: 'Ik heb werk waarbij ik bijna alleen zit',
      tip: 'Sta elke 20 tot 30 minuten op en loop een stukje. Kies een stoel die uw onderrug steunt en zet uw werkplek op een goede hoogte.',
    },
    'repetitive-work': {
      label: 'Ik maak vaak steeds dezelfde beweging, bijvoorbeeld met de computermuis of in een fabriek',
      tip: 'Neem korte pauzes, wissel vaak van houding en loop af en toe even rond.',
    },
    'sudden-effort': {
      label: 'Ik doe soms ineens iets heel zwaars',
      tip: 'Neem de tijd voor zwaar werk. Bouw rustig op en verdeel een zware last in kleinere delen.',
    },
    vibration: {
      label: 'Ik heb vaak te maken met trillingen, bijvoorbeeld in een vrachtwagen of van machines',
      tip: 'Neem regelmatig pauze om op te staan en te bewegen. Hoort het bij uw werk? Bespreek het dan met uw werkgever of de bedrijfsarts.',
    },
    overweight: {
      label: 'Ik heb overgewicht',
      tip: 'Meer bewegen en wat afvallen maakt het minder zwaar voor uw rug. De huisarts kan u daarbij helpen.',
    },
    'little-exercise': {
      label: 'Ik beweeg weinig',
      tip: 'Begin klein. Wandel, fiets of zwem regelmatig. Zo blijft u fit en houdt u uw rug- en buikspieren sterk.',
    },
    stress: {
      label: 'Ik heb veel stress, voel me gespannen of ben vaak moe',
      tip: 'Stress maakt uw spieren gespannen. Neem tijd om te ontspannen en blijf bewegen: allebei goed voor uw rug.',
    },
    smoking: {
      label: 'Ik rook',
      tip: 'Stoppen met roken is ook goed voor uw rug. Uw huisarts kan u helpen met stoppen.',
    },
    pregnancy: {
      label: 'Ik ben zwanger',
      tip: 'Rugpijn komt veel voor in de zwangerschap. Blijf actief, en vraag uw verloskundige of huisarts om advies.',
    },
  },
  lastingHeading: 'Wat kan rugpijn langer laten duren?',
  lastingIntro:
    'Sommige dingen maken de kans groter dat rugpijn lang blijft. Vink aan wat bij u past. Dan weet u wat u kunt bespreken met uw huisarts of fysiotherapeut.',
  lasting: {
    'fear-of-moving': 'Ik durf sommige bewegingen niet te maken, omdat ik bang ben voor pijn',
    'low-mood': 'Ik voel me vaak somber of neerslachtig',
    worry: 'Ik maak me veel zorgen over mijn rug',
    'passive-coping': 'Ik wacht vooral af en hoop dat rust of medicijnen de pijn oplossen',
    'work-stress': 'Ik heb zwaar werk, spanning op mijn werk of weinig plezier in mijn werk',
    'earlier-episodes': 'Ik heb al eerder rugpijn gehad',
    'much-limitation': 'Door de pijn kan ik veel dingen niet meer doen',
    'leg-pain': 'De pijn straalt uit naar mijn been',
  },
  lastingAdvice:
    'Dit komt veel voor bij mensen met rugpijn. U kunt nog steeds goed herstellen. Er is hulp, zoals oefentherapie en gedragstherapie. Bespreek het met uw huisarts of fysiotherapeut. Fysiotherapie wordt alleen vergoed als u een aanvullende verzekering heeft. Doe dat zeker als de pijn na 3 tot 4 weken niet minder wordt.',
  earlyHelp:
    'U herkent 3 of meer van deze dingen. Wacht dan niet af: maak nu al een afspraak met uw huisarts of een fysiotherapeut. Zij kunnen u helpen om hier iets aan te doen.',
  clear: 'Alle vinkjes weghalen',
};
