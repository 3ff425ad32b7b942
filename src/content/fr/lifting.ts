import type { LiftingText } from '../types.js';

export const lifting: LiftingText = {
  title: 'Conseils pour soulever, être assis et bouger',
  intro:
    "Ces conseils rendent plus facile et plus agréable de soulever, de s'asseoir et de se lever. Votre dos ne guérit pas plus vite grâce à eux. Il n'est pas prouvé qu'ils évitent le mal de dos. Ce qui diminue vraiment le risque d'un nouveau mal de dos : continuer à bouger et rester en forme.",
  tabsLabel: 'Sujets',
  topics: {
    lifting: {
      title: 'Soulever',
      tips: [
        'Gardez ce que vous soulevez près du corps.',
        'Pliez les genoux et les hanches de la façon qui vous semble confortable.',
        "Soulevez de façon détendue, et variez votre manière de soulever. Un dos arrondi quand vous soulevez n'est pas dangereux.",
        'Ne tournez pas le dos pendant que vous soulevez ou portez quelque chose.',
        'Ne soulevez pas trop à la fois.',
        'Vous devez porter quelque chose loin ? Posez-le alors de temps en temps et reposez-vous un moment.',
      ],
      illustration: 'Une personne plie les genoux et soulève une boîte, tout près du corps.',
      steps: [
        'Mettez-vous tout près de la boîte et pliez les genoux et les hanches.',
        'Gardez la boîte tout près du corps.',
        'Remontez calmement, la boîte près de vous.',
      ],
    },
    turning: {
      title: 'Tourner et se pencher',
      tips: [
        'Ne tournez pas et ne vous penchez pas en même temps.',
        "Vous voulez prendre quelque chose derrière vous ? Redressez-vous d'abord, tournez-vous, puis pliez les genoux.",
        'Tournez aussi les pieds, pour que tout le corps tourne et pas seulement le dos.',
        'Vous sortez de la voiture ? Tournez alors le corps et les jambes ensemble vers l\'extérieur.',
        "Posez d'abord les deux pieds par terre.",
        'Appuyez-vous sur les mains, et seulement ensuite levez-vous.',
      ],
      illustration: "Une personne sort d'une voiture et tourne les jambes et le corps ensemble vers l'extérieur.",
    },
    sitting: {
      title: 'Être assis',
      tips: [
        'Choisissez une chaise qui soutient bien le bas du dos.',
        'Une chaise avec des accoudoirs est pratique.',
        "Évitez de vous asseoir sur une chaise basse ou molle.",
        'Levez-vous un moment toutes les 20 à 30 minutes et marchez un peu.',
        'Vous restez longtemps debout ? Asseyez-vous alors un moment de temps en temps.',
        'Réglez votre bureau ou votre poste de travail à la bonne hauteur.',
        "Vous travaillez à la maison ? Ne restez pas des heures sur une chaise de cuisine qui ne vous convient pas.",
      ],
      illustration: 'Une personne est assise à un bureau à la bonne hauteur, sur une chaise solide qui soutient le bas du dos.',
    },
    'standing-up': {
      title: "Se lever d'une chaise",
      tips: [
        "Glissez d'abord vers l'avant du siège.",
        "Placez un pied sous la chaise et l'autre un peu devant.",
        'Posez les mains sur les accoudoirs.',
        'Poussez-vous vers le haut avec les bras et les jambes.',
      ],
      illustration:
        "Une personne est assise à l'avant d'une chaise, un pied en arrière, et se pousse vers le haut.",
      steps: [
        "Glissez vers l'avant du siège, un pied en arrière.",
        'Penchez-vous en avant et appuyez sur les accoudoirs.',
        "Poussez-vous vers le haut avec les bras et les jambes jusqu'à être debout.",
      ],
    },
    bed: {
      title: 'Sortir du lit',
      tips: [
        "Roulez d'abord sur le côté.",
        'Laissez descendre les jambes le long du bord du lit.',
        "Poussez-vous sur le côté avec les deux bras jusqu'à être assis.",
        "Vous vous couchez ? Faites la même chose, mais dans l'autre sens.",
      ],
      illustration: 'Une personne couchée sur le côté laisse descendre les jambes hors du lit. Elle se pousse avec les deux bras.',
      steps: [
        "Roulez d'abord sur le côté, les genoux pliés.",
        'Laissez descendre les jambes par-dessus le bord du lit et poussez-vous avec les bras.',
        'Vous voilà assis sur le bord du lit.',
      ],
    },
    sleeping: {
      title: 'Dormir',
      tips: [
        'Vous dormez sur le dos ? Mettez alors des coussins sous les genoux.',
        'Vous dormez sur le côté ? Pliez alors les genoux à moitié.',
        'Choisissez la position la plus agréable pour votre dos.',
      ],
      illustration:
        'Deux positions pour dormir : sur le dos, des coussins sous les genoux, et sur le côté, les genoux à moitié pliés.',
    },
    sport: {
      title: 'Faire du sport et rester en forme',
      tips: [
        'En faisant du sport, faites attention à une bonne technique.',
        "Rendez votre entraînement plus dur lentement, pas d'un coup.",
        'Un entraîneur peut vous aider à trouver la bonne technique.',
        'Restez en forme en marchant, en faisant du vélo ou en nageant.',
        'Prenez aussi le temps de vous détendre et essayez de diminuer le stress.',
      ],
      illustration: 'Une personne marche et une autre fait du vélo.',
    },
  },
};
