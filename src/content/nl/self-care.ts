import type { SelfCareText } from '../types.js';

export const selfCare: SelfCareText = {
  title: 'Zo helpt u uzelf bij rugpijn',
  intro:
    'Rugpijn wordt meestal vanzelf beter. De meeste mensen zijn binnen 6 weken veel beter. Soms blijft er langer wat pijn: dat komt veel voor en is meestal niet ernstig. Met deze stappen blijft u zo goed mogelijk in beweging. De belangrijkste staat bovenaan.',
  steps: {
    'keep-moving': {
      title: 'Blijf bewegen',
      text: "Doe uw gewone dingen zo veel als het gaat: werk, huishouden en hobby's. Bewegen met pijn kan geen kwaad. Niet bewegen doet meer kwaad dan goed. Forceer niets: doe het rustig aan en wissel vaak van houding.",
    },
    'no-bed-rest': {
      title: 'Blijf niet in bed liggen',
      text: 'Bedrust maakt uw spieren zwakker en uw herstel trager. Is de pijn zo erg dat u moet liggen? Doe dat dan hooguit 2 dagen, en sta af en toe op. Bij heel erge pijn kan deze houding helpen: lig op uw rug en leg uw onderbenen op een stoel. Uw heupen en knieën maken dan ongeveer een rechte hoek.',
    },
    painkillers: {
      title: 'Pijnstillers: alleen om te blijven bewegen',
      text: 'Pijnstillers helpen weinig bij rugpijn. Een pijnstiller kan de ergste pijn wat verzachten, zodat u kunt blijven bewegen. Verwacht niet dat de pijn weggaat. Begin met paracetamol: dat is het veiligst. Neem niet meer dan in de bijsluiter staat. Heeft u een leverziekte of drinkt u veel alcohol? Neem dan minder. Paracetamol, ibuprofen en naproxen koopt u zonder recept bij de drogist of apotheek. Wilt u een ontstekingsremmer, zoals ibuprofen of naproxen? Vraag dan eerst uw huisarts of apotheker. Zeker als u zwanger bent of ouder dan 70. Ook bij een maagzweer, een nier- of hartziekte, hoge bloeddruk of astma. En als u bloedverdunners of aspirine gebruikt, plastabletten, een ACE-remmer, prednison of een SSRI (een middel tegen depressie). Neem een ontstekingsremmer zonder advies niet langer dan een paar dagen. Neemt u pijnstillers? Doe dat dan op vaste tijden en zo kort mogelijk. Gaat het beter? Bouw ze dan langzaam af.',
    },
    heat: {
      title: 'Warmte',
      text: 'Een warme douche, een warmtekussen of een kruik ontspant de spieren een beetje. Dat voelt vaak prettig. Het effect duurt meestal kort.',
    },
    relax: {
      title: 'Zorg voor ontspanning',
      text: 'Stress maakt uw spieren gespannen, en dat kan de pijn sterker maken. Neem elke dag even tijd om te ontspannen. Lichte, ontspannende oefeningen kunnen helpen. U hoeft uw rug niet stijf en recht te houden: een ontspannen rug voelt vaak beter.',
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
      'Lang op een slechte stoel zitten, bijvoorbeeld aan de keukentafel, en dan ineens snel bewegen.',
    ],
    firstHoursHeading: 'De eerste uren',
    firstHours: [
      'Blijf rustig: dit komt vaak voor en is meestal onschuldig.',
      'Blijf rustig in beweging, ook al is dat lastig.',
      'Neem een warme douche of leg een warmtekussen op uw rug.',
      'Een pijnstiller kan de pijn wat verzachten. Twijfelt u welke u mag nemen, bijvoorbeeld door een allergie? Vraag het dan aan de apotheker.',
    ],
    firstDaysHeading: 'De eerste dagen',
    firstDays: [
      'Blijf niet lang stil liggen of zitten: dan verkrampen de spieren vaak nog meer.',
      'Doe lichte, ontspannende oefeningen die uw spieren niet overbelasten.',
      'Neemt u pijnstillers? Doe dat dan op vaste tijden, zodat u kunt blijven bewegen.',
      'Pak uw gewone dingen stap voor stap weer op.',
    ],
    preventionHeading: 'Voor later: fit blijven en handige gewoontes',
    prevention: {
      'stay-fit': {
        title: 'Blijf fit',
        text: 'Regelmatig bewegen en oefenen verkleint de kans dat rugpijn terugkomt. Wandel, fiets of zwem.',
      },
      'lift-with-legs': {
        title: 'Til dicht bij uw lichaam',
        text: 'Houd de last dicht bij uw lichaam, en buig uw knieën en heupen zoals het prettig voelt. Zo gaat tillen makkelijker.',
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
        title: 'Sta en loop ontspannen',
        text: 'Sta en loop rechtop, maar ontspannen. Span uw rug niet aan. Wissel vaak van houding.',
      },
    },
  },
  whenToContact: {
    title: 'Wanneer neemt u contact op met de huisarts?',
    levels: {
      emergency: {
        action: 'Bel meteen 112 of uw huisarts bij een van deze klachten:',
      },
      urgent: {
        action: "Bel vandaag uw huisarts ('s avonds en in het weekend: de huisartsenpost)",
        signs: 'als u koorts heeft of zich ziek voelt bij de rugpijn, of als één been zwakker is geworden.',
      },
      soon: {
        action: 'Maak binnen een paar dagen een afspraak bij uw huisarts',
        signs: 'als de pijn na een week nog heel erg is en niet minder wordt. Of als de pijn uitstraalt tot onder uw knie, of als u afvalt zonder dat u dat wilt. Ook als de pijn na 3 tot 4 weken niet beter wordt, of langer dan 6 weken duurt.',
      },
    },
    worried: 'Maakt u zich zorgen, of wordt het erger? Bel dan altijd uw huisarts.',
  },
  redFlagsLink: 'Doe de check: moet ik naar de huisarts?',
};
