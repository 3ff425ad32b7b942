import type { RiskFactorsText } from '../types.js';

export const riskFactors: RiskFactorsText = {
  title: "Qu'est-ce qui augmente le risque de mal de dos ?",
  intro: 'Cochez ce qui vous concerne. Vous recevez alors des conseils utiles. Vous pouvez agir vous-même sur beaucoup de ces choses. Personne n’est responsable de son mal de dos : ces choses augmentent le risque, ce ne sont pas des fautes.',
  riskHeading: "Qu'est-ce qui vous concerne ?",
  tipsHeading: 'Conseils pour vous',
  noneTicked: "Vous n'avez rien coché. Continuez à bouger souvent : cela vous garde en forme, et c'est bon pour votre dos.",
  factors: {
    'heavy-lifting': {
      label: 'Je soulève souvent ou des choses lourdes, par exemple au travail',
      tip: 'Gardez la charge près du corps et soulevez de façon détendue, comme cela vous semble confortable. Variez votre manière de soulever. Ne soulevez pas trop à la fois. Soulever est alors plus facile.',
    },
    'twisting-bending': {
      label: 'Je tourne et je me penche souvent',
      tip: "Ne tournez pas et ne vous penchez pas en même temps. Tournez d'abord tout le corps, puis pliez les genoux.",
    },
    'static-posture': {
      label: 'Je suis souvent longtemps assis ou debout dans la même position',
      tip: "Changez souvent de position. Levez-vous un moment toutes les 20 à 30 minutes, ou asseyez-vous un moment si vous êtes longtemps debout.",
    },
    'sedentary-work': {
      label: 'Mon travail se fait presque toujours assis',
      tip: 'Levez-vous toutes les 20 à 30 minutes et marchez un peu. Choisissez une chaise qui soutient le bas du dos et réglez votre poste de travail à la bonne hauteur.',
    },
    'repetitive-work': {
      label: "Je fais souvent le même mouvement, par exemple avec la souris de l'ordinateur ou en usine",
      tip: 'Faites de courtes pauses, changez souvent de position et marchez un peu de temps en temps.',
    },
    'sudden-effort': {
      label: "Je fais parfois d'un coup un effort très lourd",
      tip: 'Prenez votre temps pour un travail lourd. Augmentez doucement et divisez une charge lourde en plus petites parties.',
    },
    vibration: {
      label: "Je suis souvent exposé à des vibrations, par exemple dans un camion ou à cause de machines",
      tip: "Faites souvent une pause pour vous lever et bouger. Cela fait partie de votre travail ? Parlez-en alors à votre employeur ou au médecin du travail.",
    },
    overweight: {
      label: "J'ai du surpoids",
      tip: 'Bouger plus et perdre un peu de poids rend les choses moins lourdes pour votre dos. Votre médecin peut vous y aider.',
    },
    'little-exercise': {
      label: 'Je bouge peu',
      tip: 'Commencez petit. Marchez, faites du vélo ou nagez souvent. Vous restez ainsi en forme et vous gardez des muscles du dos et du ventre forts.',
    },
    stress: {
      label: "J'ai beaucoup de stress, je me sens tendu ou je suis souvent fatigué",
      tip: 'Le stress tend vos muscles. Prenez le temps de vous détendre et continuez à bouger : les deux sont bons pour votre dos.',
    },
    smoking: {
      label: 'Je fume',
      tip: "Arrêter de fumer est aussi bon pour votre dos. Votre médecin peut vous aider à arrêter.",
    },
    pregnancy: {
      label: 'Je suis enceinte',
      tip: 'Le mal de dos est fréquent pendant la grossesse. Restez active, et demandez conseil à votre sage-femme ou à votre médecin.',
    },
  },
  lastingHeading: 'Qu\'est-ce qui peut faire durer le mal de dos ?',
  lastingIntro:
    "Certaines choses augmentent le risque que le mal de dos dure longtemps. Cochez ce qui vous concerne. Vous saurez alors de quoi parler avec votre médecin ou votre kiné.",
  lasting: {
    'fear-of-moving': "Je n'ose pas faire certains mouvements, parce que j'ai peur d'avoir mal",
    'low-mood': 'Je me sens souvent triste ou abattu',
    worry: 'Je me fais beaucoup de soucis pour mon dos',
    'passive-coping': "J'attends surtout, en espérant que le repos ou les médicaments feront passer la douleur",
    'work-stress': "J'ai un travail lourd, de la tension au travail ou peu de plaisir à mon travail",
    'earlier-episodes': "J'ai déjà eu mal au dos avant",
    'much-limitation': 'À cause de la douleur, je ne peux plus faire beaucoup de choses',
    'leg-pain': 'La douleur descend dans ma jambe',
  },
  lastingAdvice:
    "C'est fréquent chez les personnes qui ont mal au dos. Vous pouvez quand même bien guérir. Il existe de l'aide, comme des exercices avec un kiné et une thérapie comportementale. Parlez-en à votre médecin ou à votre kiné. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin. Faites-le surtout si la douleur ne diminue pas après 3 à 4 semaines.",
  earlyHelp:
    "Vous reconnaissez 3 de ces choses ou plus. N'attendez pas : prenez dès maintenant rendez-vous chez votre médecin généraliste ou un kiné. Ils peuvent vous aider à agir là-dessus.",
  clear: 'Décocher toutes les cases',
};
