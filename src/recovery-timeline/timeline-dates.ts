/**
 * Date maths of the recovery timeline. Pure: no Lit, no DOM, no clock.
 *
 * Days are counted between calendar dates, each turned into its UTC midnight, so that a day is
 * always exactly 24 hours: a daylight-saving change (a 23- or 25-hour local day) never makes the
 * count one short or one long.
 */
import { PHASE_DAYS } from '../content/structure.js';

/** A date on the calendar, without a time or a time zone. `month` is 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A phase that days fall into; recurrence has no day range. */
export type TimedPhaseId = keyof typeof PHASE_DAYS;

const DAY_MS = 86_400_000;

/** About 100 years: an onset further back is a typing mistake. For `day`, `onset` and the field alike. */
export const MAX_ONSET_DAYS = 36_525;

/** Milliseconds of the date's UTC midnight. */
function utcMidnight({ year, month, day }: CalendarDate): number {
  // Not Date.UTC(year, ...): it reads years 0-99 as 1900-1999.
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

/**
 * Reads a strict ISO calendar date, `YYYY-MM-DD`, that exists on the calendar ("2028-02-29" yes,
 * "2026-02-30" no). Anything else, such as "2026-3-8", a time or "yesterday", gives `undefined`.
 */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // A day past the month's end rolls over into the next month: the round trip shows it.
  const check = new Date(utcMidnight(date));
  return check.getUTCMonth() + 1 === date.month && check.getUTCDate() === date.day ? date : undefined;
}

/**
 * The calendar date of a moment in a time zone: the browser's own when `timeZone` is absent.
 * `undefined` for an invalid Date.
 */
export function calendarDateOf(moment: Date, timeZone?: string): CalendarDate | undefined {
  if (Number.isNaN(moment.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** A calendar date as YYYY-MM-DD, as date fields and `<time datetime>` read it. */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from one calendar date to another; negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return (utcMidnight(to) - utcMidnight(from)) / DAY_MS;
}

/** Whole days from a date written YYYY-MM-DD to `today`, negative for a later date; `undefined` when it is no date. */
export function daysSince(isoText: string, today: CalendarDate): number | undefined {
  const date = parseIsoDate(isoText);
  return date && daysBetween(date, today);
}

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
