/**
 * Dutch texts (language level B1, the reader addressed as "u"). Facts from the project's facts
 * file (back-pain-facts.md), written in our own words. One named export per section, so a
 * widget's bundle holds only the sections it imports.
 */
import type {
  CommonText,
  ContentMeta,
  FaqText,
  LiftingText,
  MythsText,
  RedFlagsText,
  RiskFactorsText,
  SelfCareText,
  Source,
  TimelineText,
  TreatmentsText,
  WalkingText,
} from './types.js';
import type { SourceId } from './structure.js';

// Written out, not imported: this file must not import runtime code, so that it loads as
// one standalone chunk. A test checks that every language has the same dates.
export const meta: ContentMeta = { reviewed: '2026-11-22', nextReview: '2027-11-22' };

export const common: CommonText = {
  sourcesHeading: 'Bronnen',
  reviewedLabel: 'Laatst gecontroleerd',
  disclaimer: 'Deze informatie is geen diagnose en komt niet in de plaats van uw huisarts.',
};

export const sources: Record<SourceId, Source> = {
  'nhg-m54': { title: 'NHG-Standaard Aspecifieke lagerugpijn (M54)', titleLang: 'nl', publisher: 'NHG', year: 2017 },
  'nhg-m55': { title: 'NHG-Standaard Lumbosacraal radiculair syndroom (M55)', titleLang: 'nl', publisher: 'NHG' },
  'kngf-2021': {
    title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom',
    titleLang: 'nl',
    publisher: 'KNGF',
    year: 2021,
  },
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    titleLang: 'en',
    about: 'Britse richtlijn over lage rugpijn en ischias',
    publisher: 'NICE',
    year: 2016,
  },
  'nhs-back-pain': { title: 'Back pain', titleLang: 'en', about: 'Britse patiëntinformatie over rugpijn', publisher: 'NHS' },
  nts: { title: 'Nederlandse Triage Standaard', titleLang: 'nl', publisher: 'Stichting NTS' },
};

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
        'Kunt u niet plassen, of kunt u urine of ontlasting niet ophouden? Voelt het tussen uw benen doof aan? Of worden uw benen steeds zwakker? Bel dan meteen 112 of uw huisarts.',
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
        'Kunt u niet plassen, of kunt u urine of ontlasting niet ophouden? Voelt het tussen uw benen doof aan? Of worden uw benen steeds zwakker? Bel dan meteen 112 of uw huisarts.',
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
  startAgain: 'Opnieuw beginnen',
};

