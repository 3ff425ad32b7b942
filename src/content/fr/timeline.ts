import type { TimelineText } from '../types.js';

export const timeline: TimelineText = {
  title: 'Comment évolue le mal de dos ?',
  intro:
    "Le mal de dos s'améliore le plus souvent tout seul. La plupart des personnes vont beaucoup mieux en 6 semaines. Un peu de douleur dure souvent plus longtemps. C'est fréquent et le plus souvent pas grave. Vous voyez ici, période par période, ce qui est normal, ce qui aide et quand demander de l'aide.",
  normalHeading: 'Ce qui est normal',
  helpsHeading: 'Ce qui aide',
  contactHeading: "Quand demander de l'aide",
  onsetLabel: 'Quand la douleur a-t-elle commencé ?',
  onsetHint: 'Indiquez la date. Vous verrez alors où vous en êtes à peu près. Rien n\'est gardé.',
  onsetFuture: "Cette date est dans le futur. Choisissez aujourd'hui ou un jour avant.",
  onsetInvalid: "Cette date n'est pas correcte. Indiquez un jour, un mois et une année qui existent.",
  youAreHere: 'Vous êtes ici',
  dayCount: (daysSinceStart) =>
    daysSinceStart === 0
      ? "Jour 1 : la douleur a commencé aujourd'hui"
      : daysSinceStart === 1
        ? 'Jour 2 : la douleur a commencé hier'
        : `Jour ${daysSinceStart + 1} : la douleur a commencé il y a ${daysSinceStart} jours`,
  phases: {
    'first-days': {
      title: 'Les premiers jours',
      when: 'Jour 1 à 3 (le jour 1 est le jour où la douleur a commencé)',
      normal:
        "La douleur peut être forte. Bouger est difficile et votre dos est raide. C'est désagréable, mais le plus souvent sans danger.",
      helps: [
        'Continuez à bouger doucement, sans forcer.',
        "Restez au lit seulement si vous ne pouvez pas faire autrement : 2 jours au plus, en vous levant de temps en temps.",
        'Les antidouleurs aident peu. Ils peuvent calmer un peu la douleur la plus forte, pour que vous puissiez continuer à bouger.',
        'Vous prenez des antidouleurs ? Prenez-les à heures fixes. Demandez à votre pharmacien quel antidouleur vous convient.',
        'Une douche chaude ou un coussin chauffant peut détendre un peu les muscles.',
      ],
      contact:
        "En général, vous n'avez pas besoin de voir votre médecin maintenant.",
    },
    'first-week': {
      title: 'La suite de la première semaine',
      when: 'Jour 4 à 7',
      normal:
        "La douleur diminue en général lentement. Certains mouvements font encore mal. Cela ne veut pas dire que quelque chose s'abîme.",
      helps: [
        'Reprenez vos activités de tous les jours pas à pas.',
        'Retournez au travail si vous le pouvez, si besoin d\'abord avec un travail adapté. Le médecin du travail peut vous y aider.',
        'Changez souvent de position et marchez un peu de temps en temps.',
        'Prenez des antidouleurs seulement pour rester actif, et diminuez-les quand ça va mieux.',
      ],
      contact: 'Après une semaine, la douleur est toujours forte et ne diminue pas ? Prenez alors rendez-vous chez votre médecin.',
    },
    'weeks-2-6': {
      title: 'Semaine 2 à 6',
      when: 'Jour 8 à 42 (semaine 2 à 6)',
      normal:
        "Chez la plupart des gens, la douleur est maintenant bien plus faible ou partie. Chez d'autres, cela dure encore quelques semaines. Après une journée chargée, votre dos peut encore être un peu raide ou douloureux.",
      helps: [
        'Continuez à reprendre vos activités, aussi le travail, le sport et les loisirs.',
        'Restez en forme en marchant, en faisant du vélo ou en nageant.',
        'Diminuez les antidouleurs pas à pas.',
        'Gardez ce que vous soulevez près du corps et levez-vous souvent quand vous restez longtemps assis.',
      ],
      contact:
        "La douleur ne va pas mieux après 3 à 4 semaines ? Consultez alors votre médecin ou un kiné. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin. Avec vous, ils regardent ce qui peut freiner la guérison.",
    },
    'after-6-weeks': {
      title: 'Après 6 semaines',
      when: 'Jour 43 à 84 (semaine 7 à 12)',
      normal:
        "Beaucoup de personnes ont encore un peu mal après 6 semaines. Environ 1 personne sur 3 est tout à fait guérie après 3 mois. Chez les autres, un peu de douleur reste souvent. C'est fréquent et le plus souvent pas grave. Et il existe une aide qui marche.",
      helps: [
        'Bougez autant que possible et faites vos activités de tous les jours.',
        'Des exercices avec un kiné vous aident à devenir plus fort et plus en forme.',
        "N'évitez pas les mouvements par peur d'avoir mal : cette peur fait souvent durer la douleur.",
        'Parlez de vos soucis ou de votre stress, par exemple avec votre médecin.',
      ],
      contact: "Vous n'avez pas encore vu votre médecin ou un kiné ? Prenez alors rendez-vous maintenant. Ensemble, vous faites un plan. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin.",
    },
    'after-12-weeks': {
      title: 'Après 12 semaines',
      when: 'À partir du jour 85 (plus de 12 semaines)',
      normal:
        "La douleur dure plus de 12 semaines (3 mois) ? On parle alors de mal de dos chronique. Chronique veut dire : qui dure longtemps. Même alors, il n'y a le plus souvent pas de dégât au dos.",
      helps: [
        'Des exercices : avec un kiné qui vous guide, vous rendez votre dos plus fort pas à pas.',
        'Une thérapie comportementale : vous apprenez à vivre autrement avec la douleur et avec la peur de bouger.',
        'La revalidation : une équipe de différents soignants travaille avec vous à votre guérison.',
        'Un programme de marche : marcher 3 fois par jour et augmenter lentement.',
      ],
      contact: 'Voyez avec votre médecin ou votre kiné quelle approche vous convient le mieux. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin.',
    },
    recurrence: {
      title: 'Si la douleur revient',
      when: 'À tout moment plus tard',
      normal:
        "Le mal de dos revient souvent. Environ la moitié des personnes ont de nouveau mal dans l'année : selon les études, 33 à 69 personnes sur 100. Ce n'est pas un mauvais signe.",
      helps: [
        'Faites ce qui vous a aidé la dernière fois.',
        'Continuez à bouger et reprenez doucement.',
        'Gardez votre dos en forme en marchant, en faisant du vélo ou en nageant.',
        'Bouger souvent et faire des exercices diminuent le risque que la douleur revienne.',
      ],
      contact:
        "La douleur revient souvent, ou passe moins bien que la dernière fois ? Contactez alors votre médecin ou un kiné. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin. Vous avez un signe d'alerte ? Contactez alors votre médecin.",
    },
  },
};
