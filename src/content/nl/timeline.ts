import type { TimelineText } from '../types.js';

export const timeline: TimelineText = {
  title: 'Hoe verloopt rugpijn?',
  intro:
    'Rugpijn wordt meestal vanzelf beter. De meeste mensen zijn binnen 6 weken veel beter. Vaak blijft er nog wat langer pijn. Dat komt veel voor en is meestal niet ernstig. Hier ziet u per periode wat normaal is, wat helpt en wanneer u hulp vraagt.',
  normalHeading: 'Wat is normaal',
  helpsHeading: 'Wat helpt',
  contactHeading: 'Wanneer vraagt u hulp',
  onsetLabel: 'Wanneer begon de pijn?',
  onsetHint: 'Vul de datum in. Dan ziet u waar u nu ongeveer bent. Er wordt niets bewaard.',
  onsetFuture: 'Deze datum ligt in de toekomst. Kies vandaag of een dag eerder.',
  onsetInvalid: 'Deze datum klopt niet. Vul een dag, maand en jaar in die bestaan.',
  youAreHere: 'U bent hier',
  dayCount: (daysSinceStart) =>
    daysSinceStart === 0
      ? 'Dag 1: de pijn begon vandaag'
      : daysSinceStart === 1
        ? 'Dag 2: de pijn begon gisteren'
        : `Dag ${daysSinceStart + 1}: de pijn begon ${daysSinceStart} dagen geleden`,
  phases: {
    'first-days': {
      title: 'De eerste dagen',
      when: 'Dag 1 tot en met 3 (dag 1 is de dag dat de pijn begon)',
      normal:
        'De pijn kan flink zijn. Bewegen gaat moeilijk en uw rug voelt stijf. Dat is vervelend, maar meestal onschuldig.',
      helps: [
        'Blijf rustig bewegen, zonder te forceren.',
        'Lig alleen in bed als het echt niet anders kan: hooguit 2 dagen, en sta af en toe op.',
        'Pijnstillers helpen weinig. Ze kunnen de ergste pijn wat verzachten, zodat u kunt blijven bewegen.',
        'Neemt u pijnstillers? Neem ze dan op vaste tijden. Vraag de apotheker welke pijnstiller bij u past.',
        'Een warme douche of een warmtekussen kan de spieren wat ontspannen.',
      ],
      contact:
        'Meestal hoeft u nu niet naar de huisarts.',
    },
    'first-week': {
      title: 'De rest van de eerste week',
      when: 'Dag 4 tot en met 7',
      normal:
        'De pijn wordt meestal langzaam minder. Sommige bewegingen doen nog pijn. Dat betekent niet dat er iets kapotgaat.',
      helps: [
        'Pak uw gewone dagelijkse dingen stap voor stap weer op.',
        'Ga als het kan weer aan het werk, eventueel eerst met aangepast werk. De bedrijfsarts kan daarbij helpen.',
        'Wissel vaak van houding en loop af en toe een stukje.',
        'Gebruik pijnstillers alleen om actief te blijven, en bouw ze af als het beter gaat.',
      ],
      contact: 'Is de pijn na een week nog steeds erg en wordt hij niet minder? Maak dan een afspraak met de huisarts.',
    },
    'weeks-2-6': {
      title: 'Week 2 tot 6',
      when: 'Dag 8 tot en met 42 (week 2 tot en met 6)',
      normal:
        'Bij de meeste mensen is de pijn nu veel minder of helemaal weg. Bij anderen duurt het nog een paar weken. Na een drukke dag kan uw rug nog wat stijf of pijnlijk zijn.',
      helps: [
        "Bouw uw activiteiten verder op, ook werk, sport en hobby's.",
        'Blijf fit door te wandelen, te fietsen of te zwemmen.',
        'Bouw pijnstillers stap voor stap af.',
        'Houd wat u tilt dicht bij uw lichaam en sta regelmatig op als u lang zit.',
      ],
      contact:
        'Wordt de pijn na 3 tot 4 weken niet beter? Ga dan naar de huisarts of een fysiotherapeut. Fysiotherapie wordt alleen vergoed als u een aanvullende verzekering heeft. Samen met u kijken zij wat het herstel in de weg kan zitten.',
    },
    'after-6-weeks': {
      title: 'Na 6 weken',
      when: 'Dag 43 tot en met 84 (week 7 tot en met 12)',
      normal:
        'Veel mensen hebben na 6 weken nog wat pijn. Ongeveer 1 van de 3 mensen is na 3 maanden helemaal hersteld. Bij de anderen blijft vaak nog wat pijn. Dat komt veel voor en is meestal niet ernstig. En er is hulp die werkt.',
      helps: [
        'Blijf zo veel mogelijk bewegen en doe uw dagelijkse dingen.',
        'Oefentherapie bij een fysiotherapeut helpt u om sterker en fitter te worden.',
        'Ga bewegingen niet uit de weg uit angst voor pijn: die angst houdt de pijn vaak juist in stand.',
        'Praat over zorgen of stress, bijvoorbeeld met uw huisarts.',
      ],
      contact: 'Bent u nog niet bij de huisarts of fysiotherapeut geweest? Maak dan nu een afspraak. Samen maakt u een plan. Fysiotherapie wordt alleen vergoed als u een aanvullende verzekering heeft.',
    },
    'after-12-weeks': {
      title: 'Na 12 weken',
      when: 'Vanaf dag 85 (langer dan 12 weken)',
      normal:
        'Duurt de pijn langer dan 12 weken (3 maanden)? Dan heet het chronische rugpijn. Chronisch betekent: langdurig. Ook dan is er meestal geen schade aan uw rug.',
      helps: [
        'Oefentherapie: onder begeleiding van een fysiotherapeut maakt u uw rug stap voor stap sterker.',
        'Gedragstherapie: u leert anders omgaan met de pijn en met angst om te bewegen.',
        'Revalidatie: een team van verschillende zorgverleners werkt samen met u aan uw herstel.',
        'Een wandelprogramma: 3 keer per dag wandelen en dat langzaam opbouwen.',
      ],
      contact: 'Bespreek met uw huisarts of fysiotherapeut welke aanpak het beste bij u past. Fysiotherapie wordt alleen vergoed als u een aanvullende verzekering heeft.',
    },
    recurrence: {
      title: 'Als de pijn terugkomt',
      when: 'Op elk later moment',
      normal:
        'Rugpijn komt vaak terug. Ongeveer de helft van de mensen heeft binnen een jaar opnieuw last. In onderzoeken is dat 33 tot 69 van de 100 mensen. Dat is geen slecht teken.',
      helps: [
        'Doe wat de vorige keer ook hielp.',
        'Blijf bewegen en bouw rustig op.',
        'Houd uw rug fit met wandelen, fietsen of zwemmen.',
        'Regelmatig bewegen en oefentherapie verkleinen de kans op nieuwe klachten.',
      ],
      contact:
        'Komt de pijn vaak terug, of gaat hij minder goed over dan de vorige keer? Neem dan contact op met uw huisarts of een fysiotherapeut. Fysiotherapie wordt alleen vergoed als u een aanvullende verzekering heeft. Heeft u een waarschuwingssignaal? Neem dan contact op met uw huisarts.',
    },
  },
};
