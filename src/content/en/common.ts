/** English texts every widget shares: review dates, footer lines and sources. */
import type { CommonText, ContentMeta, Source } from '../types.js';
import type { SourceId } from '../structure.js';

// Written out, not imported: a text module imports no runtime code, so that it loads as one
// standalone chunk. A test checks that every language has the same dates.
export const meta: ContentMeta = { version: '2027.01', reviewed: '2026-12-07', nextReview: '2027-12-07', country: 'NL' };

export const common: CommonText = {
  sourcesHeading: 'Sources',
  updatedIn: 'updated in',
  reviewedLabel: 'Last reviewed',
  nextReviewLabel: 'Next review',
  redFlagsCheck: 'Do the check first: do I need to see a GP?',
  disclaimer: 'This information does not replace your GP and is not a diagnosis.',
  safetyNetHeading: 'When to get help straight away',
  safetyNetIntro: 'Call 112, your GP or the out-of-hours GP service (huisartsenpost) straight away if you get any of these:',
  emergencySigns: {
    'bladder-bowel': 'New trouble peeing or pooing: it is hard to start, you do not feel a full bladder, or pee or poo leaks out',
    'saddle-numbness': 'A numb, tingly or different feeling between your legs, around your genitals or your bottom',
    'sex-changed': 'New trouble with an erection, or sex that feels different',
    'both-legs': 'New weakness, numbness or nerve pain in both legs',
    'leg-weakness-worsening': 'A leg getting weaker and weaker',
    'major-trauma': 'Pain after a serious accident',
    'sudden-severe-pain': 'Sudden, very bad pain in your back or belly that no position eases, if you are over 40',
    'faint-pale-sweaty': 'Feeling faint, pale or sweaty with the pain',
    'chest-pain': 'Pain in your chest, or high in your back between your shoulder blades',
    'aortic-aneurysm': 'New back or belly pain when you have a known bulge (aneurysm) in the main artery in your belly',
  },
};

export const sources: Record<SourceId, Source> = {
  'nhg-m54': {
    title: 'NHG-Standaard Aspecifieke lagerugpijn (M54)',
    titleLang: 'nl',
    about: 'Dutch GP guideline on non-specific low back pain',
    publisher: 'NHG',
    year: 2017,
  },
  'nhg-m55': {
    title: 'NHG-Standaard Lumbosacraal radiculair syndroom (M55)',
    titleLang: 'nl',
    about: 'Dutch GP guideline on sciatica',
    publisher: 'NHG',
    year: 2015,
  },
  'kngf-2021': {
    title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom',
    titleLang: 'nl',
    about: 'Dutch physiotherapy guideline on low back pain and sciatica',
    publisher: 'KNGF',
    year: 2021,
  },
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    titleLang: 'en',
    publisher: 'NICE',
    year: 2016,
    updated: 2020,
  },
  'nhs-back-pain': { title: 'Back pain', titleLang: 'en', publisher: 'NHS' },
  nts: { title: 'Nederlandse Triage Standaard', titleLang: 'nl', about: 'Dutch triage standard', publisher: 'Stichting NTS' },
  'domus-medica': {
    title: 'Aanpak van lage rugpijn en lumbosacrale radiculaire pijn',
    titleLang: 'nl',
    about: 'Flemish guideline for GPs on low back pain',
    publisher: 'Domus Medica',
    year: 2017,
  },
  'kce-287': {
    title: 'Low back pain and radicular pain: assessment and management (KCE Report 287)',
    titleLang: 'en',
    publisher: 'KCE',
    year: 2017,
  },
};
