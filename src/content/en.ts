/**
 * English texts (plain English, the reader addressed as "you").
 * One module per section in ./en/, so that each widget's texts can load as a chunk of
 * their own. Facts from the project's facts file (back-pain-facts.md), in our own words;
 * clinical rules live in ./structure.ts.
 */
export * from './en/common.js';
export { redFlags } from './en/red-flags.js';
export { lifting } from './en/lifting.js';
export { timeline } from './en/timeline.js';
export { faq } from './en/faq.js';
export { selfCare } from './en/self-care.js';
export { treatments } from './en/treatments.js';
export { riskFactors } from './en/risk-factors.js';
export { walking } from './en/walking.js';
export { myths } from './en/myths.js';
export { check } from './en/check.js';
