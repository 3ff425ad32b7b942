export const PHASE_IDS = ['first-days', 'first-week', 'weeks-2-6', 'after-6-weeks', 'after-12-weeks', 'recurrence'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/**
 * Day ranges of the timeline phases, counted as people say them: day 1 is the day the pain
 * started, so the first week is days 1 to 7 and "after 6 weeks" starts on day 43. The phases'
 * `when` texts name these days. `to: null` is open-ended. Recurrence has no day range: it can
 * happen at any later time.
 */
export const PHASE_DAYS: Readonly<Record<Exclude<PhaseId, 'recurrence'>, { from: number; to: number | null }>> = {
  'first-days': { from: 1, to: 3 },
  'first-week': { from: 4, to: 7 },
  'weeks-2-6': { from: 8, to: 42 },
  'after-6-weeks': { from: 43, to: 84 },
  'after-12-weeks': { from: 85, to: null },
};