export const lifting: LiftingText = {
  title: 'Tips voor tillen, zitten en bewegen',
  intro:
    'Deze tips maken tillen, zitten en opstaan makkelijker. Uw rug wordt er niet sneller beter van. Wel kunnen ze helpen om nieuwe klachten te voorkomen.',
  tabsLabel: 'Onderwerpen',
  topics: {
    lifting: {
      title: 'Tillen',
      tips: [
        'Zak door uw knieën en til met de kracht van uw benen.',
        'Houd uw rug daarbij redelijk recht.',
        'Houd wat u tilt dicht tegen uw lichaam.',
        'Draai niet met uw rug terwijl u iets tilt of draagt.',
        'Til niet te veel in één keer.',
        'Moet u iets ver dragen? Zet het dan af en toe neer en rust even uit.',
      ],
      illustration: 'Iemand zakt door de knieën en tilt een doos op, dicht tegen het lichaam.',
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
      illustration: 'Iemand stapt uit een auto en draait de benen en het lichaam samen naar buiten, met de voeten al op de grond.',
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
        'Iemand zit op het voorste deel van een stoel, met één voet naar achteren, en duwt zich met de handen op de leuningen omhoog.',
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
    },
    sleeping: {
      title: 'Slapen',
      tips: [
        'Slaapt u op uw rug? Leg dan kussens onder uw knieën.',
        'Slaapt u op uw zij? Trek dan uw knieën half op.',
        'Kies de houding die voor uw rug het prettigst is.',
      ],
      illustration:
        'Twee slaaphoudingen: iemand ligt op de rug met kussens onder de knieën, en iemand ligt op de zij met de knieën half opgetrokken.',
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

export const timeline: TimelineText = {
  title: 'Hoe verloopt rugpijn?',
  intro:
    'Rugpijn gaat meestal vanzelf over. Vaak gaat het binnen een paar dagen al beter, en meestal is het binnen 2 weken over. Hier ziet u per periode wat normaal is, wat helpt en wanneer u hulp vraagt.',
  normalHeading: 'Wat is normaal',
  helpsHeading: 'Wat helpt',
  contactHeading: 'Wanneer vraagt u hulp',
  youAreHere: 'U bent hier',
  dayCount: (day) =>
    day === 0 ? 'Dag 0: de pijn begon vandaag' : day === 1 ? 'Dag 1: de pijn begon gisteren' : `Dag ${day} sinds de pijn begon`,
  phases: {
    'first-days': {
      title: 'De eerste dagen',
      when: 'Dag 0 tot en met 2 (dag 0 is de dag dat de pijn begon)',
      normal:
        'De pijn kan flink zijn. Bewegen gaat moeilijk en uw rug voelt stijf. Dat is vervelend, maar meestal onschuldig.',
      helps: [
        'Blijf rustig bewegen, zonder te forceren.',
        'Lig alleen in bed als het echt niet anders kan: hooguit 2 dagen, en sta af en toe op.',
        'Neem pijnstillers op vaste tijden, niet alleen als het erg pijn doet. Zo kunt u blijven bewegen.',
        'Begin met paracetamol; helpt dat niet genoeg, dan kunt u bijvoorbeeld ibuprofen nemen.',
        'Een warme douche of een warmtekussen kan de spieren wat ontspannen.',
      ],
      contact:
        'Meestal hoeft u nu niet naar de huisarts. Heeft u moeite met plassen, voelt het tussen uw benen doof aan, of worden uw benen steeds zwakker? Bel dan meteen 112 of uw huisarts.',
    },
    'first-week': {
      title: 'De rest van de eerste week',
      when: 'Dag 3 tot en met 7',
      normal:
        'De pijn wordt meestal langzaam minder. Sommige bewegingen doen nog pijn. Dat betekent niet dat er iets kapotgaat.',
      helps: [
        'Pak uw gewone dagelijkse dingen stap voor stap weer op.',
        'Ga als het kan weer aan het werk, eventueel eerst met lichter werk.',
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
        'Til vanuit uw benen en sta regelmatig op als u lang zit.',
      ],
      contact:
        'Wordt de pijn na 3 tot 4 weken niet beter? Ga dan naar de huisarts of een fysiotherapeut. Samen met u kijken zij wat het herstel in de weg kan zitten.',
    },
    'after-6-weeks': {
      title: 'Na 6 weken',
      when: 'Dag 43 tot en met 84 (week 7 tot en met 12)',
      normal:
        'Ongeveer 5 van de 100 mensen hebben na 6 weken nog pijn. Meestal is het nog steeds gewone rugpijn, zonder schade. En er is hulp die werkt.',
      helps: [
        'Blijf zo veel mogelijk bewegen en doe uw dagelijkse dingen.',
        'Oefentherapie bij een fysiotherapeut helpt u om sterker en fitter te worden.',
        'Ga bewegingen niet uit de weg uit angst voor pijn: die angst houdt de pijn vaak juist in stand.',
        'Praat over zorgen of stress, bijvoorbeeld met uw huisarts.',
      ],
      contact: 'Bent u nog niet bij de huisarts of fysiotherapeut geweest? Maak dan nu een afspraak. Samen maakt u een plan.',
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
      contact: 'Bespreek met uw huisarts of fysiotherapeut welke aanpak het beste bij u past.',
    },
    recurrence: {
      title: 'Als de pijn terugkomt',
      when: 'Op elk later moment',
      normal:
        'Rugpijn komt vaak terug. Ongeveer 3 van de 4 mensen hebben binnen een jaar opnieuw last. Dat is geen slecht teken.',
      helps: [
        'Doe wat de vorige keer ook hielp.',
        'Blijf bewegen en bouw rustig op.',
        'Houd uw rug fit met wandelen, fietsen of zwemmen.',
        'Oefentherapie kan helpen om nieuwe klachten te voorkomen.',
      ],
      contact:
        'Komt de pijn vaak terug, of gaat hij minder goed over dan de vorige keer? Neem dan contact op met uw huisarts of een fysiotherapeut. Heeft u een waarschuwingssignaal? Neem dan contact op met uw huisarts.',
    },
  },
};

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
        'Bij ongeveer 5 van de 100 mensen is er wel een duidelijke oorzaak. Bijvoorbeeld een hernia: een uitstulping van een tussenwervelschijf (het kussentje tussen twee wervels) die tegen een zenuw drukt. Andere oorzaken zijn een vernauwing van het kanaal in de wervels waar de zenuwen door lopen, een gebroken wervel, een infectie, een tumor, of een ontstekingsziekte van de rug zoals de ziekte van Bechterew.',
        'Ernstige oorzaken zijn zeldzaam. Een gebroken wervel komt hiervan het vaakst voor: bij ongeveer 4 van de 100 mensen met rugpijn. Kanker is de oorzaak bij minder dan 1 van de 100. Een infectie of een ernstige beknelling van de zenuwen onder in de rug is heel zeldzaam. Daarom vraagt de huisarts naar waarschuwingssignalen.',
      ],
    },
    'who-gets-it': {
      question: 'Wie krijgt lage rugpijn?',
      answer: [
        'Iedereen kan lage rugpijn krijgen. Sommige dingen maken de kans groter. Bijvoorbeeld zwaar werk en veel tillen, vaak draaien en bukken, lang in dezelfde houding zitten of staan, steeds dezelfde beweging maken, ineens iets heel zwaars doen, en veel trillingen, zoals in een vrachtwagen.',
        'Ook overgewicht, weinig bewegen, zwakke rug- en buikspieren, stress, roken, zwangerschap en een hogere leeftijd spelen mee.',
        'Aan veel van deze dingen kunt u zelf iets doen. Tips vindt u bij tillen en bewegen.',
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
        'Meestal gaat lage rugpijn vanzelf over. Vaak gaat het binnen een paar dagen beter, en meestal is het binnen 2 weken over. Langer dan 6 weken komt weinig voor: bij ongeveer 5 van de 100 mensen.',
        'Duurt de pijn langer dan 12 weken? Dan heet het chronische, of langdurige, rugpijn.',
        'Ischias is pijn die van de rug uitstraalt in uw been. Bij 3 van de 4 mensen is ischias binnen 3 maanden over, zonder operatie.',
      ],
    },
    scan: {
      question: 'Is een foto of scan nodig?',
      answer: [
        'Bij gewone lage rugpijn is een röntgenfoto of MRI-scan niet nodig. U wordt er niet sneller beter van.',
        'Op een scan is vaak slijtage te zien, ook bij mensen die helemaal geen pijn hebben. Wat op de scan staat, zegt dus weinig over waar uw pijn vandaan komt.',
        'Heeft de huisarts een reden om verder te zoeken? Dan kan de huisarts wel extra onderzoek aanvragen.',
      ],
    },
    'what-helps': {
      question: 'Wat helpt tegen lage rugpijn?',
      answer: [
        'Het belangrijkste advies: blijf in beweging, zonder uzelf te forceren. Doe uw gewone dingen zo veel als het gaat. Bewegen met pijn kan geen kwaad. Stil blijven zitten of liggen doet meer kwaad dan goed.',
        'Pijnstillers op vaste tijden helpen u om in beweging te blijven. Warmte kan prettig voelen.',
        'Duurt de pijn lang? Dan helpen oefentherapie, gedragstherapie of revalidatie. Bedrust, een korset en een operatie helpen niet bij gewone rugpijn.',
      ],
    },
    physiotherapist: {
      question: 'Wat doet een fysiotherapeut?',
      answer: [
        'Een fysiotherapeut geeft u advies en oefeningen die passen bij de bewegingen die u moeilijk vindt. Weet u niet zeker wat u wel en niet kunt doen? Dan kunt u dat aan de fysiotherapeut vragen.',
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
    recurrence: {
      question: 'Kan rugpijn terugkomen?',
      answer: [
        'Ja, dat gebeurt vaak. Ongeveer 3 van de 4 mensen hebben binnen een jaar opnieuw last. Dat is geen slecht teken.',
        'Doe dan wat de vorige keer hielp. Blijf bewegen en bouw rustig op.',
        'Komt de pijn vaak terug? Een fysiotherapeut kan u oefeningen geven die nieuwe klachten helpen voorkomen.',
      ],
    },
    'when-gp': {
      question: 'Wanneer moet ik naar de huisarts?',
      answer: [
        'Kunt u niet plassen, of verliest u ongewild urine of ontlasting? Voelt het tussen uw benen doof aan? Of worden uw benen steeds zwakker? Bel dan meteen 112 of uw huisarts.',
        'Neem contact op met de huisarts als de pijn na een week nog heel erg is, na 3 tot 4 weken niet beter wordt, of langer dan 6 weken duurt. Doe dat ook bij andere waarschuwingssignalen, zoals koorts of een doof gevoel in een been.',
        "Twijfelt u? Doe dan de check 'Moet ik naar de huisarts?'. Maakt u zich zorgen? Bel dan gerust uw huisarts.",
      ],
    },
  },
};

export const selfCare: SelfCareText = {
  title: 'Zo helpt u uzelf bij rugpijn',
  intro:
    'Rugpijn gaat meestal vanzelf over. Met deze stappen blijft u zo goed mogelijk in beweging. De belangrijkste staat bovenaan.',
  steps: {
    'keep-moving': {
      title: 'Blijf bewegen',
      text: "Doe uw gewone dingen zo veel als het gaat: werk, huishouden en hobby's. Bewegen met pijn kan geen kwaad. Niet bewegen doet meer kwaad dan goed. Forceer niets: doe het rustig aan en wissel vaak van houding.",
    },
    'no-bed-rest': {
      title: 'Blijf niet in bed liggen',
      text: 'Bedrust maakt uw spieren zwakker en uw herstel trager. Is de pijn zo erg dat u moet liggen? Doe dat dan hooguit 2 dagen, en sta af en toe op. Bij heel erge pijn kan de semi-Fowlerhouding helpen: u ligt op uw rug met uw onderbenen op een stoel of doos, zodat uw heupen en knieën ongeveer een rechte hoek maken.',
    },
    painkillers: {
      title: 'Neem pijnstillers op vaste tijden',
      text: 'Van pijnstillers herstelt u niet sneller. Ze zijn er om u in beweging te houden. Neem ze op vaste tijden, en niet pas als de pijn erg is. Begin met paracetamol. Helpt dat niet genoeg? Dan kunt u een ontstekingsremmende pijnstiller nemen, zoals ibuprofen. Gaat het beter, bouw ze dan langzaam af. Twijfelt u of een middel bij u past, bijvoorbeeld door een allergie of andere medicijnen? Vraag het dan aan de apotheker.',
    },
    heat: {
      title: 'Warmte',
      text: 'Een warme douche, een warmtekussen of een kruik ontspant de spieren een beetje. Dat voelt vaak prettig. Het effect duurt meestal kort.',
    },
    relax: {
      title: 'Zorg voor ontspanning',
      text: 'Stress maakt uw spieren gespannen, en dat kan de pijn erger maken. Neem elke dag even tijd om te ontspannen. Lichte, ontspannende oefeningen kunnen helpen. U hoeft uw rug niet stijf en recht te houden: een ontspannen rug voelt vaak beter.',
    },
    'build-up': {
      title: 'Bouw rustig op',
      text: 'Bouw uw gewone activiteiten in de eerste week stap voor stap weer op. Doe elke dag een beetje meer. Ga als het kan weer aan het werk, eventueel eerst met aangepast werk. Blijf fit met wandelen, fietsen of zwemmen.',
    },
  },
  acute: {
    title: 'Door uw rug gegaan?',
    whatHappens: [
      "Bij 'door de rug gaan' verkrampen de spieren in uw rug ineens.",
      'De pijn is scherp en stekend, of voelt als kramp, zoals kramp in uw kuit.',
      'Bewegen gaat moeilijk. Uw lichaam probeert de pijnlijke plek te beschermen. Daardoor spannen andere spieren ook aan.',
      'Het is heel vervelend, maar meestal onschuldig.',
    ],
    triggersHeading: 'Hoe gebeurt het?',
    triggers: [
      'Een onverwachte of verkeerde beweging.',
      'Iets zwaars te snel of op een verkeerde manier optillen.',
      'Uw training te snel zwaarder maken.',
      'Lang op een slechte stoel zitten, bijvoorbeeld aan de keukentafel, en dan ineens snel opstaan.',
    ],
    firstHoursHeading: 'De eerste uren',
    firstHours: [
      'Blijf rustig in beweging, ook al is dat lastig.',
      'Neem een warme douche of leg een warmtekussen op uw rug.',
      'Neem zo nodig een lichte pijnstiller, zoals paracetamol.',
      'Twijfelt u of u een pijnstiller mag nemen, bijvoorbeeld door een allergie? Vraag het dan aan de apotheker of huisarts.',
    ],
    firstDaysHeading: 'De eerste dagen',
    firstDays: [
      'Blijf niet lang stil liggen of zitten: dan verkrampen de spieren vaak nog meer.',
      'Doe lichte, ontspannende oefeningen die uw rug soepel houden.',
      'Neem pijnstillers op vaste tijden, zodat u kunt blijven bewegen.',
      'Pak uw gewone dingen stap voor stap weer op.',
    ],
    preventionHeading: 'Zo verkleint u de kans dat het weer gebeurt',
    prevention: {
      'lift-with-legs': {
        title: 'Til vanuit uw benen',
        text: 'Buig uw knieën als u iets tilt, en gebruik de kracht van uw benen. Houd de last dicht bij uw lichaam.',
      },
      'sport-technique': {
        title: 'Let op uw techniek bij het sporten',
        text: 'Doe oefeningen op de goede manier en maak ze langzaam zwaarder. Een trainer kan u daarbij helpen.',
      },
      'stand-up-often': {
        title: 'Sta vaak op',
        text: 'Zit u lang? Sta dan elke 20 tot 30 minuten op, loop even rond en rek u uit.',
      },
      posture: {
        title: 'Let op uw houding',
        text: 'Sta en loop rechtop, maar ontspannen. Span uw rug niet aan. Wissel vaak van houding.',
      },
    },
  },
  whenToContact: {
    title: 'Wanneer neemt u contact op met de huisarts?',
    text: 'Neem contact op met de huisarts als de pijn na een week nog heel erg is en niet minder wordt. Of als hij na 3 tot 4 weken niet beter wordt, of langer dan 6 weken duurt. Heeft u koorts bij de rugpijn? Bel dan dezelfde dag uw huisarts. Heeft u een waarschuwingssignaal, zoals moeite met plassen, een doof gevoel tussen uw benen of benen die steeds zwakker worden? Bel dan meteen 112 of uw huisarts. Maakt u zich zorgen? Dan kunt u altijd bellen.',
  },
  redFlagsLink: 'Doe de check: moet ik naar de huisarts?',
};

export const treatments: TreatmentsText = {
  title: 'Welke behandelingen helpen?',
  intro:
    'Er zijn veel behandelingen voor rugpijn, maar niet alle behandelingen helpen. Hier ziet u wat onderzoek zegt over gewone lage rugpijn.',
  groups: {
    helps: {
      title: 'Helpt',
      text: 'Onderzoek laat zien dat dit helpt. In beweging blijven is het belangrijkst.',
    },
    'may-help': {
      title: 'Kan helpen',
      text: 'Deze behandelingen helpen soms een beetje, of het is niet zeker of ze helpen. Ze kunnen prettig zijn, maar lossen de rugpijn niet op.',
    },
    'advised-against': {
      title: 'Afgeraden',
      text: 'Deze behandelingen helpen niet bij gewone lage rugpijn. Artsen en fysiotherapeuten raden ze daarom af.',
    },
  },
  items: {
    'keep-active': {
      name: 'In beweging blijven',
      why: 'Doorgaan met uw dagelijkse dingen en werk helpt het meest. Stil blijven zitten of liggen doet meer kwaad dan goed.',
    },
    painkillers: {
      name: 'Pijnstillers',
      why: 'Op vaste tijden genomen helpen ze u om te blijven bewegen. Begin met paracetamol.',
    },
    'exercise-therapy': {
      name: 'Oefentherapie',
      why: 'Oefenen onder begeleiding van een fysiotherapeut helpt vooral bij langdurige pijn en om terugkeer te voorkomen.',
    },
    'behavioural-therapy': {
      name: 'Gedragstherapie',
      why: 'Bij langdurige pijn leert u anders omgaan met de pijn en met angst om te bewegen.',
    },
    multidisciplinary: {
      name: 'Revalidatie met een team',
      why: 'Bij langdurige pijn werken verschillende zorgverleners samen met u aan uw herstel.',
    },
    heat: {
      name: 'Warmte',
      why: 'Een warme douche of warmtekussen voelt prettig, maar het effect duurt kort.',
    },
    'manual-therapy': {
      name: "Manuele therapie (de rug 'kraken')",
      why: 'Dit geeft soms voor korte tijd iets minder pijn. Laat het alleen doen door een goed opgeleide therapeut.',
    },
    massage: {
      name: 'Massage',
      why: 'Een lichte massage kan prettig zijn, maar is geen echte behandeling. Laat uw wervelkolom alleen behandelen door een deskundige.',
    },
    acupuncture: {
      name: 'Acupunctuur',
      why: 'Onderzoeken zijn het er niet over eens of het helpt.',
    },
    'muscle-relaxants': {
      name: 'Spierontspanners',
      why: 'Medicijnen die de spieren ontspannen, helpen bij rugpijn maar zelden.',
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
      name: 'Ultrageluid, laser of stroombehandeling',
      why: 'Deze behandelingen met apparaten helpen niet bij gewone rugpijn.',
    },
    radiofrequency: {
      name: 'Zenuwtjes bij de wervelgewrichten uitschakelen met hitte',
      why: 'Deze behandeling met een naald (radiofrequente behandeling) helpt niet bij gewone rugpijn.',
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
      why: 'Een scan maakt u niet beter. Vaak toont hij slijtage die ook bij mensen zonder pijn te zien is.',
    },
  },
  decideTogether:
    'Welke behandeling bij u past, bespreekt u met uw huisarts of fysiotherapeut. U beslist samen wat u gaat doen.',
};

export const riskFactors: RiskFactorsText = {
  title: 'Wat vergroot de kans op rugpijn?',
  intro: 'Vink aan wat bij u past. U krijgt dan tips om de kans op nieuwe rugpijn kleiner te maken.',
  riskHeading: 'Wat past bij u?',
  tipsHeading: 'Tips voor u',
  noneTicked: 'U heeft niets aangevinkt. Regelmatig wandelen, fietsen of zwemmen houdt u fit, en dat is goed voor uw rug.',
  factors: {
    'heavy-lifting': {
      label: 'Ik til veel of zwaar, bijvoorbeeld voor mijn werk',
      tip: 'Zak door uw knieën, til vanuit uw benen en houd de last dicht bij uw lichaam. Til niet te veel in één keer.',
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
      tip: 'Neem korte pauzes en wissel uw taken af als dat kan.',
    },
    'sudden-effort': {
      label: 'Ik doe soms ineens iets heel zwaars',
      tip: 'Doe zwaar werk rustig en niet in één keer. Vraag hulp als iets te zwaar is.',
    },
    vibration: {
      label: 'Ik heb vaak te maken met trillingen, bijvoorbeeld in een vrachtwagen of van machines',
      tip: 'Neem regelmatig pauze: stap uit of stop even, en loop wat rond.',
    },
    overweight: {
      label: 'Ik heb overgewicht',
      tip: 'Meer bewegen en wat afvallen is goed voor uw rug. De huisarts kan u daarbij helpen.',
    },
    'little-exercise': {
      label: 'Ik beweeg weinig',
      tip: 'Wandel, fiets of zwem regelmatig. Zo blijft u fit en worden uw rug- en buikspieren sterker.',
    },
    stress: {
      label: 'Ik heb veel stress, voel me gespannen of ben vaak moe',
      tip: 'Neem elke dag tijd om te ontspannen, en beweeg genoeg. Praat erover met iemand die u vertrouwt, of met uw huisarts.',
    },
    smoking: {
      label: 'Ik rook',
      tip: 'Stoppen met roken is ook goed voor uw rug. Uw huisarts kan u helpen met stoppen.',
    },
    pregnancy: {
      label: 'Ik ben zwanger',
      tip: 'Blijf actief en beweeg op een manier die prettig voelt. Heeft u veel last? Vraag dan uw verloskundige om advies.',
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
    'Dit komt veel voor bij mensen met rugpijn. U kunt nog steeds goed herstellen. Er is hulp, zoals oefentherapie en gedragstherapie. Bespreek het met uw huisarts of fysiotherapeut, zeker als de pijn na 3 tot 4 weken niet minder wordt.',
  clear: 'Alle vinkjes weghalen',
};

export const walking: WalkingText = {
  title: 'Wandelprogramma bij langdurige rugpijn',
  intro:
    'Dit programma is voor gewone rugpijn die al lang duurt. U wandelt 3 keer per dag. U begint met een tijd die u makkelijk volhoudt. Elke week wandelt u iets langer: ongeveer 10 procent, en minstens 1 minuut meer. Zo bouwt u op tot uw doel.',
  why: 'Bij pijn die lang duurt, gaan mensen hun rug vaak sparen. Daardoor worden de spieren zwakker, en kan uw rug minder hebben. Met wandelen verandert u dat: uw rug kan stap voor stap weer meer aan.',
  checkRedFlags:
    "Doe eerst de check 'Moet ik naar de huisarts?'. Heeft u een waarschuwingssignaal? Overleg dan eerst met uw huisarts.",
  startLabel: 'Hoeveel minuten kunt u nu makkelijk wandelen?',
  startHint: 'Kies een tijd die u zonder moeite volhoudt, ook op een mindere dag.',
  goalLabel: 'Hoeveel minuten wilt u uiteindelijk per keer wandelen?',
  goalHint: 'Dit is uw doel per wandeling. Kies een doel dat bij u past.',
  startDateLabel: 'Wanneer begint u?',
  outOfRange: (min, max) => `Kies een heel getal van ${min} tot en met ${max} minuten.`,
  startAboveGoal: 'Uw begintijd is langer dan uw doel. Kies een kortere begintijd of een langer doel.',
  planNeedsInput: 'Vul hierboven geldige minuten in. Dan ziet u hier uw schema.',
  planHeading: 'Uw wandelschema',
  weekLabel: (week) => `Week ${week}`,
  walksPerDay: (timesPerDay, minutes) =>
    `${timesPerDay} keer per dag ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} wandelen`,
  badDay:
    'Heeft u een slechte dag? Stop dan niet, maar doe een stap terug. Wandel even lang als in de week ervoor. Gaat het weer beter? Bouw dan verder op.',
  painkillers:
    'U mag pijnstillers nemen als dat helpt om het wandelen vol te houden. Overleg bij twijfel met uw huisarts of apotheker.',
  print: 'Afdrukken',
  download: 'Zet in uw agenda',
  calendarTitle: (minutes) => `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} wandelen`,
  calendarDescription:
    'Wandel rustig in uw eigen tempo. Gaat het een dag minder goed? Doe dan een stap terug, maar blijf wandelen.',
  calendarFileName: 'wandelschema.ics',
};

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
      why: 'Veel mensen zonder pijn hebben op een scan ook tussenwervelschijven, de kussentjes tussen de wervels, die versleten lijken. Wat op de scan te zien is, is dus vaak niet de oorzaak. Daarom is een scan meestal niet nodig.',
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
      why: 'Spanning, zorgen en een zware situatie op het werk maken u gevoeliger voor pijn. Pijn is dan lastiger te verdragen. Dat betekent niet dat u zich aanstelt. Ontspanning en bewegen helpen.',
    },
    'belt-helps': {
      myth: 'Een korset of rugband helpt mijn rug.',
      fact: 'Een korset, rugband of andere steun wordt afgeraden bij gewone rugpijn.',
      why: "Onderzoek laat zien dat zo'n steun niet helpt. Blijven bewegen en oefenen helpt wel.",
    },
    'surgery-fixes': {
      myth: 'Met een operatie ben ik van mijn rugpijn af.',
      fact: 'Bij gewone lage rugpijn heeft opereren nooit zin.',
      why: 'Bij gewone rugpijn is er geen duidelijke oorzaak die een chirurg kan weghalen. Zelfs ischias, pijn die uitstraalt in het been, gaat bij 3 van de 4 mensen binnen 3 maanden over zonder operatie. Blijven bewegen en oefentherapie helpen wel.',
    },
  },
};
