/**
 * Dutch texts every widget shares: review dates, footer lines and sources (language level B1,
 * the reader addressed as "u").
 */
import type { CommonText, Content, ContentMeta } from '../types.js';

// Written out, not imported: a text module imports no runtime code, so that it loads as one
// standalone chunk. A test checks that every language has the same dates.
export const meta: ContentMeta = { version: '2026.12', reviewed: '2026-11-30', nextReview: '2027-11-30' };

export const common: CommonText = {
  sourcesHeading: 'Bronnen',
  reviewedLabel: 'Laatst gecontroleerd',
  nextReviewLabel: 'Volgende controle',
  redFlagsCheck: 'Doe eerst de check: moet ik naar de huisarts?',
  disclaimer: 'Deze informatie is geen diagnose en komt niet in de plaats van uw huisarts.',
};

export const sources: Content['sources'] = {
  'nhg-m54': { title: 'NHG-Standaard Aspecifieke lagerugpijn (M54)', titleLang: 'nl', publisher: 'NHG', year: 2017 },
  'nhg-m55': { title: 'NHG-Standaard Lumbosacraal radiculair syndroom (M55)', titleLang: 'nl', publisher: 'NHG' },
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
  },
  'nhs-back-pain': { title: 'Back pain', titleLang: 'en', about: 'Britse patiëntinformatie over rugpijn', publisher: 'NHS' },
  nts: { title: 'Nederlandse Triage Standaard', titleLang: 'nl', publisher: 'Stichting NTS' },
};
