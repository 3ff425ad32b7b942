/** Self-care steps, in order of importance. */
export const SELF_CARE_IDS = ['keep-moving', 'no-bed-rest', 'painkillers', 'heat', 'relax', 'build-up'] as const;
export type SelfCareId = (typeof SELF_CARE_IDS)[number];

/** Tips for later: staying fit lowers the chance of pain coming back; the others make daily tasks easier. */
export const PREVENTION_TIP_IDS = ['stay-fit', 'lift-with-legs', 'sport-technique', 'stand-up-often', 'posture'] as const;
export type PreventionTipId = (typeof PREVENTION_TIP_IDS)[number];
