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
  'leg-weakness-worsening',
  'leg-numbness',
  'radiating-below-knee',
  'major-trauma',
  'minor-trauma-fragile',
  'sudden-severe-pain',
  'fever',
  'weight-loss',
  'cancer-history',
  'steroids-immunity',
  'age-onset',
  'night-pain',
  'morning-stiffness',
  'severe-after-week',
  'longer-than-6-weeks',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export interface RedFlagRule {
  readonly urgency: Exclude<Urgency, 'self-care'>;
  readonly causes: readonly CauseGroup[];
}

/** Urgency and cause groups per sign, from the facts file (NHG, KNGF, NTS). */
export const RED_FLAG_RULES: Readonly<Record<RedFlagId, RedFlagRule>> = {
  'bladder-bowel': { urgency: 'emergency', causes: ['nerve'] },
  'saddle-numbness': { urgency: 'emergency', causes: ['nerve'] },
  'leg-weakness-worsening': { urgency: 'emergency', causes: ['nerve'] },
  'leg-numbness': { urgency: 'urgent', causes: ['nerve'] },
  'radiating-below-knee': { urgency: 'soon', causes: ['nerve'] },
  'major-trauma': { urgency: 'emergency', causes: ['fracture'] },
  'minor-trauma-fragile': { urgency: 'urgent', causes: ['fracture'] },
  'sudden-severe-pain': { urgency: 'emergency', causes: [] },
  fever: { urgency: 'urgent', causes: ['infection'] },
  'weight-loss': { urgency: 'soon', causes: ['cancer'] },
  'cancer-history': { urgency: 'soon', causes: ['cancer'] },
  'steroids-immunity': { urgency: 'soon', causes: ['fracture', 'infection'] },
  'age-onset': { urgency: 'soon', causes: ['cancer', 'fracture'] },
  'night-pain': { urgency: 'soon', causes: ['cancer'] },
  'morning-stiffness': { urgency: 'soon', causes: [] },
  'severe-after-week': { urgency: 'soon', causes: [] },
  'longer-than-6-weeks': { urgency: 'soon', causes: [] },
};

/** How the questionnaire groups the signs (one fieldset each), so it is quick to fill in. */
export const QUESTION_GROUPS = {
  'bladder-legs': ['bladder-bowel', 'saddle-numbness', 'leg-weakness-worsening', 'leg-numbness', 'radiating-below-knee'],
  start: ['major-trauma', 'minor-trauma-fragile', 'sudden-severe-pain'],
  health: ['fever', 'weight-loss', 'cancer-history', 'steroids-immunity', 'age-onset'],
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
  'scan',
  'what-helps',
  'physiotherapist',
  'load-again',
  'recurrence',
  'when-gp',
] as const;
export type FaqId = (typeof FAQ_IDS)[number];

/** Self-care steps, in order of importance. */
export const SELF_CARE_IDS = ['keep-moving', 'no-bed-rest', 'painkillers', 'heat', 'relax', 'build-up'] as const;
export type SelfCareId = (typeof SELF_CARE_IDS)[number];

export const PREVENTION_TIP_IDS = ['lift-with-legs', 'sport-technique', 'stand-up-often', 'posture'] as const;
export type PreventionTipId = (typeof PREVENTION_TIP_IDS)[number];

export const TREATMENT_GROUPS = ['helps', 'may-help', 'advised-against'] as const;
export type TreatmentGroup = (typeof TREATMENT_GROUPS)[number];

/** Treatments by the strength of the evidence for ordinary (non-specific) low back pain. */
export const TREATMENTS = {
  helps: ['keep-active', 'painkillers', 'exercise-therapy', 'behavioural-therapy', 'multidisciplinary'],
  'may-help': ['heat', 'manual-therapy', 'massage', 'acupuncture', 'muscle-relaxants'],
  'advised-against': [
    'bed-rest',
    'traction',
    'supports',
    'injections',
    'tens',
    'electrotherapy',
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

export const SOURCE_IDS = ['nhg-m54', 'nhg-m55', 'kngf-2021', 'nice-ng59', 'nhs-back-pain', 'nts'] as const;
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

/** Which sources each widget names in its footer. */
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
