/**
 * Dutch texts every widget shares: review dates, footer lines and sources (language level B1,
 * the reader addressed as "u").
 */
import type { CommonText, Content, ContentMeta } from '../types.js';

// Written out, not imported: a text module imports no runtime code, so that it loads as one
// standalone chunk. A test checks that every language has the same dates.
export const meta: ContentMeta = { version: '2027.01', reviewed: '2026-12-07', nextReview: '2027-12-07', country: 'NL' };

export const common: CommonText = {
  sourcesHeading: 'Bronnen',
  updatedIn: 'bijgewerkt in',
  reviewedLabel: 'Laatst gecontroleerd',
  nextReviewLabel: 'Volgende controle',
  redFlagsCheck: 'Doe eerst de check: moet ik naar de huisarts?',
  disclaimer: 'Deze informatie is geen diagnose en komt niet in de plaats van uw huisarts.',
  safetyNetHeading: 'Wanneer belt u direct?',
  safetyNetIntro: 'Bel direct 112, uw huisarts of de huisartsenpost als u een van deze klachten krijgt:',
  emergencySigns: {
    'bladder-bowel': 'Nieuwe klachten bij plassen of poepen: moeilijk op gang komen, een volle blaas niet voelen, of plas of poep verliezen',
    'saddle-numbness': 'Een doof, tintelend of ander gevoel tussen de benen, rond de geslachtsdelen of de billen',
    'sex-changed': 'Nieuwe moeite met een erectie, of seks die anders voelt',
    'both-legs': 'Nieuw: minder kracht, een doof gevoel of zenuwpijn in beide benen',
    'leg-weakness-worsening': 'Een been dat steeds zwakker wordt',
    'major-trauma': 'Pijn na een ernstig ongeluk',
    'sudden-severe-pain': 'Plotseling heel erge pijn in rug of buik, die in geen houding minder wordt, als u ouder bent dan 40',
    'faint-pale-sweaty': 'Flauw, bleek of zweterig worden bij de pijn',
    'chest-pain': 'Pijn op de borst, of hoog in de rug tussen de schouderbladen',
    'aortic-aneurysm': 'Nieuwe pijn in rug of buik, terwijl u een bekende verwijding (aneurysma) van de grote slagader in de buik heeft',
  },
};

export const sources: Content['sources'] = {
  'nhg-m54': { title: 'NHG-Standaard Aspecifieke lagerugpijn (M54)', titleLang: 'nl', publisher: 'NHG', year: 2017 },
  'nhg-m55': { title: 'NHG-Standaard Lumbosacraal radiculair syndroom (M55)', titleLang: 'nl', publisher: 'NHG', year: 2015 },
  'kngf-2021': {
    title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom',
    titleLang: 'nl',
    publisher: 'KNGF',
    year: 2021,
  },
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    titleLang: 'en',
    about: 'Britse richtlijn over lage rugpijn en ischias',
    publisher: 'NICE',
    year: 2016,
    updated: 2020,
  },
  'nhs-back-pain': { title: 'Back pain', titleLang: 'en', about: 'Britse patiëntinformatie over rugpijn', publisher: 'NHS' },
  nts: { title: 'Nederlandse Triage Standaard', titleLang: 'nl', publisher: 'Stichting NTS' },
};
