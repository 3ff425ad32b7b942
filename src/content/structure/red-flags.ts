/** The red-flag check: its signs, their urgency and cause groups, and how the questionnaire groups them. */

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
