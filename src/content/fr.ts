/**
 * French texts for Belgium (plain French, the reader addressed as "vous").
 * One module per section in ./fr/, so that each widget's texts can load as a chunk of
 * their own. Facts from the project's facts file (back-pain-facts.md), in our own words;
 * clinical rules live in ./structure.ts.
 */
export * from './fr/common.js';
export { redFlags } from './fr/red-flags.js';
export { lifting } from './fr/lifting.js';
export { timeline } from './fr/timeline.js';
export { faq } from './fr/faq.js';
export { selfCare } from './fr/self-care.js';
export { treatments } from './fr/treatments.js';
export { riskFactors } from './fr/risk-factors.js';
export { walking } from './fr/walking.js';
export { myths } from './fr/myths.js';
export { check } from './fr/check.js';
