import type { LiftingText } from '../types.js';

export const lifting: LiftingText = {
  title: 'Tips voor tillen, zitten en bewegen',
  intro:
    'Deze tips maken tillen, zitten en opstaan makkelijker en prettiger. Uw rug wordt er niet sneller beter van. Het is niet bewezen dat ze rugpijn voorkomen. Wat de kans op nieuwe rugpijn wel kleiner maakt: blijven bewegen en fit blijven.',
  tabsLabel: 'Onderwerpen',
  topics: {
    lifting: {
      title: 'Tillen',
      tips: [
        'Houd wat u tilt dicht tegen uw lichaam.',
        'Buig uw knieën en heupen op de manier die voor u prettig voelt.',
        'Til ontspannen en wissel af hoe u tilt. Een ronde rug bij het tillen is niet gevaarlijk.',
        'Draai niet met uw rug terwijl u iets tilt of draagt.',
        'Til niet te veel in één keer.',
        'Moet u iets ver dragen? Zet het dan af en toe neer en rust even uit.',
      ],
      illustration: 'Iemand zakt door de knieën en tilt een doos op, dicht tegen het lichaam.',
      steps: [
        'Ga dicht bij de doos staan en buig uw knieën en heupen.',
        'Houd de doos dicht tegen uw lichaam.',
        'Kom rustig omhoog, met de doos dicht bij u.',
      ],
    },
    turning: {
      title: 'Draaien en bukken',
      tips: [
        'Draai en buk niet tegelijk.',
        'Wilt u iets pakken dat achter u ligt? Kom dan eerst overeind, draai u om en zak daarna door uw knieën.',
        'Draai met uw voeten mee, zodat uw hele lichaam draait en niet alleen uw rug.',
        'Stapt u uit de auto? Draai dan uw lichaam en benen samen naar buiten.',
        'Zet eerst allebei uw voeten op de grond.',
        'Steun met uw handen en kom daarna pas overeind.',
      ],
      illustration: 'Iemand stapt uit een auto en draait de benen en het lichaam samen naar buiten.',
    },
    sitting: {
      title: 'Zitten',
      tips: [
        'Kies een stoel die uw onderrug goed steunt.',
        'Een stoel met armleuningen is handig.',
        'Ga liever niet op een lage of zachte stoel zitten.',
        'Sta elke 20 tot 30 minuten even op en loop een stukje.',
        'Staat u lang? Ga dan af en toe even zitten.',
        'Zorg dat uw bureau of werkplek op een goede hoogte staat.',
        'Werkt u thuis? Zit dan niet urenlang op een keukenstoel die niet bij u past.',
      ],
      illustration: 'Iemand zit op een stevige stoel met steun in de onderrug, aan een bureau op een goede hoogte.',
    },
    'standing-up': {
      title: 'Opstaan uit een stoel',
      tips: [
        'Schuif eerst naar de voorkant van de zitting.',
        'Plaats de ene voet onder de stoel en de andere een stukje ervoor.',
        'Leg uw handen op de armleuningen.',
        'Duw uzelf met uw armen en benen omhoog.',
      ],
      illustration:
        'Iemand zit op de voorkant van een stoel, met één voet naar achteren, en duwt zich omhoog.',
      steps: [
        'Schuif naar de voorkant van de zitting, met één voet naar achteren.',
        'Leun naar voren en duw op de armleuningen.',
        'Duw uzelf met armen en benen omhoog tot u staat.',
      ],
    },
    bed: {
      title: 'Uit bed komen',
      tips: [
        'Rol eerst op uw zij.',
        'Laat uw benen langs de bedrand naar beneden zakken.',
        'Duw uzelf met allebei uw armen opzij omhoog tot u zit.',
        'Gaat u liggen? Doe dan hetzelfde, maar andersom.',
      ],
      illustration: 'Iemand ligt op de zij, laat de benen langs de bedrand zakken en duwt zich met beide armen omhoog.',
      steps: [
        'Rol eerst op uw zij, met gebogen knieën.',
        'Laat uw benen over de bedrand zakken en duw uzelf met uw armen omhoog.',
        'Nu zit u op de rand van het bed.',
      ],
    },
    sleeping: {
      title: 'Slapen',
      tips: [
        'Slaapt u op uw rug? Leg dan kussens onder uw knieën.',
        'Slaapt u op uw zij? Trek dan uw knieën half op.',
        'Kies de houding die voor uw rug het prettigst is.',
      ],
      illustration:
        'Twee slaaphoudingen: op de rug met kussens onder de knieën, en op de zij met de knieën half opgetrokken.',
    },
    sport: {
      title: 'Sporten en fit blijven',
      tips: [
        'Let bij het sporten op een goede techniek.',
        'Maak uw training langzaam zwaarder, niet in één keer.',
        'Een trainer kan u helpen met de juiste techniek.',
        'Blijf fit door te wandelen, te fietsen of te zwemmen.',
        'Zorg ook voor ontspanning en probeer stress te verminderen.',
      ],
      illustration: 'Iemand wandelt en iemand fietst.',
    },
  },
};
