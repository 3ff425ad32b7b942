import type { SelfCareText } from '../types.js';

export const selfCare: SelfCareText = {
  title: 'Ce que vous pouvez faire vous-même contre le mal de dos',
  intro:
    "Le mal de dos s'améliore le plus souvent tout seul. La plupart des personnes vont beaucoup mieux en 6 semaines. Un peu de douleur peut durer plus longtemps : c'est fréquent et le plus souvent pas grave. Ces étapes vous aident à rester le plus actif possible. La plus importante est en premier.",
  steps: {
    'keep-moving': {
      title: 'Continuez à bouger',
      text: "Faites vos activités habituelles autant que possible : travail, ménage et loisirs. Bouger avec la douleur ne fait pas de mal. Ne pas bouger fait plus de mal que de bien. Ne forcez pas : allez-y doucement et changez souvent de position.",
    },
    'no-bed-rest': {
      title: 'Ne restez pas au lit',
      text: "Rester au lit affaiblit vos muscles et ralentit la guérison. La douleur est si forte que vous devez vous coucher ? Faites-le alors 2 jours au plus, et levez-vous de temps en temps. Si vous avez très mal, cette position peut aider : couché sur le dos, le bas des jambes posé sur une chaise. Vos hanches et vos genoux sont alors pliés à peu près à angle droit.",
    },
    painkillers: {
      title: 'Antidouleurs : seulement pour continuer à bouger',
      text: "Les antidouleurs aident peu contre le mal de dos. Un antidouleur peut calmer un peu la douleur la plus forte, pour que vous puissiez continuer à bouger. Ne vous attendez pas à ce que la douleur parte. Un anti-inflammatoire comme l’ibuprofène ou le naproxène est le premier choix. Prenez-en le moins possible et le moins longtemps possible. Le paracétamol seul ne suffit souvent pas. Vous achetez ces médicaments sans prescription à la pharmacie. Demandez d’abord l’avis de votre pharmacien ou de votre médecin généraliste si vous êtes enceinte ou si vous avez plus de 70 ans. Faites-le aussi si vous avez un ulcère à l’estomac, une maladie des reins ou du cœur, une tension trop haute ou de l’asthme. Faites-le aussi si vous prenez un médicament qui fluidifie le sang (comme l’aspirine ou l’Asaflow), un diurétique, un IEC (contre la tension), de la cortisone ou un ISRS (un antidépresseur). Sans avis, ne prenez pas un anti-inflammatoire plus de quelques jours. Pour le paracétamol, ne prenez pas plus que ce que dit la notice. Prenez-en moins si vous avez une maladie du foie ou si vous buvez beaucoup d’alcool. Prenez les antidouleurs à heures fixes. Ça va mieux ? Diminuez-les alors petit à petit.",
    },
    heat: {
      title: 'La chaleur',
      text: "Une douche chaude, un coussin chauffant ou une bouillotte détend un peu les muscles. C'est souvent agréable. L'effet ne dure en général pas longtemps.",
    },
    relax: {
      title: 'Prenez le temps de vous détendre',
      text: "Le stress tend vos muscles, et cela peut rendre la douleur plus forte. Prenez chaque jour un moment pour vous détendre. Des exercices doux et relaxants peuvent aider. Vous n'avez pas besoin de garder le dos raide et droit : un dos détendu se sent souvent mieux.",
    },
    'build-up': {
      title: 'Reprenez doucement',
      text: "La première semaine, reprenez vos activités habituelles pas à pas. Faites un peu plus chaque jour. Retournez au travail si vous le pouvez, si besoin d'abord avec un travail adapté. Restez en forme en marchant, en faisant du vélo ou en nageant.",
    },
  },
  acute: {
    title: 'Un tour de reins ?',
    whatHappens: [
      "Lors d'un tour de reins, les muscles du dos se contractent d'un coup.",
      "La douleur est vive et pique, ou ressemble à une crampe, comme une crampe au mollet.",
      "Bouger est difficile. Votre corps essaie de protéger l'endroit qui fait mal. D'autres muscles se contractent donc aussi.",
      "C'est très désagréable, mais le plus souvent sans danger.",
    ],
    triggersHeading: 'Comment cela arrive-t-il ?',
    triggers: [
      'Un mouvement inattendu ou mal fait.',
      'Soulever quelque chose de lourd trop vite ou de la mauvaise façon.',
      'Rendre votre entraînement plus dur trop vite.',
      "Rester longtemps assis sur une mauvaise chaise, par exemple à la table de la cuisine, puis bouger vite d'un coup.",
    ],
    firstHoursHeading: 'Les premières heures',
    firstHours: [
      "Restez calme : c'est fréquent et le plus souvent sans danger.",
      'Continuez à bouger doucement, même si c\'est difficile.',
      'Prenez une douche chaude ou mettez un coussin chauffant sur votre dos.',
      "Un antidouleur peut calmer un peu la douleur. Vous ne savez pas lequel vous pouvez prendre, par exemple à cause d'une allergie ? Demandez à votre pharmacien.",
    ],
    firstDaysHeading: 'Les premiers jours',
    firstDays: [
      'Ne restez pas longtemps couché ou assis sans bouger : les muscles se contractent alors souvent encore plus.',
      'Faites des exercices doux et relaxants qui ne fatiguent pas trop vos muscles.',
      'Vous prenez des antidouleurs ? Prenez-les à heures fixes, pour pouvoir continuer à bouger.',
      'Reprenez vos activités habituelles pas à pas.',
    ],
    preventionHeading: 'Pour plus tard : rester en forme et de bonnes habitudes',
    prevention: {
      'stay-fit': {
        title: 'Restez en forme',
        text: "Bouger et faire de l'exercice souvent diminue le risque que le mal de dos revienne. Marchez, faites du vélo ou nagez.",
      },
      'lift-with-legs': {
        title: 'Soulevez près du corps',
        text: 'Gardez la charge près du corps, et pliez les genoux et les hanches comme cela vous semble confortable. Soulever est alors plus facile.',
      },
      'sport-technique': {
        title: 'Faites attention à votre technique en faisant du sport',
        text: 'Faites les exercices de la bonne façon et rendez-les plus durs lentement. Un entraîneur peut vous y aider.',
      },
      'stand-up-often': {
        title: 'Levez-vous souvent',
        text: 'Vous restez longtemps assis ? Levez-vous alors toutes les 20 à 30 minutes, marchez un peu et étirez-vous.',
      },
      posture: {
        title: 'Tenez-vous et marchez détendu',
        text: 'Tenez-vous et marchez droit, mais détendu. Ne contractez pas le dos. Changez souvent de position.',
      },
    },
  },
  whenToContact: {
    title: 'Quand contacter votre médecin ?',
    levels: {
      emergency: {
        action: "Appelez tout de suite le 112, ou allez aux urgences d'un hôpital, si vous avez un de ces signes :",
      },
      urgent: {
        action: "Appelez votre médecin aujourd'hui (le soir et le week-end : le médecin de garde au 1733)",
        signs: "si vous avez de la fièvre ou vous sentez malade avec le mal de dos. Ou si une jambe est devenue plus faible.",
      },
      soon: {
        action: 'Prenez rendez-vous chez votre médecin dans les prochains jours',
        signs: "si la douleur est encore très forte après une semaine et ne diminue pas. Ou si la douleur descend plus bas que le genou, ou si vous perdez du poids sans le vouloir. Aussi si la douleur ne va pas mieux après 3 à 4 semaines, ou dure plus de 6 semaines.",
      },
    },
    worried: "Vous vous inquiétez, ou cela s'aggrave ? Appelez alors toujours votre médecin généraliste.",
  },
  redFlagsLink: 'Faites le test : dois-je voir mon médecin ?',
};
