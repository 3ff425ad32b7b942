/**
 * The parts of the content that are the same in every language: ids, their order, and the
 * clinical facts attached to them (urgency, cause groups, day ranges, treatment groups).
 * Clinical rules are kept out of the translations so that no language can change them.
 */

/** Outcome levels of the red-flag check, most urgent first. */
export const URGENCIES = ['emergency', 'urgent', 'soon', 'self-care'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Causes that several weak signs can point at together (KNGF: a combination raises suspicion). */
export const CAUSE_GROUPS = ['cancer', 'fracture', 'infection', 'nerve'] as const;
export type CauseGroup = (typeof CAUSE_GROUPS)[number];

export const RED_FLAG_IDS = [
  'bladder-bowel',
  'saddle-numbness',
  'both-legs',
  'leg-weakness-worsening',
  'leg-weakness-new',
  'leg-numbness',
  'radiating-below-knee',
  'major-trauma',
  'minor-trauma-fragile',
  'sudden-severe-pain',
  'back-procedure',
  'fever',
  'weight-loss',
  'cancer-history',
  'age-onset',
  'steroid-pills',
  'osteoporosis',
  'low-immunity',
  'injecting-drugs',
  'night-pain',
  'morning-stiffness',
  'severe-after-week',
  'longer-than-6-weeks',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export interface RedFlagRule {
  readonly urgency: Exclude<Urgency, 'self-care'>;
  readonly causes: readonly CauseGroup[];
  /**
   * Two questions that usually describe one fact share a sign, which counts once towards a cause
   * group: long use of steroid pills is a main cause of osteoporosis, and pain below the knee and
   * tingling in that leg are both an irritated nerve root. Without it, a question counts alone.
   */
  readonly sign?: string;
}

/** Urgency and cause groups per sign, from the facts file (NHG M54 and M55, KNGF, NTS). */
export const RED_FLAG_RULES: Readonly<Record<RedFlagId, RedFlagRule>> = {
  'bladder-bowel': { urgency: 'emergency', causes: ['nerve'] },
  'saddle-numbness': { urgency: 'emergency', causes: ['nerve'] },
  'both-legs': { urgency: 'emergency', causes: ['nerve'] },
  'leg-weakness-worsening': { urgency: 'emergency', causes: ['nerve'] },
  'leg-weakness-new': { urgency: 'urgent', causes: ['nerve'] },
  'leg-numbness': { urgency: 'soon', causes: ['nerve'], sign: 'nerve-root-one-leg' },
  'radiating-below-knee': { urgency: 'soon', causes: ['nerve'], sign: 'nerve-root-one-leg' },
  'major-trauma': { urgency: 'emergency', causes: ['fracture'] },
  'minor-trauma-fragile': { urgency: 'urgent', causes: ['fracture'] },
  'sudden-severe-pain': { urgency: 'emergency', causes: [] },
  'back-procedure': { urgency: 'urgent', causes: ['infection'] },
  fever: { urgency: 'urgent', causes: ['infection'] },
  'weight-loss': { urgency: 'soon', causes: ['cancer'] },
  'cancer-history': { urgency: 'soon', causes: ['cancer'] },
  'age-onset': { urgency: 'soon', causes: ['cancer', 'fracture'] },
  'steroid-pills': { urgency: 'soon', causes: ['fracture'], sign: 'weak-bones' },
  osteoporosis: { urgency: 'soon', causes: ['fracture'], sign: 'weak-bones' },
  'low-immunity': { urgency: 'soon', causes: ['infection'] },
  'injecting-drugs': { urgency: 'soon', causes: ['infection'] },
  'night-pain': { urgency: 'soon', causes: ['cancer'] },
  'morning-stiffness': { urgency: 'soon', causes: [] },
  'severe-after-week': { urgency: 'soon', causes: [] },
  'longer-than-6-weeks': { urgency: 'soon', causes: [] },
};

/**
 * How the questionnaire groups the signs (one fieldset each, a few questions, so that a phone can
 * show one group per step).
 */
export const QUESTION_GROUPS = {
  'bladder-saddle': ['bladder-bowel', 'saddle-numbness'],
  legs: ['both-legs', 'leg-weakness-worsening', 'leg-weakness-new', 'leg-numbness', 'radiating-below-knee'],
  start: ['major-trauma', 'minor-trauma-fragile', 'sudden-severe-pain', 'back-procedure'],
  health: ['fever', 'weight-loss', 'cancer-history', 'age-onset'],
  'bones-immunity': ['steroid-pills', 'osteoporosis', 'low-immunity', 'injecting-drugs'],
  course: ['night-pain', 'morning-stiffness', 'severe-after-week', 'longer-than-6-weeks'],
} as const satisfies Record<string, readonly RedFlagId[]>;
export type QuestionGroupId = keyof typeof QUESTION_GROUPS;

export const LIFTING_TOPICS = ['lifting', 'turning', 'sitting', 'standing-up', 'bed', 'sleeping', 'sport'] as const;
export type LiftingTopic = (typeof LIFTING_TOPICS)[number];

export const PHASE_IDS = ['first-days', 'first-week', 'weeks-2-6', 'after-6-weeks', 'after-12-weeks', 'recurrence'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/**
 * Day ranges of the timeline phases, counted from the day the pain started (day 0).
 * `to: null` is open-ended. Recurrence has no day range: it can happen at any later time.
 */
export const PHASE_DAYS: Readonly<Record<Exclude<PhaseId, 'recurrence'>, { from: number; to: number | null }>> = {
  'first-days': { from: 0, to: 2 },
  'first-week': { from: 3, to: 7 },
  'weeks-2-6': { from: 8, to: 42 },
  'after-6-weeks': { from: 43, to: 84 },
  'after-12-weeks': { from: 85, to: null },
};

export const FAQ_IDS = [
  'what-is-it',
  'how-common',
  'causes',
  'who-gets-it',
  'symptoms',
  'how-long',
  'sciatica',
  'scan',
  'scan-useful',
  'what-helps',
  'physiotherapist',
  'load-again',
  'work',
  'recurrence',
  'pregnancy',
  'when-gp',
] as const;
export type FaqId = (typeof FAQ_IDS)[number];

/** Self-care steps, in order of importance. */
export const SELF_CARE_IDS = ['keep-moving', 'no-bed-rest', 'painkillers', 'heat', 'relax', 'build-up'] as const;
export type SelfCareId = (typeof SELF_CARE_IDS)[number];

/** Tips for later: staying fit lowers the chance of pain coming back; the others make daily tasks easier. */
export const PREVENTION_TIP_IDS = ['stay-fit', 'lift-with-legs', 'sport-technique', 'stand-up-often', 'posture'] as const;
export type PreventionTipId = (typeof PREVENTION_TIP_IDS)[number];

export const TREATMENT_GROUPS = ['helps', 'may-help', 'advised-against'] as const;
export type TreatmentGroup = (typeof TREATMENT_GROUPS)[number];

/**
 * Treatments by the strength of the evidence for ordinary (non-specific) low back pain.
 * Painkillers help little (Cochrane 2023, NICE NG59, KCE 287), so never under "helps".
 * Acupuncture, opioids for long-lasting pain, gabapentin/pregabalin and antidepressants:
 * NICE NG59 says do not offer them.
 */
export const TREATMENTS = {
  helps: ['keep-active', 'exercise-therapy', 'behavioural-therapy', 'multidisciplinary'],
  'may-help': ['painkillers', 'heat', 'manual-therapy', 'massage', 'muscle-relaxants'],
  'advised-against': [
    'bed-rest',
    'traction',
    'supports',
    'injections',
    'tens',
    'electrotherapy',
    'acupuncture',
    'opioids',
    'nerve-pain-medicines',
    'antidepressants',
    'radiofrequency',
    'intradiscal',
    'surgery',
    'scans',
  ],
} as const satisfies Record<TreatmentGroup, readonly string[]>;
export type TreatmentId = (typeof TREATMENTS)[TreatmentGroup][number];

export const RISK_FACTOR_IDS = [
  'heavy-lifting',
  'twisting-bending',
  'static-posture',
  'sedentary-work',
  'repetitive-work',
  'sudden-effort',
  'vibration',
  'overweight',
  'little-exercise',
  'stress',
  'smoking',
  'pregnancy',
] as const;
export type RiskFactorId = (typeof RISK_FACTOR_IDS)[number];

/** Factors that make pain last (the KNGF "yellow flags"). */
export const LASTING_FACTOR_IDS = [
  'fear-of-moving',
  'low-mood',
  'worry',
  'passive-coping',
  'work-stress',
  'earlier-episodes',
  'much-limitation',
  'leg-pain',
] as const;
export type LastingFactorId = (typeof LASTING_FACTOR_IDS)[number];

export const MYTH_IDS = [
  'straight-back',
  'bed-rest',
  'scan-shows-cause',
  'pain-means-damage',
  'dont-move',
  'only-physical',
  'belt-helps',
  'surgery-fixes',
] as const;
export type MythId = (typeof MYTH_IDS)[number];

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
export const BELGIAN_LOCALES: readonly string[] = ['nl-BE', 'fr'];
