/**
 * English for readers in Belgium: English words with Belgian care routes (1733 out of hours, 112
 * or the emergency department on nerve emergencies, the kinesitherapist with the prescription
 * rule, Belgian painkillers). Only the texts that differ from English, one module per section in
 * ./en-BE/, merged over ./en.ts when the language loads.
 */
export { meta, common } from './en-BE/common.js';
export { redFlags } from './en-BE/red-flags.js';
export { timeline } from './en-BE/timeline.js';
export { faq } from './en-BE/faq.js';
export { selfCare } from './en-BE/self-care.js';
export { treatments } from './en-BE/treatments.js';
export { riskFactors } from './en-BE/risk-factors.js';
export { check } from './en-BE/check.js';
