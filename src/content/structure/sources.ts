/** The sources, and which ones each widget's footer names. */

export const SOURCE_IDS = ['nhg-m54', 'nhg-m55', 'kngf-2021', 'nice-ng59', 'nhs-back-pain', 'nts', 'domus-medica', 'kce-287'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** The sections of the content, one per widget. */
export type SectionId =
  | 'redFlags'
  | 'lifting'
  | 'timeline'
  | 'faq'
  | 'selfCare'
  | 'treatments'
  | 'riskFactors'
  | 'walking'
  | 'myths'
  | 'check';

/** Which sources each widget names in its footer, for readers in the Netherlands. */
export const SECTION_SOURCES: Readonly<Record<SectionId, readonly SourceId[]>> = {
  redFlags: ['nhg-m54', 'nhg-m55', 'kngf-2021', 'nts', 'nhs-back-pain'],
  lifting: ['nhg-m54', 'kngf-2021'],
  timeline: ['nhg-m54', 'kngf-2021', 'nice-ng59'],
  faq: ['nhg-m54', 'kngf-2021', 'nhs-back-pain'],
  selfCare: ['nhg-m54', 'kngf-2021', 'nhs-back-pain'],
  treatments: ['nhg-m54', 'kngf-2021', 'nice-ng59'],
  riskFactors: ['nhg-m54', 'kngf-2021'],
  walking: ['nhg-m54', 'kngf-2021'],
  myths: ['nhg-m54', 'kngf-2021', 'nice-ng59', 'nhs-back-pain'],
  check: ['nhg-m54', 'nhg-m55', 'kngf-2021', 'nts', 'nhs-back-pain'],
};

/** Belgian guidelines, named for readers in Belgium in place of the Dutch ones. */
export const BELGIAN_SOURCE_IDS = ['domus-medica', 'kce-287'] as const;
export type BelgianSourceId = (typeof BELGIAN_SOURCE_IDS)[number];
/** The British sources, which readers in Belgium see too (the Dutch guidelines do not apply there). */
export const BRITISH_SOURCE_IDS: readonly SourceId[] = ['nice-ng59', 'nhs-back-pain'];

/** Languages written for readers in Belgium, whose footers name the Belgian sources. */
export const BELGIAN_LOCALES: readonly string[] = ['nl-BE', 'fr', 'en-BE'];
