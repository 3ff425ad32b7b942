import type { TreatmentsText } from '../types.js';

export const treatments: TreatmentsText = {
  title: 'Quels traitements aident ?',
  intro:
    "Il existe beaucoup de traitements contre le mal de dos. Ils n'aident pas tous. Vous voyez ici ce que disent les études sur le mal de dos courant, dans le bas du dos.",
  groups: {
    helps: {
      title: 'Aide',
      text: 'Les études montrent que cela aide. Rester actif est le plus important.',
    },
    'may-help': {
      title: 'Peut aider',
      text: "Ces traitements aident parfois un peu, ou on ne sait pas s'ils aident. Ils peuvent être agréables. Mais ils ne font pas passer le mal de dos.",
    },
    'advised-against': {
      title: 'Déconseillé',
      text: "Les médecins et les kinés déconseillent ces traitements pour le mal de dos courant. Ils n'aident pas, ou ils font plus de mal que de bien.",
    },
  },
  markers: {
    helps: 'Aide',
    'may-help': 'Peut aider',
    'advised-against': 'Déconseillé',
  },
  items: {
    'keep-active': {
      name: 'Rester actif',
      why: "Continuer vos activités de tous les jours et votre travail aide le plus. Rester assis ou couché sans bouger fait plus de mal que de bien.",
    },
    'exercise-therapy': {
      name: 'Des exercices avec un kiné',
      why: "Faire des exercices avec un kiné aide surtout quand la douleur dure longtemps. Cela diminue aussi le risque que la douleur revienne. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin.",
    },
    'behavioural-therapy': {
      name: 'Thérapie comportementale',
      why: 'Quand la douleur dure longtemps, vous apprenez à vivre autrement avec la douleur et avec la peur de bouger.',
    },
    multidisciplinary: {
      name: 'Revalidation en équipe',
      why: 'Quand la douleur dure longtemps, différents soignants travaillent avec vous à votre guérison.',
    },
    painkillers: {
      name: 'Antidouleurs',
      why: "Les antidouleurs aident peu contre le mal de dos. Ils peuvent calmer un peu la douleur la plus forte, pour que vous puissiez continuer à bouger. Ne vous attendez pas à ce que la douleur parte.",
    },
    heat: {
      name: 'Chaleur',
      why: "Une douche chaude ou un coussin chauffant fait du bien. L'effet dure peu.",
    },
    'manual-therapy': {
      name: 'Thérapie manuelle (« faire craquer » le dos)',
      why: "Cela donne parfois un peu moins mal pendant peu de temps. Faites-le faire seulement par un thérapeute bien formé.",
    },
    massage: {
      name: 'Massage',
      why: "Un massage léger peut être agréable, mais ce n'est pas un vrai traitement. Faites soigner votre colonne seulement par un spécialiste.",
    },
    'muscle-relaxants': {
      name: 'Relaxants musculaires',
      why: "Ils aident peu contre le mal de dos. Ils rendent somnolent, et on peut en devenir dépendant. C'est pourquoi les médecins les déconseillent.",
    },
    'bed-rest': {
      name: 'Repos au lit',
      why: 'Rester longtemps couché affaiblit vos muscles et ralentit la guérison.',
    },
    traction: {
      name: 'Traction (étirer le dos)',
      why: "Faire étirer votre dos, à la main ou avec un appareil, n'aide pas.",
    },
    supports: {
      name: 'Corset, ceinture lombaire ou bande de soutien',
      why: "Un soutien de l'extérieur n'aide pas contre le mal de dos courant.",
    },
    injections: {
      name: 'Injections dans le dos',
      why: "Les injections dans le dos n'aident pas contre le mal de dos courant.",
    },
    tens: {
      name: 'TENS',
      why: "Ce petit appareil envoie un léger courant électrique par des patchs collés sur la peau. Il n'aide pas contre le mal de dos courant.",
    },
    electrotherapy: {
      name: 'Traitement par ultrasons, laser ou courant électrique',
      why: "Ces traitements avec des appareils n'aident pas contre le mal de dos courant.",
    },
    acupuncture: {
      name: 'Acupuncture',
      why: "Les études ne montrent pas d'effet clair. C'est pourquoi les médecins la déconseillent.",
    },
    opioids: {
      name: 'Antidouleurs forts (opioïdes) quand la douleur dure longtemps',
      why: "Les opioïdes sont des antidouleurs puissants, comme le tramadol et l'oxycodone. Quand le mal de dos dure longtemps, les médecins les déconseillent.",
    },
    'nerve-pain-medicines': {
      name: 'Médicaments contre la douleur des nerfs',
      why: "Les produits comme la gabapentine et la prégabaline n'aident pas contre le mal de dos.",
    },
    antidepressants: {
      name: 'Antidépresseurs contre le mal de dos',
      why: "Les médicaments contre la dépression n'aident pas contre le mal de dos. Vous vous sentez souvent triste ou abattu ? Parlez-en alors à votre médecin.",
    },
    radiofrequency: {
      name: 'Bloquer de petits nerfs du dos par la chaleur',
      why: 'Pas pour le mal de dos courant. Seulement dans des cas particuliers, après un examen par un spécialiste.',
    },
    intradiscal: {
      name: "Chauffer le disque entre les vertèbres de l'intérieur",
      why: "Ce traitement du disque entre les vertèbres n'aide pas contre le mal de dos courant.",
    },
    surgery: {
      name: 'Opération',
      why: "Pour le mal de dos courant, une opération n'est jamais nécessaire.",
    },
    scans: {
      name: 'Faire faire une radio ou une IRM par habitude',
      why: "Une image ne vous guérit pas. Ce qu'elle montre, ce sont souvent des changements normaux liés à l'âge, comme les cheveux gris. On les voit aussi chez des gens qui n'ont pas mal.",
    },
  },
  decideTogether:
    'Quel traitement vous convient, vous en parlez avec votre médecin ou votre kiné. Vous décidez ensemble de ce que vous allez faire.',
};
