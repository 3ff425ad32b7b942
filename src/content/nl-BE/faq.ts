/** Belgian Dutch (Flanders) for the questions: only the texts that differ from Dutch. */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const faq: DeepPartial<Content['faq']> = {
  items: {
    'what-is-it': {
      answer: [
        'Lage rugpijn is pijn onder in uw rug. Het gaat om de plek tussen uw onderste ribben en de plooi onder uw billen. Soms voelt u de pijn ook in uw bil of bovenbeen.',
        "De pijn kan ineens beginnen. Mensen noemen dat het verschot, lumbago, 'erin schieten' of 'door de rug gaan'. De pijn kan ook langzaam komen.",
        'Meestal is er geen ziekte en geen schade. Artsen noemen dit aspecifieke of gewone lage rugpijn.',
      ],
    },
    physiotherapist: {
      question: 'Wat doet een kinesitherapeut?',
      answer: [
        'Een kinesitherapeut geeft u advies en oefeningen die passen bij de bewegingen die u moeilijk vindt. Weet u niet zeker wat u wel en niet kunt doen? Dan kunt u dat aan de kinesitherapeut vragen. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts.',
        'Het doel is dat u uw dagelijkse dingen weer kunt doen. En dat u daarna zelf weet hoe u een nieuwe periode van rugpijn aanpakt.',
        'Oefentherapie helpt vooral bij pijn die lang duurt, en om te voorkomen dat de pijn terugkomt. Welke oefeningen u doet, is minder belangrijk. Ze moeten vooral bij u passen en genoeg van u vragen.',
      ],
    },
    work: {
      answer: [
        'Meestal wel. Blijven werken helpt u om te herstellen. Bent u thuisgebleven? Ga dan zo snel mogelijk weer aan het werk. U hoeft niet te wachten tot de pijn helemaal weg is.',
        'Lukt uw gewone werk nog niet? Doe dan eerst ander of lichter werk. Bijvoorbeeld minder tillen of vaker van houding wisselen.',
        'Bespreek met uw werkgever wat u nu kunt doen. De arbeidsarts (preventieadviseur-arbeidsarts) kan helpen om uw werk aan te passen.',
      ],
    },
    pregnancy: {
      answer: [
        'Rugpijn komt veel voor in de zwangerschap. Ook dan is bewegen goed. Blijf actief op een manier die prettig voelt, bijvoorbeeld wandelen of zwemmen. Een warme douche kan de spieren ontspannen.',
        'Slaap op uw zij met uw knieën half opgetrokken. Til niet te veel in één keer en houd de last dicht bij uw lichaam.',
        'Wilt u een pijnstiller? Vraag dan eerst uw vroedvrouw, huisarts of apotheker wat veilig is. Neem geen ontstekingsremmers, zoals ibuprofen of naproxen, tenzij uw arts dat zegt.',
        'Ook na de zwangerschap vraagt u eerst advies voor een ontstekingsremmer. Zeker bij een maagzweer, een nier- of hartziekte, hoge bloeddruk of astma. En als u ouder bent dan 70, of bloedverdunners gebruikt, ook aspirine of Asaflow. Of plaspillen, een ACE-remmer, cortisone of een SSRI. Zonder advies neemt u ze niet langer dan een paar dagen.',
        'Heeft u veel last, of maakt u zich zorgen? Vraag dan uw vroedvrouw of huisarts om advies.',
      ],
    },
    recurrence: {
      answer: [
        'Ja, dat gebeurt vaak. Ongeveer de helft van de mensen heeft binnen een jaar opnieuw last. In onderzoeken is dat 33 tot 69 van de 100 mensen. Dat is geen slecht teken.',
        'Doe dan wat de vorige keer hielp. Blijf bewegen en bouw rustig op.',
        'Blijf ook daarna fit: regelmatig bewegen en oefenen verkleint de kans dat de pijn terugkomt. Komt de pijn vaak terug? Een kinesitherapeut kan u oefeningen geven die bij u passen. Het ziekenfonds betaalt alleen een deel terug met een voorschrift van uw arts.',
      ],
    },
  },
};
