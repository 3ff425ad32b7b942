import type { MythsText } from '../types.js';

export const myths: MythsText = {
  title: 'Fabels en feiten over rugpijn',
  intro: 'Over rugpijn bestaan veel misverstanden. Kies een uitspraak en bekijk wat er echt klopt.',
  mythLabel: 'Fabel',
  factLabel: 'Feit',
  reveal: 'Toon het feit',
  hide: 'Verberg het feit',
  revealAll: 'Toon alle feiten',
  hideAll: 'Verberg alle feiten',
  items: {
    'straight-back': {
      myth: 'Ik moet mijn rug altijd recht en stevig vasthouden.',
      fact: 'Dat hoeft niet. Uw rug steeds recht en gespannen houden helpt niet.',
      why: 'Dat idee komt uit oud onderzoek dat verkeerd is uitgelegd. Steeds op uw bewegingen letten is vermoeiend en maakt u bang om verkeerd te bewegen. Een ontspannen rug voelt vaak juist beter. Oefeningen voor uw rug- en buikspieren kunnen wel helpen: ze maken u sterker en fitter.',
    },
    'bed-rest': {
      myth: 'Met rugpijn kan ik het beste in bed blijven liggen.',
      fact: 'Blijf zo veel mogelijk bewegen. Bedrust is niet nodig.',
      why: 'Lang liggen maakt uw spieren zwakker en uw herstel trager. Moet u echt liggen? Doe dat dan hooguit 2 dagen.',
    },
    'scan-shows-cause': {
      myth: 'Op een scan kan de dokter zien waar mijn rugpijn vandaan komt.',
      fact: 'Bij gewone rugpijn laat een scan meestal niet de oorzaak zien.',
      why: 'Veel mensen zonder pijn hebben op een scan ook veranderingen aan de kussentjes tussen de wervels. Dat zijn gewone veranderingen die bij het ouder worden horen, zoals grijs haar. Wat op de scan te zien is, is dus vaak niet de oorzaak. Een scan maakt u ook niet beter. Hij is alleen nuttig als uw arts denkt aan een bijzondere oorzaak.',
    },
    'pain-means-damage': {
      myth: 'Als mijn rug pijn doet, is er iets kapot.',
      fact: 'Rugpijn betekent meestal niet dat er schade is.',
      why: 'Bij meer dan 9 van de 10 mensen is er geen duidelijke oorzaak te vinden in het lichaam. Bewegen met pijn kan geen kwaad.',
    },
    'dont-move': {
      myth: 'Met rugpijn kan ik beter niet bewegen.',
      fact: 'Blijven bewegen helpt juist, zolang u niets forceert.',
      why: 'Niet bewegen doet meer kwaad dan goed. Wie bewegingen uit de weg gaat uit angst voor pijn, heeft vaak langer last.',
    },
    'only-physical': {
      myth: 'Rugpijn heeft alleen met mijn lichaam te maken.',
      fact: 'Ook stress en zorgen spelen mee, vooral bij pijn die blijft.',
      why: 'Spanning, zorgen en een zware tijd op het werk kunnen pijn sterker maken. De pijn is echt. Ontspanning en bewegen helpen.',
    },
    'belt-helps': {
      myth: 'Een korset of rugband helpt mijn rug.',
      fact: 'Een korset, rugband of andere steun wordt afgeraden bij gewone rugpijn.',
      why: "Onderzoek laat zien dat zo'n steun niet helpt. Blijven bewegen en oefenen helpt wel.",
    },
    'surgery-fixes': {
      myth: 'Met een operatie ben ik van mijn rugpijn af.',
      fact: 'Bij gewone lage rugpijn heeft opereren nooit zin.',
      why: 'Bij gewone rugpijn is er geen duidelijke oorzaak die een chirurg kan weghalen. Zelfs ischias, pijn die uitstraalt in het been, gaat meestal over zonder operatie. Bij 3 van de 4 mensen is dat binnen 3 maanden. Blijven bewegen en oefentherapie helpen wel.',
    },
  },
};
