/**
 * Calendar dates, the one place for date maths: the timeline, the walking programme, the guided
 * check and the content's review dates all use it. Pure: no Lit, no DOM, no clock; it imports
 * nothing, so every layer may use it.
 *
 * Days are counted between calendar dates, each turned into its UTC midnight, so that a day is
 * always exactly 24 hours: a daylight-saving change (a 23- or 25-hour local day) never makes the
 * count one short or one long.
 */

/** A date on the calendar, without a time or a time zone. `month` is 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

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

/** True for a real calendar date written as YYYY-MM-DD (so 2026-02-30 is rejected). */
export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== undefined;

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

/** The local calendar date of a moment, as YYYY-MM-DD. */
export const localIsoDate = (moment: Date): string => isoDate({ year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() });

/** Whole days from one calendar date to another; negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return (utcMidnight(to) - utcMidnight(from)) / DAY_MS;
}

/** Whole days from a date written YYYY-MM-DD to `today`, negative for a later date; `undefined` when it is no date. */
export function daysSince(isoText: string, today: CalendarDate): number | undefined {
  const date = parseIsoDate(isoText);
  return date && daysBetween(date, today);
}

/** An ISO date (YYYY-MM-DD) `days` later; calendar days, so no daylight-saving surprises. */
export function addDays(isoText: string, days: number): string {
  const date = new Date(`${isoText}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
