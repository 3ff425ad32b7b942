import type { SelfCareText } from '../types.js';

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
    levels: {
      emergency: {
        action: 'Bel meteen 112 of uw huisarts',
        signs: 'als plassen of poepen ineens anders gaat of niet lukt, als u een doof gevoel heeft tussen uw benen, of als uw benen steeds zwakker worden.',
      },
      urgent: {
        action: "Bel vandaag uw huisarts ('s avonds en in het weekend: de huisartsenpost)",
        signs: 'als u koorts heeft of zich ziek voelt bij de rugpijn, of als één been zwakker is geworden.',
      },
      soon: {
        action: 'Maak binnen een paar dagen een afspraak bij uw huisarts',
        signs: 'als de pijn na een week nog heel erg is en niet minder wordt, als de pijn uitstraalt tot onder uw knie, of als u afvalt zonder dat u dat wilt.',
      },
    },
  },
  redFlagsLink: 'Doe de check: moet ik naar de huisarts?',
};
