export const TREATMENT_GROUPS = ['helps', 'may-help', 'advised-against'] as const;
export type TreatmentGroup = (typeof TREATMENT_GROUPS)[number];

/**
 * Treatments by the strength of the evidence for ordinary (non-specific) low back pain.
 * Painkillers help little (Cochrane 2023, NICE NG59, KCE 287), so never under "helps".
 * Muscle relaxants: little effect, drowsiness, dependence (none of NHG M54, NICE NG59 or KCE 287
 * recommends them). Acupuncture, opioids for long-lasting pain, gabapentin/pregabalin and antidepressants:
 * NICE NG59 says do not offer them.
 */
export const TREATMENTS = {
  helps: ['keep-active', 'exercise-therapy', 'behavioural-therapy', 'multidisciplinary'],
  'may-help': ['painkillers', 'heat', 'manual-therapy', 'massage'],
  'advised-against': [
    'bed-rest',
    'traction',
    'supports',
    'injections',
    'tens',
    'electrotherapy',
    'acupuncture',
    'opioids',
    'muscle-relaxants',
    'nerve-pain-medicines',
    'antidepressants',
    'radiofrequency',
    'intradiscal',
    'surgery',
    'scans',
  ],
} as const satisfies Record<TreatmentGroup, readonly string[]>;
export type TreatmentId = (typeof TREATMENTS)[TreatmentGroup][number];
