/**
 * Dutch texts (language level B1, the reader addressed as "u").
 * One module per section in ./nl/, so that each widget's texts can load as a chunk of
 * their own. Facts from the project's facts file (back-pain-facts.md), in our own words;
 * clinical rules live in ./structure.ts.
 */
export * from './nl/common.js';
export { redFlags } from './nl/red-flags.js';
export { lifting } from './nl/lifting.js';
export { timeline } from './nl/timeline.js';
export { faq } from './nl/faq.js';
export { selfCare } from './nl/self-care.js';
export { treatments } from './nl/treatments.js';
export { riskFactors } from './nl/risk-factors.js';
export { walking } from './nl/walking.js';
export { myths } from './nl/myths.js';
export { check } from './nl/check.js';
