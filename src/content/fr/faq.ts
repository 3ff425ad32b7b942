import type { FaqText } from '../types.js';

export const faq: FaqText = {
  title: 'Questions sur le mal de dos',
  filterLabel: 'Chercher dans les questions',
  matches: (count) => (count <= 1 ? `${count} question trouvée` : `${count} questions trouvées`),
  noMatches: 'Aucune question trouvée. Essayez un autre mot.',
  items: {
    'what-is-it': {
      question: "Qu'appelle-t-on le mal de dos (bas du dos) ?",
      answer: [
        "C'est une douleur dans le bas du dos. Elle se situe entre les côtes du bas et le pli sous les fesses. Parfois, vous sentez aussi la douleur dans la fesse ou le haut de la cuisse.",
        "La douleur peut commencer d'un coup. On parle alors de lumbago ou de tour de reins. La douleur peut aussi venir lentement.",
        "Le plus souvent, il n'y a ni maladie ni dégât. Les médecins parlent de mal de dos courant, ou « non spécifique ».",
      ],
    },
    'how-common': {
      question: 'Le mal de dos est-il fréquent ?',
      answer: [
        'Très fréquent. Environ 4 personnes sur 5 ont un jour mal dans le bas du dos. Chez les gens de 35 à 64 ans, ce sont même 7 sur 10.',
        "Certains ont mal une seule fois, d'autres plus souvent.",
      ],
    },
    causes: {
      question: "D'où vient le mal de dos ?",
      answer: [
        "Chez plus de 9 personnes sur 10, on ne peut pas dire d'où vient la douleur exactement. Sans doute que les muscles, les ligaments et les articulations du dos doivent porter un moment plus qu'ils ne peuvent. Ce n'est pas une maladie, et le plus souvent rien n'est abîmé.",
        "Chez environ 5 personnes sur 100, il y a une cause claire. Par exemple une hernie discale. Un petit coussin entre deux vertèbres sort alors de sa place et appuie sur un nerf. D'autres causes sont un rétrécissement du passage des nerfs, ou une vertèbre cassée. Une inflammation du dos, une infection ou une tumeur sont aussi possibles.",
        "Les causes graves sont rares. La plus fréquente est une vertèbre cassée : chez environ 1 à 4 personnes sur 100 qui ont mal au dos. Ce sont surtout des personnes âgées aux os fragiles. Le cancer est la cause chez moins de 1 personne sur 100. Une infection ou des nerfs très coincés dans le bas du dos sont très rares. C'est pourquoi votre médecin vous pose des questions sur les signes d'alerte.",
      ],
    },
    'who-gets-it': {
      question: 'Qui a mal au dos ?',
      answer: [
        "Tout le monde peut avoir mal au dos. Certaines choses augmentent le risque. Par exemple un travail lourd et soulever souvent, ou tourner et se pencher souvent. Ou rester longtemps assis ou debout dans la même position. Aussi faire toujours le même mouvement, ou d'un coup un effort très lourd. Et beaucoup de vibrations, comme dans un camion.",
        "D'autres choses jouent aussi un rôle : le surpoids, le manque de mouvement et des muscles du dos et du ventre faibles. Et aussi le stress, le tabac, la grossesse et l'âge.",
        'Vous pouvez agir vous-même sur beaucoup de ces choses. Bouger souvent aide le plus.',
      ],
    },
    symptoms: {
      question: 'Quels sont les symptômes ?',
      answer: [
        "Le plus souvent, c'est une douleur vive ou sourde dans le bas du dos. Bouger fait souvent mal, par exemple se lever d'une chaise, marcher ou soulever quelque chose. Rester longtemps debout ou assis peut aussi faire mal.",
        'Parfois, la douleur descend dans la fesse ou le haut de la cuisse. Le matin, votre dos peut être raide.',
        'La douleur descend plus bas que le genou ? Un nerf peut alors être irrité. On appelle cela une sciatique.',
      ],
    },
    'how-long': {
      question: 'Combien de temps faut-il pour que la douleur passe ?',
      answer: [
        "Le mal de dos s'améliore le plus souvent tout seul. La plupart des personnes vont beaucoup mieux en 6 semaines. Après 3 mois, environ 1 personne sur 3 est tout à fait guérie.",
        "Un peu de douleur ou de raideur dure souvent plus longtemps. C'est fréquent et le plus souvent pas grave. Vous n'êtes donc pas une exception.",
        'La douleur dure plus de 12 semaines (3 mois) ? On parle alors de mal de dos chronique, qui dure longtemps.',
        "La sciatique est une douleur qui part du dos et descend dans la jambe. Elle peut durer plus longtemps. Chez 3 personnes sur 4, la sciatique passe en 3 mois, sans opération.",
      ],
    },
    sciatica: {
      question: "Qu'est-ce qu'une sciatique ?",
      answer: [
        "Avec une sciatique, la douleur part du dos et descend dans une jambe, souvent plus bas que le genou. Un nerf du dos est alors irrité ou coincé, par exemple par une hernie discale. La jambe fait souvent plus mal que le dos. Parfois, la jambe est engourdie ou vous avez des fourmis.",
        'La sciatique passe le plus souvent toute seule. Chez 3 personnes sur 4, la douleur passe en 3 mois, sans opération. Bougez autant que possible.',
        "La douleur descend plus bas que le genou, ou votre jambe est engourdie ? Prenez alors rendez-vous chez votre médecin dans les prochains jours. Une jambe est devenue plus faible, par exemple votre pied traîne ? Appelez alors votre médecin le jour même.",
      ],
    },
    scan: {
      question: 'Faut-il une radio ou une IRM ?',
      answer: [
        "Pour un mal de dos courant, une radio ou une IRM n'est pas utile. Vous ne guérissez pas plus vite grâce à elle.",
        "Une image montre souvent des changements, même chez des gens qui n'ont pas mal du tout. Ce sont des changements normaux liés à l'âge, comme les cheveux gris. Ce que montre l'image dit donc peu de choses sur l'origine de votre douleur.",
        'Votre médecin a une raison de chercher plus loin ? Il peut alors demander des examens en plus.',
      ],
    },
    'scan-useful': {
      question: 'Quand une radio ou une IRM est-elle utile ?',
      answer: [
        "Une image est utile si votre médecin pense à une cause grave. Par exemple une vertèbre cassée, une infection ou un cancer. C'est rare.",
        "Une image est aussi utile si une opération est peut-être nécessaire. Par exemple en cas de hernie discale avec une forte douleur dans la jambe qui ne passe pas. L'image montre alors ce qu'un chirurgien peut faire.",
        "Dans les autres cas, une image ne change rien au traitement. C'est pourquoi votre médecin n'en demande pas.",
      ],
    },
    'what-helps': {
      question: 'Qu\'est-ce qui aide contre le mal de dos ?',
      answer: [
        "Le conseil le plus important : continuez à bouger, sans forcer. Faites vos activités habituelles autant que possible. Bouger avec la douleur ne fait pas de mal. Rester assis ou couché sans bouger fait plus de mal que de bien.",
        "Les antidouleurs aident peu. Un antidouleur peut calmer un peu la douleur la plus forte, pour que vous puissiez continuer à bouger. Ne vous attendez pas à ce que la douleur parte. La chaleur peut faire du bien.",
        "La douleur dure longtemps ? Des exercices avec un kiné, une thérapie comportementale ou la revalidation aident alors. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin. Le repos au lit, un corset et une opération n'aident pas contre le mal de dos courant.",
      ],
    },
    physiotherapist: {
      question: 'Que fait un kinésithérapeute ?',
      answer: [
        "Un kinésithérapeute (kiné) vous donne des conseils et des exercices adaptés aux mouvements qui vous sont difficiles. Vous ne savez pas bien ce que vous pouvez faire ou non ? Demandez-le au kiné. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin.",
        'Le but est que vous puissiez refaire vos activités de tous les jours. Et que vous sachiez ensuite vous-même comment faire face à une nouvelle période de mal de dos.',
        "Les exercices aident surtout quand la douleur dure longtemps, et pour éviter qu'elle revienne. Le choix des exercices compte moins. Ils doivent surtout vous convenir et vous demander assez d'effort.",
      ],
    },
    'load-again': {
      question: 'Quand puis-je en faire plus ?',
      answer: [
        'Dès le début, continuez à bouger doucement. La première semaine, reprenez vos activités habituelles pas à pas.',
        "Faites un peu plus chaque jour, sans forcer. Un peu de douleur est alors normal. Bouger avec la douleur ne fait pas de mal.",
        "Retournez au travail si vous le pouvez, si besoin d'abord avec un travail adapté.",
      ],
    },
    work: {
      question: 'Puis-je continuer à travailler avec un mal de dos ?',
      answer: [
        "Le plus souvent, oui. Continuer à travailler vous aide à guérir. Vous êtes resté à la maison ? Retournez alors au travail le plus vite possible. Vous n'avez pas besoin d'attendre que la douleur soit tout à fait partie.",
        "Votre travail habituel n'est pas encore possible ? Faites alors d'abord un autre travail, ou un travail plus léger. Par exemple soulever moins ou changer plus souvent de position.",
        'Voyez avec votre employeur ce que vous pouvez faire maintenant. Le médecin du travail peut aider à adapter votre travail.',
      ],
    },
    recurrence: {
      question: 'Le mal de dos peut-il revenir ?',
      answer: [
        "Oui, c'est fréquent. Environ la moitié des personnes ont de nouveau mal dans l'année : selon les études, 33 à 69 personnes sur 100. Ce n'est pas un mauvais signe.",
        'Faites alors ce qui vous a aidé la dernière fois. Continuez à bouger et reprenez doucement.',
        "Restez aussi en forme après : bouger et faire des exercices souvent diminue le risque que la douleur revienne. La douleur revient souvent ? Un kiné peut vous donner des exercices adaptés. La mutualité ne rembourse une partie qu’avec une prescription de votre médecin.",
      ],
    },
    pregnancy: {
      question: 'Je suis enceinte et j\'ai mal au dos. Que puis-je faire ?',
      answer: [
        "Le mal de dos est fréquent pendant la grossesse. Même alors, bouger est bon. Restez active d'une façon qui vous fait du bien, par exemple en marchant ou en nageant. Une douche chaude peut détendre les muscles.",
        "Dormez sur le côté, les genoux à moitié pliés. Ne soulevez pas trop à la fois et gardez la charge près du corps.",
        "Vous voulez prendre un antidouleur ? Demandez d'abord à votre sage-femme, votre médecin généraliste ou votre pharmacien ce qui est sûr. Ne prenez pas d'anti-inflammatoire comme l'ibuprofène ou le naproxène, sauf si votre médecin le dit.",
        "Après la grossesse aussi, demandez un avis avant de prendre un anti-inflammatoire. Surtout si vous avez un ulcère à l'estomac, une maladie des reins ou du cœur, une tension trop haute ou de l'asthme. Demandez-le aussi si vous avez plus de 70 ans. Faites de même si vous prenez un médicament qui fluidifie le sang (comme l'aspirine ou l'Asaflow), un diurétique, un IEC, de la cortisone ou un ISRS (un antidépresseur). Sans avis, ne les prenez pas plus de quelques jours.",
        'Vous avez très mal, ou vous êtes inquiète ? Demandez conseil à votre sage-femme ou à votre médecin.',
      ],
    },
    'when-gp': {
      question: 'Quand dois-je voir mon médecin ?',
      answer: [
        "Vous avez de la fièvre avec le mal de dos, ou une jambe est devenue faible ? Appelez alors votre médecin aujourd'hui. Prenez rendez-vous dans les prochains jours si la douleur est encore très forte après une semaine, ou si une jambe est engourdie ou fourmille. Aussi si la douleur ne va pas mieux après 3 à 4 semaines, ou dure plus de 6 semaines.",
        "Vous hésitez ? Faites alors le test « Dois-je voir mon médecin ? ». Vous vous inquiétez ? N'hésitez pas à appeler votre médecin généraliste.",
      ],
    },
  },
};
