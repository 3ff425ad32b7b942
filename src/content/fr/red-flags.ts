import type { RedFlagsText } from '../types.js';

export const redFlags: RedFlagsText = {
  title: 'Dois-je voir mon médecin ?',
  intro:
    "Ce test vous montre si vous devez voir un médecin pour votre mal de dos, et dans quel délai. Vous répondez à de courtes questions par oui ou par non. Cela prend environ 2 minutes. La plupart des maux de dos ne sont pas graves. Les signes de ce test sont rares. Vos réponses ne sont ni gardées ni envoyées.",
  groups: {
    'bladder-saddle': 'Uriner, aller à selle et sensation entre les jambes',
    legs: 'Vos jambes',
    start: 'Comment la douleur a commencé',
    health: 'Votre santé',
    'bones-immunity': 'Vos os et vos défenses',
    course: 'Comment la douleur évolue',
  },
  flags: {
    'bladder-bowel': {
      question:
        "Avez-vous depuis peu du mal à uriner ou à aller à selle ? Par exemple, vous n'y arrivez pas, vous devez pousser, c'est différent, ou vous ne pouvez pas vous retenir.",
      explanation:
        "Vous perdez déjà depuis longtemps un peu d'urine quand vous toussez ou éternuez ? Cela ne compte pas ici. Des troubles nouveaux sont rares. Les nerfs de la vessie et de l'intestin partent du bas du dos. C'est pourquoi un médecin veut alors vous voir tout de suite.",
      summary: "Depuis peu, du mal à uriner ou à aller à selle",
    },
    'saddle-numbness': {
      question: 'Sentez-vous une zone engourdie entre les jambes, autour des parties génitales ou autour des fesses ?',
      explanation:
        "Les médecins parlent d'« anesthésie en selle ». C'est la partie du corps qui touche la selle quand vous êtes à vélo. C'est rare. Mais un médecin veut alors vous voir tout de suite.",
      summary: 'Zone engourdie entre les jambes, autour des parties génitales ou des fesses',
    },
    'both-legs': {
      question: 'Avez-vous dans les deux jambes moins de force, une zone engourdie ou une douleur de nerf ?',
      explanation:
        'Des troubles dans les deux jambes sont rares. Ils peuvent vouloir dire que des nerfs sont coincés dans le bas du dos. C\'est pourquoi un médecin veut vous voir tout de suite.',
      summary: 'Moins de force, une zone engourdie ou une douleur de nerf dans les deux jambes',
    },
    'leg-weakness-worsening': {
      question: 'Une jambe devient-elle de plus en plus faible ?',
      explanation:
        "Une faiblesse qui augmente peut venir d'un nerf de plus en plus coincé. C'est rare. Mais un médecin veut alors vous voir tout de suite.",
      summary: 'Une jambe devient de plus en plus faible',
    },
    'leg-weakness-new': {
      question:
        'Avez-vous depuis peu moins de force dans une jambe ? Par exemple, votre pied traîne, ou vous ne tenez pas sur le talon ou sur la pointe des pieds.',
      explanation:
        "Cela peut venir d'un nerf coincé dans le bas du dos. Votre médecin veut donc examiner votre jambe aujourd'hui.",
      summary: 'Depuis peu, moins de force dans une jambe',
    },
    'leg-numbness': {
      question: 'Une jambe est-elle engourdie, ou avez-vous des fourmis dedans ?',
      explanation:
        "Cela vient souvent d'un nerf irrité dans le bas du dos. En général, cela passe tout seul. Votre médecin veut quand même regarder cela dans les prochains jours.",
      summary: 'Une jambe engourdie ou des fourmis dans une jambe',
    },
    'radiating-below-knee': {
      question: 'La douleur descend-elle plus bas que le genou, vers le pied ou les orteils ?',
      explanation:
        "Une douleur qui descend si loin vient souvent d'un nerf irrité (la sciatique). Chez 3 personnes sur 4, elle passe toute seule en 3 mois. Votre médecin veut la regarder dans les prochains jours.",
      summary: 'Douleur qui descend plus bas que le genou',
    },
    'major-trauma': {
      question: 'La douleur a-t-elle commencé après un accident grave, comme une chute de haut ou un accident de la route ?',
      explanation: 'Après un accident grave, un médecin veut vérifier tout de suite que les os du dos sont intacts.',
      summary: 'Douleur après un accident grave',
    },
    'minor-trauma-fragile': {
      question: 'La douleur a-t-elle commencé après une chute ou un petit accident ? Et avez-vous des os fragiles ou plus de 70 ans ?',
      explanation:
        "Les os sont fragiles en cas d'ostéoporose. La cortisone et les médicaments semblables rendent aussi les os plus fragiles, si vous les prenez longtemps. Un os se casse alors plus vite, même lors d'une petite chute. Votre médecin veut donc vous voir aujourd'hui.",
      summary: 'Douleur après une chute ou un petit accident, avec des os fragiles ou plus de 70 ans',
    },
    'sudden-severe-pain': {
      question: "Avez-vous eu tout à coup très mal au dos ou au ventre, sans qu'aucune position ne soulage ? Et avez-vous plus de 40 ans ?",
      explanation:
        "C'est rare. Une douleur très forte et soudaine peut avoir une autre cause que le dos. C'est pourquoi un médecin veut vous voir tout de suite.",
      summary: 'Douleur soudaine et très forte dans le dos ou le ventre, plus de 40 ans',
    },
    'back-procedure': {
      question: 'Avez-vous eu ces dernières semaines une opération, une injection ou une ponction lombaire dans le dos ?',
      explanation:
        "Très rarement, une infection du dos apparaît après cela. Votre médecin veut donc vous voir aujourd'hui.",
      summary: 'Une opération, une injection ou une ponction lombaire dans le dos, ces dernières semaines',
    },
    fever: {
      question: 'Avez-vous de la fièvre, ou vous sentez-vous malade, en plus du mal de dos ?',
      explanation:
        "La fièvre avec un mal de dos n'est pas fréquente. Votre médecin veut alors vous voir aujourd'hui, pour voir s'il y a une infection.",
      summary: 'Fièvre ou sensation d\'être malade, avec le mal de dos',
    },
    'weight-loss': {
      question: 'Avez-vous perdu du poids sans le vouloir ?',
      explanation:
        'Perdre du poids sans le vouloir peut avoir beaucoup de causes. Votre médecin veut en chercher la raison avec vous dans les prochains jours.',
      summary: 'Perte de poids sans le vouloir',
    },
    'cancer-history': {
      question: 'Avez-vous un cancer, ou avez-vous eu un cancer dans le passé ?',
      explanation: "Même alors, le mal de dos est le plus souvent un mal de dos courant. Votre médecin veut quand même le regarder dans les prochains jours.",
      summary: 'Cancer maintenant ou dans le passé',
      advice: "Êtes-vous soigné pour un cancer en ce moment ? Appelez alors aussi aujourd'hui l'équipe qui vous soigne à l'hôpital.",
    },
    'age-onset': {
      question: "Avez-vous mal au dos pour la première fois, et avez-vous moins de 20 ans ou plus de 50 ans ?",
      explanation:
        "À cet âge, un premier mal de dos est moins fréquent. Souvent, ce n'est rien de grave. Votre médecin veut quand même le regarder dans les prochains jours.",
      summary: 'Premier mal de dos, moins de 20 ans ou plus de 50 ans',
    },
    'steroid-pills': {
      question: 'Prenez-vous depuis longtemps de la cortisone ou un médicament semblable ?',
      explanation:
        "La cortisone est un médicament contre l'inflammation. Si vous la prenez longtemps, vos os peuvent devenir plus fragiles. Votre médecin veut donc regarder votre dos dans les prochains jours.",
      summary: 'Depuis longtemps de la cortisone ou un médicament semblable',
    },
    osteoporosis: {
      question: "Avez-vous de l'ostéoporose (des os fragiles) ?",
      explanation:
        "En cas d'ostéoporose, les os sont moins solides. Ils se cassent alors plus vite. Votre médecin veut donc regarder votre dos dans les prochains jours.",
      summary: 'Ostéoporose (os fragiles)',
    },
    'low-immunity': {
      question: 'Avez-vous des défenses faibles, à cause d\'une maladie ou de médicaments ?',
      explanation:
        "Vos défenses vous protègent contre les infections. Elles sont faibles ? Vous attrapez alors plus vite une infection. Votre médecin veut donc vous voir dans les prochains jours.",
      summary: 'Des défenses faibles',
    },
    'injecting-drugs': {
      question: 'Vous injectez-vous de la drogue ?',
      explanation:
        "Une aiguille peut faire entrer une infection dans le corps. C'est rare. Votre médecin veut quand même vous voir dans les prochains jours.",
      summary: "S'injecter de la drogue",
    },
    'night-pain': {
      question: 'La douleur augmente-t-elle quand vous êtes couché sans bouger la nuit, dans toutes les positions ?',
      explanation:
        "Le mal de dos courant diminue en général au repos ou en changeant de position. Ce n'est pas le cas chez vous ? Votre médecin veut alors le regarder dans les prochains jours.",
      summary: 'Douleur qui augmente couché sans bouger la nuit, dans toutes les positions',
    },
    'morning-stiffness': {
      question: "Depuis avant vos 45 ans, votre dos est-il raide chaque matin pendant plus d'une heure, et s'assouplit-il quand vous bougez ?",
      explanation:
        "Parfois, cela va avec une inflammation des articulations du dos. Votre médecin peut chercher plus loin dans les prochains jours.",
      summary: "Depuis avant 45 ans, raide le matin pendant plus d'une heure",
    },
    'severe-after-week': {
      question: 'Après une semaine, la douleur est-elle toujours très forte, sans diminuer ?',
      explanation:
        "En général, le mal de dos diminue déjà un peu la première semaine. Ce n'est pas le cas ? Votre médecin veut alors faire le point avec vous dans les prochains jours.",
      summary: 'Après une semaine, douleur toujours forte qui ne diminue pas',
    },
    'longer-than-6-weeks': {
      question: "Avez-vous mal au dos depuis plus de 6 semaines, sans en avoir déjà parlé à un médecin ou un kiné ?",
      explanation:
        "La plupart des maux de dos passent en 6 semaines. Cela dure plus longtemps ? Votre médecin voit alors avec vous dans les prochains jours ce qui peut aider. Vous en avez déjà parlé ? Choisissez alors non.",
      summary: 'Mal de dos depuis plus de 6 semaines, pas encore vu par un médecin ou un kiné',
    },
  },
  outcomes: {
    emergency: {
      label: 'Urgence',
      title: 'Appelez tout de suite le 112, votre médecin ou le 1733',
      summary: "Une de vos réponses fait qu'un médecin veut vous voir tout de suite. C'est rare. Demander de l'aide vite est maintenant la bonne chose à faire.",
      actions: [
        'Appelez tout de suite le 112, ou appelez tout de suite votre médecin.',
        'Le cabinet est fermé, par exemple le soir ou le week-end ? Appelez alors le médecin de garde au 1733.',
        "N'attendez pas, même si la douleur diminue un moment.",
      ],
      phoneAdvice:
        'Au téléphone, dites que vous avez mal au dos. Citez les troubles notés plus bas, et depuis quand vous les avez. Gardez vos médicaments ou leur liste près de vous.',
    },
    urgent: {
      label: "Aujourd'hui",
      title: "Contactez votre médecin aujourd'hui",
      summary: "Votre médecin veut parler avec vous aujourd'hui. Cela ne veut pas dire que c'est grave. Mais il est bon de le faire vérifier vite.",
      actions: [
        "Appelez votre médecin aujourd'hui.",
        'Le cabinet est fermé ? Appelez alors le médecin de garde au 1733.',
      ],
      phoneAdvice:
        "Dites à la personne qui répond que vous avez mal au dos, et depuis quand. Citez aussi les troubles notés plus bas. On vous dira quand vous pouvez venir.",
    },
    soon: {
      label: 'Dans les prochains jours',
      title: 'Prenez rendez-vous chez votre médecin dans les prochains jours',
      summary: "Votre médecin veut regarder votre mal de dos, mais pas forcément aujourd'hui. La plupart des maux de dos ne sont pas graves.",
      actions: [
        'Appelez votre médecin dans les prochains jours pour un rendez-vous.',
        'En attendant, bougez autant que possible, sans forcer.',
        "Un antidouleur peut calmer un peu la douleur la plus forte, pour que vous puissiez continuer à bouger. Ne vous attendez pas à ce que la douleur parte tout à fait.",
      ],
      phoneAdvice:
        "Dites à la personne qui répond que vous avez mal au dos, et depuis quand. Citez les troubles notés plus bas. Le cabinet saura alors dans quel délai vous devez venir.",
    },
    'self-care': {
      label: 'Soins personnels',
      title: 'Vous pouvez faire beaucoup vous-même contre le mal de dos',
      summary: 'Le mal de dos passe en général tout seul, souvent en quelques jours et le plus souvent en 2 semaines.',
      actions: [
        'Continuez à bouger et à faire vos activités habituelles autant que possible, sans forcer.',
        "Ne restez pas au lit. Vous devez vraiment vous coucher ? Faites-le alors 2 jours au plus.",
        "Un antidouleur peut calmer un peu la douleur la plus forte, pour que vous puissiez continuer à bouger. Ne vous attendez pas à ce que la douleur parte tout à fait.",
        'Une douche chaude ou une bouillotte peut soulager la douleur un moment.',
        'La première semaine, reprenez vos activités habituelles pas à pas.',
        "Après une semaine, la douleur est toujours forte et ne diminue pas ? Contactez alors votre médecin.",
        'La douleur ne va pas mieux après 3 à 4 semaines, ou dure plus de 6 semaines ? Consultez alors votre médecin ou un kiné.',
      ],
      phoneAdvice:
        "Vous n'avez pas besoin d'appeler maintenant. Vous avez des questions sur les antidouleurs ? Demandez à votre pharmacien.",
    },
  },
  yes: 'Oui',
  no: 'Non',
  progress: (answered, total) => `Vous avez répondu à ${answered} ${answered <= 1 ? 'question' : 'questions'} sur ${total}`,
  unanswered: "Vous n'avez pas encore répondu à ces questions :",
  incomplete: "Répondez à toutes les questions. Vous verrez ensuite ici ce qu'il vaut mieux faire. Faut-il de l'aide tout de suite ? Vous le verrez aussitôt.",
  becauseHeading: 'Pourquoi ce conseil :',
  noSigns: "Vous n'avez indiqué aucun signe d'alerte.",
  worried: "Vous êtes inquiet, ou les troubles s'aggravent ? Contactez alors votre médecin.",
  call112: 'Appeler le 112',
  contactHeading: 'Votre soignant',
  callContact: (name) => `Appeler ${name}`,
  visitContact: (name) => `Vers le site de ${name}`,
  opensInNewTab: "(s'ouvre dans un nouvel onglet)",
  startAgain: 'Recommencer',
  stepProgress: (step, total) => `Étape ${step} sur ${total}`,
  previous: 'Précédent',
  next: 'Suivant',
  showResult: 'Voir le résultat',
  changeAnswers: 'Modifier les réponses',
  chooseAnswer: 'Choisissez oui ou non.',
  safetyNetHeading: 'Quand appeler tout de suite ?',
  safetyNetIntro: "Appelez tout de suite le 112, votre médecin ou le 1733 si vous avez un de ces troubles :",
};
