import type { MythsText } from '../types.js';

export const myths: MythsText = {
  title: 'Idées reçues et vérités sur le mal de dos',
  intro: 'Il existe beaucoup de malentendus sur le mal de dos. Vous lisez ici ce qui est vrai.',
  manyThink: 'Beaucoup de gens pensent :',
  items: {
    'straight-back': {
      myth: 'Je dois toujours garder mon dos droit et tenu.',
      heading: "Vous n'avez pas besoin de garder le dos toujours droit.",
      fact: "Ce n'est pas nécessaire. Garder le dos toujours droit et contracté n'aide pas.",
      why: "Cette idée vient d'anciennes études mal comprises. Faire sans cesse attention à vos mouvements est fatigant. Cela vous fait peur de mal bouger. Un dos détendu se sent souvent mieux. Des exercices pour les muscles du dos et du ventre peuvent aider : vous devenez plus fort et plus en forme.",
    },
    'bed-rest': {
      myth: 'Avec un mal de dos, le mieux est de rester au lit.',
      fact: "Bougez autant que possible. Le repos au lit n'est pas nécessaire.",
      why: "Rester longtemps couché affaiblit vos muscles et ralentit la guérison. Vous devez vraiment vous coucher ? Faites-le alors 2 jours au plus.",
    },
    'scan-shows-cause': {
      myth: "Sur une radio ou une IRM, le médecin peut voir d'où vient mon mal de dos.",
      fact: "Pour un mal de dos courant, une image ne montre en général pas la cause.",
      why: "Beaucoup de gens sans douleur ont aussi des changements aux petits coussins entre les vertèbres. Ce sont des changements normaux liés à l'âge, comme les cheveux gris. Ce qu'on voit sur l'image n'est donc souvent pas la cause. Une image ne vous guérit pas non plus. Elle est utile seulement si votre médecin pense à une cause particulière.",
    },
    'pain-means-damage': {
      myth: "Si mon dos fait mal, c'est que quelque chose est cassé.",
      fact: "Le mal de dos ne veut en général pas dire qu'il y a un dégât.",
      why: "Chez plus de 9 personnes sur 10, on ne trouve pas de cause claire dans le corps. Bouger avec la douleur ne fait pas de mal.",
    },
    'dont-move': {
      myth: 'Avec un mal de dos, il vaut mieux ne pas bouger.',
      fact: "Continuer à bouger aide, tant que vous ne forcez pas.",
      why: "Ne pas bouger fait plus de mal que de bien. Les personnes qui évitent des mouvements par peur d'avoir mal ont souvent mal plus longtemps.",
    },
    'only-physical': {
      myth: "Le mal de dos n'a à voir qu'avec mon corps.",
      fact: 'Le stress et les soucis jouent aussi un rôle, surtout quand la douleur dure.',
      why: 'La tension, les soucis et une période dure au travail peuvent rendre la douleur plus forte. La douleur est bien réelle. Se détendre et bouger aident.',
    },
    'belt-helps': {
      myth: 'Un corset ou une ceinture lombaire aide mon dos.',
      heading: "Un corset ou une ceinture n'aide pas contre le mal de dos courant.",
      fact: 'Un corset, une ceinture lombaire ou un autre soutien est déconseillé pour le mal de dos courant.',
      why: "Les études montrent qu'un tel soutien n'aide pas. Continuer à bouger et faire des exercices, cela aide.",
    },
    'surgery-fixes': {
      myth: 'Une opération me débarrassera de mon mal de dos.',
      fact: "Pour le mal de dos courant, une opération n'a jamais de sens.",
      why: "Dans le mal de dos courant, il n'y a pas de cause claire qu'un chirurgien peut enlever. Même la sciatique, une douleur qui descend dans la jambe, passe le plus souvent sans opération. Chez 3 personnes sur 4, elle passe en 3 mois. Continuer à bouger et faire des exercices, cela aide.",
    },
  },
};
