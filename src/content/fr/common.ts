/**
 * French texts every widget shares, written for Belgium: review dates, footer lines and sources
 * (plain French, the reader addressed as "vous").
 */
import type { CommonText, ContentMeta, Source } from '../types.js';
import type { SourceId } from '../structure.js';

// Written out, not imported: a text module imports no runtime code, so that it loads as one
// standalone chunk. A test checks that every language has the same dates.
export const meta: ContentMeta = { version: '2027.01', reviewed: '2026-12-07', nextReview: '2027-12-07', country: 'BE' };

export const common: CommonText = {
  sourcesHeading: 'Sources',
  updatedIn: 'mis à jour en',
  reviewedLabel: 'Dernière vérification',
  nextReviewLabel: 'Prochaine vérification',
  redFlagsCheck: "Faites d'abord le test : dois-je voir mon médecin ?",
  disclaimer: 'Ces informations ne sont pas un diagnostic. Elles ne remplacent pas votre médecin traitant.',
  safetyNetHeading: 'Quand appeler tout de suite ?',
  safetyNetIntro: "Appelez tout de suite le 112, ou allez aux urgences d'un hôpital, si vous avez un de ces signes :",
  emergencySigns: {
    'bladder-bowel': "Des troubles nouveaux pour uriner ou aller à selle : l'urine a du mal à venir, vous ne sentez pas votre vessie pleine, ou de l'urine ou des selles s'échappent",
    'saddle-numbness': 'Une zone engourdie, des picotements ou une sensation différente entre les jambes, autour du sexe ou des fesses',
    'sex-changed': "Des troubles nouveaux de l'érection, ou des rapports sexuels ressentis autrement",
    'both-legs': 'Nouveau : moins de force, un engourdissement ou une douleur de nerf dans les deux jambes',
    'leg-weakness-worsening': 'Une jambe de plus en plus faible',
    'major-trauma': 'Une douleur après un accident grave',
    'sudden-severe-pain': "Une douleur très forte et soudaine dans le dos ou le ventre, qu'aucune position ne soulage, si vous avez plus de 40 ans",
    'faint-pale-sweaty': 'Un malaise, une pâleur ou des sueurs avec la douleur',
    'chest-pain': 'Une douleur dans la poitrine, ou en haut du dos entre les omoplates',
    'aortic-aneurysm': "Une nouvelle douleur au dos ou au ventre, alors que vous avez une dilatation connue (anévrisme) de l'aorte dans le ventre",
  },
};

export const sources: Record<SourceId, Source> = {
  'nhg-m54': {
    title: 'NHG-Standaard Aspecifieke lagerugpijn (M54)',
    titleLang: 'nl',
    about: 'Recommandation néerlandaise pour les médecins généralistes sur le mal de dos courant',
    publisher: 'NHG',
    year: 2017,
  },
  'nhg-m55': {
    title: 'NHG-Standaard Lumbosacraal radiculair syndroom (M55)',
    titleLang: 'nl',
    about: 'Recommandation néerlandaise pour les médecins généralistes sur la sciatique',
    publisher: 'NHG',
    year: 2015,
  },
  'kngf-2021': {
    title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom',
    titleLang: 'nl',
    about: 'Recommandation néerlandaise pour les kinésithérapeutes sur le mal de dos et la sciatique',
    publisher: 'KNGF',
    year: 2021,
  },
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    titleLang: 'en',
    about: 'Recommandation britannique sur le mal de dos et la sciatique',
    publisher: 'NICE',
    year: 2016,
    updated: 2020,
  },
  'nhs-back-pain': { title: 'Back pain', titleLang: 'en', about: 'Information britannique pour les patients sur le mal de dos', publisher: 'NHS' },
  nts: { title: 'Nederlandse Triage Standaard', titleLang: 'nl', about: "Norme néerlandaise pour évaluer l'urgence des plaintes", publisher: 'Stichting NTS' },
  'domus-medica': {
    title: 'Aanpak van lage rugpijn en lumbosacrale radiculaire pijn',
    titleLang: 'nl',
    about: 'Recommandation flamande pour les médecins généralistes sur le mal de dos',
    publisher: 'Domus Medica',
    year: 2017,
  },
  'kce-287': {
    title: 'Lombalgie et douleur radiculaire : évaluation et prise en charge (KCE Report 287)',
    titleLang: 'fr',
    publisher: 'KCE',
    year: 2017,
  },
};
