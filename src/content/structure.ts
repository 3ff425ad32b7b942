/**
 * The parts of the content that are the same in every language: ids, their order, and the
 * clinical facts attached to them (urgency, cause groups, day ranges, treatment groups).
 * Clinical rules are kept out of the translations so that no language can change them.
 *
 * One module per section (./structure/), so that a page that loads widgets one by one fetches
 * only the structure of the widgets it shows.
 */
export * from './structure/red-flags.js';
export * from './structure/lifting.js';
export * from './structure/timeline.js';
export * from './structure/faq.js';
export * from './structure/self-care.js';
export * from './structure/treatments.js';
export * from './structure/risk-factors.js';
export * from './structure/myths.js';
export * from './structure/sources.js';
