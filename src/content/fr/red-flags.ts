import type { RedFlagsText } from '../types.js';

export const redFlags: RedFlagsText = {
  title: 'Mal de dos : dois-je voir mon médecin généraliste ?',
  intro:
    'Ce test vous montre si vous devez voir un médecin généraliste pour votre mal de dos, et dans quel délai. Vous répondez à de courtes questions par oui ou par non. Cela prend environ 3 minutes. La plupart des maux de dos ne sont pas graves. Les signes de ce test sont rares. Vos réponses ne sont ni gardées ni envoyées.',
  groups: {
    'bladder-saddle': 'Uriner, aller à selle, vie sexuelle et sensation entre les jambes',
    legs: 'Vos jambes',
    start: 'Comment la douleur a commencé',
    health: 'Votre santé',
    'bones-immunity': 'Cancer, os et défenses immunitaires',
    course: 'Comment la douleur évolue',
    pregnancy: 'Grossesse',
  },
  flags: {
    'bladder-bowel': {
      question:
        "Depuis ce mal de dos, avez-vous des troubles nouveaux pour uriner ou aller à selle ? Par exemple, l'urine a du mal à venir. Ou vous ne sentez pas que votre vessie est pleine. Ou de l'urine ou des selles s'échappent sans que vous le remarquiez.",
      explanation:
        "Des selles dures ou la constipation seules ne comptent pas. C'est fréquent avec des antidouleurs comme la codéine, et quand on reste couché. Vous perdez depuis des années un peu d'urine quand vous toussez ? Cela ne compte pas non plus. Des troubles nouveaux sont rares. Les nerfs de la vessie et de l'intestin partent du bas du dos.",
      summary: 'Des troubles nouveaux pour uriner ou aller à selle',
    },
    'saddle-numbness': {
      question:
        'Sentez-vous une zone engourdie, des picotements ou une sensation différente entre les jambes, autour du sexe ou autour des fesses ? Par exemple quand vous vous essuyez après les toilettes.',
      explanation:
        "Les médecins parlent de « zone de la selle ». C'est la partie du corps qui touche la selle à vélo. Une sensation différente à cet endroit est rare.",
      summary: 'Une zone engourdie, des picotements ou une sensation différente entre les jambes, autour du sexe ou des fesses',
    },
    'sex-changed': {
      question:
        'Depuis ce mal de dos, avez-vous du mal à avoir ou à garder une érection, ce qui est nouveau ? Ou ressentez-vous les rapports sexuels autrement ?',
      explanation: 'Les nerfs de la vie sexuelle partent aussi du bas du dos. Un changement nouveau est rare.',
      summary: "Des troubles nouveaux de l'érection, ou des rapports sexuels ressentis autrement",
    },
    'both-legs': {
      question: 'Depuis ce mal de dos, avez-vous dans les deux jambes moins de force, une zone engourdie ou une douleur de nerf ?',
      explanation:
        "Comptez seulement ce qui est nouveau depuis ce mal de dos. Des pieds engourdis depuis des années, par exemple à cause du diabète, ne comptent pas. Des troubles nouveaux dans les deux jambes sont rares. Ils peuvent vouloir dire que des nerfs sont coincés dans le bas du dos.",
      summary: 'Nouveau : moins de force, une zone engourdie ou une douleur de nerf dans les deux jambes',
    },
    'leg-weakness-worsening': {
      question: 'Une jambe devient-elle de plus en plus faible ?',
      explanation: "Une faiblesse qui augmente peut venir d'un nerf de plus en plus coincé. C'est rare.",
      summary: 'Une jambe devient de plus en plus faible',
    },
    'leg-weakness-new': {
      question:
        'Avez-vous depuis peu moins de force dans une jambe ? Par exemple, votre pied traîne, ou vous ne tenez pas sur le talon ou sur la pointe des pieds.',
      explanation: "Cela peut venir d'un nerf coincé dans le bas du dos.",
      summary: 'Depuis peu, moins de force dans une jambe',
    },
    'leg-numbness': {
      question: 'Une jambe est-elle engourdie, ou avez-vous des fourmis dedans ?',
      explanation: "Cela vient souvent d'un nerf irrité dans le bas du dos. Le plus souvent, cela passe tout seul.",
      summary: 'Une jambe engourdie ou des fourmis dans une jambe',
    },
    'radiating-below-knee': {
      question: "La douleur descend-elle plus bas que le genou, jusqu'au pied ou aux orteils ?",
      explanation:
        "Une douleur qui descend si loin vient souvent d'un nerf irrité (la sciatique). Chez 3 personnes sur 4, elle passe toute seule en 3 mois.",
      summary: 'Une douleur qui descend plus bas que le genou',
    },
    'major-trauma': {
      question: 'La douleur a-t-elle commencé après un accident grave, comme une chute de haut ou un accident de la route ?',
      explanation: 'Après un accident grave, un médecin veut vérifier tout de suite que les os du dos sont intacts.',
      summary: 'Une douleur après un accident grave',
    },
    'minor-trauma-fragile': {
      question: 'La douleur a-t-elle commencé après une chute ou un petit accident ? Et avez-vous des os fragiles ou plus de 70 ans ?',
      explanation:
        "Les os sont fragiles en cas d'ostéoporose. Les comprimés de cortisone rendent aussi les os plus fragiles, si vous les prenez plus de 3 mois. Un os se casse alors plus vite, même lors d'une petite chute.",
      summary: 'Une douleur après une chute ou un petit accident, avec des os fragiles ou plus de 70 ans',
    },
    'sudden-severe-pain': {
      question: 'Avez-vous eu tout à coup très mal au dos ou au ventre ? Et cette douleur reste-t-elle aussi forte dans toutes les positions ?',
      explanation:
        'Le mal de dos courant change quand vous bougez ou quand vous changez de position. Une douleur qui ne change pas peut avoir une autre cause.',
      summary: "Une douleur très forte et soudaine dans le dos ou le ventre, qu'aucune position ne soulage",
    },
    'over-40': {
      question: 'Avez-vous plus de 40 ans ?',
      explanation:
        "Après 40 ans, une douleur soudaine comme celle-ci peut venir de la grande artère du ventre (l'aorte). Un médecin doit alors vérifier cela tout de suite.",
      summary: 'Plus de 40 ans',
    },
    'faint-pale-sweaty': {
      question: 'Quand la douleur a commencé, avez-vous eu un malaise ? Ou avez-vous pâli, ou transpiré ?',
      explanation: "Avec un mal de dos, cela peut venir de la grande artère (l'aorte) ou du cœur. C'est rare.",
      summary: 'Un malaise, une pâleur ou des sueurs quand la douleur a commencé',
    },
    'back-procedure': {
      question: 'Avez-vous eu ces dernières semaines une opération, une injection ou une ponction lombaire dans le dos ?',
      explanation: 'Très rarement, une infection du dos apparaît après cela.',
      summary: 'Une opération, une injection ou une ponction lombaire dans le dos, ces dernières semaines',
    },
    'chest-pain': {
      question: 'Avez-vous mal dans la poitrine, ou en haut du dos entre les omoplates ?',
      explanation: "Une douleur à cet endroit peut venir du cœur ou de la grande artère (l'aorte). Elle ne vient pas du bas du dos.",
      summary: 'Une douleur dans la poitrine, ou en haut du dos entre les omoplates',
    },
    'aortic-aneurysm': {
      question: "Un médecin vous a-t-il dit que vous avez une dilatation (anévrisme) de l'aorte, la grande artère du ventre ?",
      explanation: 'Avec une telle dilatation, un médecin doit voir tout de suite une nouvelle douleur au dos ou au ventre.',
      summary: "Une dilatation connue (anévrisme) de l'aorte dans le ventre",
    },
    fever: {
      question: 'Avez-vous de la fièvre, en plus du mal de dos ?',
      explanation: "La fièvre avec un mal de dos n'est pas fréquente. Elle peut aller avec une infection.",
      summary: 'De la fièvre avec le mal de dos',
    },
    'feeling-ill': {
      question: 'Vous sentez-vous malade, en plus du mal de dos ?',
      explanation:
        "Se sentir malade avec un mal de dos n'est pas fréquent. Votre médecin généraliste veut savoir d'où cela vient.",
      summary: "Une sensation d'être malade, avec le mal de dos",
    },
    'recent-infection': {
      question:
        'Avez-vous eu récemment une infection ailleurs dans le corps ? Par exemple une infection urinaire ou une plaie infectée.',
      explanation: "Très rarement, des bactéries passent d'une infection vers le dos.",
      summary: 'Une infection récente ailleurs, par exemple dans la vessie ou la peau',
    },
    'age-onset': {
      question: 'Avez-vous mal au dos pour la première fois, et avez-vous moins de 20 ans ou plus de 50 ans ?',
      explanation: "À cet âge, un premier mal de dos est moins fréquent. Souvent, ce n'est rien de grave.",
      summary: 'Un premier mal de dos, à moins de 20 ans ou à plus de 50 ans',
    },
    'cancer-history': {
      question: 'Avez-vous déjà eu un cancer ?',
      explanation:
        'Même alors, le mal de dos est le plus souvent un mal de dos courant. Votre médecin généraliste veut quand même le regarder.',
      summary: 'Un cancer maintenant ou dans le passé',
    },
    'cancer-now': {
      question:
        "Recevez-vous en ce moment un traitement contre le cancer ? Ou le cancer s'est-il propagé ailleurs dans le corps (métastases) ?",
      explanation: "L'équipe qui vous soigne pour le cancer veut savoir que vous avez un nouveau mal de dos.",
      summary: "Un traitement contre le cancer en ce moment, ou un cancer qui s'est propagé",
    },
    'weight-loss': {
      question: 'Avez-vous perdu du poids sans le vouloir ?',
      explanation:
        'Perdre du poids sans le vouloir peut avoir beaucoup de causes. Votre médecin généraliste veut en chercher la raison avec vous.',
      summary: 'Une perte de poids sans le vouloir',
    },
    'steroid-pills': {
      question: 'Avez-vous pris pendant plus de 3 mois des comprimés de cortisone, ou un médicament semblable ?',
      explanation:
        "La cortisone est un médicament contre l'inflammation. Si vous la prenez plus de 3 mois, vos os peuvent devenir plus fragiles.",
      summary: 'Des comprimés de cortisone, ou un médicament semblable, pendant plus de 3 mois',
    },
    osteoporosis: {
      question: "Avez-vous de l'ostéoporose (des os fragiles) ?",
      explanation: "En cas d'ostéoporose, les os sont moins solides. Ils se cassent alors plus vite.",
      summary: 'Ostéoporose (os fragiles)',
    },
    'low-immunity': {
      question: "Vos défenses immunitaires sont-elles faibles, à cause d'une maladie ou de médicaments ?",
      explanation:
        'Vos défenses vous protègent contre les infections. Elles sont faibles ? Vous attrapez alors plus vite une infection.',
      summary: 'Des défenses immunitaires faibles',
    },
    'injecting-drugs': {
      question: 'Vous injectez-vous de la drogue ?',
      explanation: "Une aiguille peut faire entrer une infection dans le corps. C'est rare.",
      summary: "S'injecter de la drogue",
    },
    'night-pain': {
      question: 'La douleur augmente-t-elle quand vous êtes couché sans bouger la nuit, dans toutes les positions ?',
      explanation: 'Le mal de dos courant diminue en général au repos ou en changeant de position.',
      summary: 'Une douleur qui augmente couché sans bouger la nuit, dans toutes les positions',
    },
    'morning-stiffness': {
      question:
        "Depuis avant vos 45 ans, votre dos est-il raide chaque matin pendant plus d'une heure, et s'assouplit-il quand vous bougez ?",
      explanation:
        'Parfois, cela va avec une inflammation des articulations du dos. Votre médecin généraliste peut en chercher la cause, si besoin avec un examen par un spécialiste.',
      summary: "Depuis avant 45 ans, raide le matin pendant plus d'une heure",
    },
    'back-swelling': {
      question: 'Voyez-vous ou sentez-vous un gonflement sur le dos ? Ou la forme de votre dos a-t-elle changé ?',
      explanation: 'Un médecin veut voir un nouveau gonflement ou un changement de forme du dos.',
      summary: 'Un gonflement, ou une forme du dos qui a changé',
    },
    'severe-after-week': {
      question: 'Après une semaine, la douleur est-elle toujours très forte, sans diminuer ?',
      explanation:
        "En général, le mal de dos diminue déjà un peu la première semaine. Ce n'est pas le cas ? Votre médecin généraliste veut alors faire le point avec vous.",
      summary: 'Après une semaine, une douleur toujours forte qui ne diminue pas',
    },
    'longer-than-6-weeks': {
      question: 'Avez-vous mal au dos depuis plus de 6 semaines, sans en avoir déjà parlé à un médecin généraliste ou un kiné ?',
      explanation:
        "La plupart des gens vont beaucoup mieux en 6 semaines. Ce n'est pas votre cas ? Votre médecin généraliste voit alors avec vous ce qui peut aider. Vous en avez déjà parlé ? Choisissez alors non.",
      summary: 'Mal de dos depuis plus de 6 semaines, pas encore discuté avec un médecin généraliste ou un kiné',
    },
    pregnant: {
      question: 'Êtes-vous enceinte ?',
      explanation:
        'Si oui, nous vous posons encore quelques questions. Le mal de dos et la douleur au bassin sont fréquents pendant la grossesse.',
      summary: 'Enceinte',
      advice:
        "Le mal de dos et la douleur au bassin sont fréquents pendant la grossesse. Un kiné peut vous aider. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin. Ne prenez pas d'anti-inflammatoires (AINS) pendant la grossesse, sauf si votre médecin le dit.",
    },
    'pregnancy-contractions': {
      question: 'La douleur vient-elle par vagues, ou votre ventre devient-il dur ?',
      explanation: 'Cela peut être des contractions.',
      summary: 'Une douleur par vagues, ou un ventre qui devient dur',
    },
    'pregnancy-blood-loss': {
      question: 'Perdez-vous du sang ou du liquide par le vagin ?',
      explanation: 'Votre sage-femme veut le savoir.',
      summary: 'Une perte de sang ou de liquide',
    },
    'pregnancy-fever-peeing': {
      question: 'Avez-vous de la fièvre, ou avez-vous mal en urinant ?',
      explanation:
        'Cela peut être une infection de la vessie ou des reins. Pendant la grossesse, il faut la faire vérifier.',
      summary: 'De la fièvre, ou mal en urinant',
    },
    'pregnancy-baby-moving-less': {
      question: "Votre bébé bouge-t-il moins que d'habitude ?",
      explanation: 'Votre sage-femme veut le savoir.',
      summary: "Le bébé bouge moins que d'habitude",
    },
  },
  outcomes: {
    emergency: {
      label: 'Urgence',
      summary:
        "Une de vos réponses veut dire que vous avez besoin d'aide tout de suite. C'est rare. Demander de l'aide vite est maintenant la bonne chose à faire.",
      phoneAdvice:
        'Au téléphone, dites que vous avez mal au dos. Citez les troubles notés plus bas, et depuis quand vous les avez. Gardez vos médicaments ou leur liste près de vous.',
    },
    urgent: {
      label: "Aujourd'hui",
      summary: "Cela ne veut pas dire que c'est grave. Mais il vaut mieux le faire vérifier aujourd'hui.",
      phoneAdvice:
        'Au téléphone, dites que vous avez mal au dos, et depuis quand. Citez aussi les troubles notés plus bas. On vous dira quand vous pouvez venir.',
    },
    soon: {
      label: 'Dans les prochains jours',
      summary:
        "Votre médecin généraliste veut regarder votre mal de dos, mais pas forcément aujourd'hui. La plupart des maux de dos ne sont pas graves.",
      phoneAdvice:
        'Au téléphone, dites que vous avez mal au dos, et depuis quand. Citez les troubles notés plus bas. Le cabinet saura alors dans quel délai vous devez venir.',
    },
    'self-care': {
      label: 'À faire vous-même',
      summary:
        "La plupart des gens vont beaucoup mieux en 6 semaines. Souvent, un peu de douleur dure plus longtemps. C'est fréquent, et en général ce n'est pas grave.",
      phoneAdvice: "Vous n'avez pas besoin d'appeler maintenant. Vous avez des questions sur les antidouleurs ? Demandez à votre pharmacien.",
    },
  },
  routes: {
    'call-112': {
      title: 'Appelez tout de suite le 112',
      actions: ['Appelez tout de suite le 112.', 'Ne conduisez pas vous-même.', "N'attendez pas, même si la douleur diminue un moment."],
    },
    // The Dutch route (never shown in Belgium): the GP or the Dutch out-of-hours post, then 112.
    'gp-now-or-112': {
      title: 'Appelez tout de suite votre médecin généraliste ou le poste de garde',
      actions: [
        'Appelez tout de suite votre médecin généraliste. Le soir, la nuit ou le week-end, appelez le poste de garde des médecins généralistes (huisartsenpost).',
        "Vous n'arrivez pas à les joindre ? Appelez alors le 112.",
        "N'attendez pas, même si la douleur diminue un moment.",
      ],
    },
    '112-or-emergency-department': {
      title: "Appelez le 112 ou allez aux urgences d'un hôpital",
      actions: [
        "Appelez tout de suite le 112, ou allez tout de suite aux urgences d'un hôpital.",
        "Ne conduisez pas vous-même. Demandez à quelqu'un de vous conduire.",
        "N'attendez pas, même si la douleur diminue un moment.",
      ],
    },
    // Belgium: no GP step here; the fallback is 112, never the out-of-hours line.
    'treating-team-now': {
      title: "Appelez tout de suite l'équipe qui vous soigne",
      actions: [
        "Appelez tout de suite l'équipe qui vous soigne à l'hôpital, au numéro joignable 24 heures sur 24.",
        "Vous n'arrivez à joindre personne ? Appelez alors le 112.",
        "N'attendez pas jusqu'à demain.",
      ],
    },
    'midwife-now': {
      title: 'Appelez tout de suite votre sage-femme',
      actions: [
        'Appelez tout de suite votre sage-femme.',
        "Vous n'arrivez pas à joindre votre sage-femme ? Appelez alors le médecin de garde au 1733.",
      ],
    },
    'treating-team-today': {
      title: "Contactez aujourd'hui l'équipe qui vous soigne ou votre médecin généraliste",
      actions: ["Appelez aujourd'hui l'équipe qui vous soigne à l'hôpital, ou votre médecin généraliste."],
      outOfHours: "L'hôpital ou le cabinet est fermé ? Appelez alors le médecin de garde au 1733.",
    },
    'gp-today': {
      title: "Contactez votre médecin généraliste aujourd'hui",
      actions: ["Appelez votre médecin généraliste aujourd'hui."],
      outOfHours: 'Le cabinet est fermé ? Appelez alors le médecin de garde au 1733.',
    },
    'gp-soon': {
      title: 'Prenez rendez-vous chez votre médecin généraliste dans les prochains jours',
      actions: [
        'Appelez votre médecin généraliste dans les prochains jours pour un rendez-vous.',
        'En attendant, bougez autant que possible, sans forcer.',
        'Un antidouleur peut calmer un peu la douleur la plus forte, pour que vous puissiez continuer à bouger. Ne vous attendez pas à ce que la douleur parte tout à fait.',
      ],
    },
    'self-care': {
      title: 'Vous pouvez faire beaucoup vous-même contre le mal de dos',
      actions: [
        'Continuez à bouger et à faire vos activités habituelles autant que possible, sans forcer.',
        'Ne restez pas au lit. Vous devez vraiment vous coucher ? Faites-le alors 2 jours au plus.',
        'Un antidouleur peut calmer un peu la douleur la plus forte, pour que vous puissiez continuer à bouger. Ne vous attendez pas à ce que la douleur parte tout à fait.',
        'Une douche chaude ou une bouillotte peut soulager la douleur un moment.',
        'La première semaine, reprenez vos activités habituelles pas à pas.',
        'Après une semaine, la douleur est toujours forte et ne diminue pas ? Contactez alors votre médecin généraliste.',
        'La douleur ne va pas mieux après 3 à 4 semaines, ou dure plus de 6 semaines ? Consultez alors votre médecin. Il peut vous faire une prescription pour un kiné. La mutualité rembourse une partie du kiné seulement avec une prescription du médecin.',
      ],
    },
  },
  yes: 'Oui',
  no: 'Non',
  progress: (answered, total) => `Vous avez répondu à ${answered} ${answered <= 1 ? 'question' : 'questions'} sur ${total}`,
  unanswered: "Vous n'avez pas encore répondu à ces questions :",
  incomplete:
    "Répondez à toutes les questions. Vous verrez ensuite ici ce qu'il vaut mieux faire. Faut-il de l'aide tout de suite ? Vous le verrez aussitôt.",
  becauseHeading: 'Vous avez répondu oui à :',
  noSigns: "Vous n'avez indiqué aucun signe d'alerte.",
  worried: "Vous vous inquiétez, ou la douleur s'aggrave ? Contactez alors votre médecin généraliste.",
  call112: 'Appeler le 112',
  contactHeading: 'Votre soignant',
  callContact: (name) => `Appeler ${name}`,
  visitContact: (name) => `Vers le site de ${name}`,
  callOutOfHours: (number) => `Le cabinet est fermé ? Appelez alors le médecin de garde au ${number}.`,
  opensInNewTab: "(s'ouvre dans un nouvel onglet)",
  startAgain: 'Recommencer',
  stepProgress: (step, total) => `Étape ${step} sur ${total}`,
  previous: 'Précédent',
  next: 'Suivant',
  showResult: 'Voir le conseil',
  changeAnswers: 'Modifier les réponses',
  chooseAnswer: 'Choisissez oui ou non.',
};
