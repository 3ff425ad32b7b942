/**
 * The recovery timeline's phases by day. Pure: no Lit, no DOM, no clock. The date maths itself
 * is in ../dates/calendar-dates.ts.
 */
import { PHASE_DAYS } from '../content/structure.js';

/** A phase that days fall into; recurrence has no day range. */
export type TimedPhaseId = keyof typeof PHASE_DAYS;

/** About 100 years: an onset further back is a typing mistake. For `day`, `onset` and the field alike. */
export const MAX_ONSET_DAYS = 36_525;

/**
 * The phase of someone whose pain started `daysSinceStart` whole days ago (0 when it started
 * today): that is day `daysSinceStart + 1` as people count it, looked up in PHASE_DAYS.
 * `undefined` for a negative or non-whole number. Never "recurrence".
 */
export function phaseForDay(daysSinceStart: number): TimedPhaseId | undefined {
  if (!Number.isInteger(daysSinceStart) || daysSinceStart < 0) return undefined;
  const day = daysSinceStart + 1;
  return (Object.keys(PHASE_DAYS) as TimedPhaseId[]).find((id) => {
    const { from, to } = PHASE_DAYS[id];
    return day >= from && (to === null || day <= to);
  });
}
