/**
 * Belgian Dutch (Flanders): only the texts that differ from Dutch, one module per section in
 * ./nl-BE/, merged over ./nl.ts when the language loads. A fix in Dutch so reaches Flanders too.
 * Sections that are not here are the same in both.
 */
export { meta, common, sources } from './nl-BE/common.js';
export { redFlags } from './nl-BE/red-flags.js';
export { timeline } from './nl-BE/timeline.js';
export { faq } from './nl-BE/faq.js';
export { selfCare } from './nl-BE/self-care.js';
export { treatments } from './nl-BE/treatments.js';
export { riskFactors } from './nl-BE/risk-factors.js';
export { check } from './nl-BE/check.js';
