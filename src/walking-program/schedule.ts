/**
 * The walking programme's maths, apart from any rendering: three walks a day, starting from a
 * time the person can easily manage and adding about 10% a week (at least one minute) until the
 * goal. Bad input gives an error value, never an exception.
 */
import { parseIsoDate } from '../dates/calendar-dates.js';

/** Shortest and longest walk, in minutes, for both the start and the goal. */
export const MIN_MINUTES = 2;
export const MAX_MINUTES = 60;
/** Start when none is given: short enough to manage on a bad day. The goal, when none is given. */
export const DEFAULT_START = 5;
export const DEFAULT_GOAL = 30;
export const WALKS_PER_DAY = 3;
/** The longest plan allowed. The longest valid plan (2 to 60 minutes) takes 28 weeks. */
export const MAX_WEEKS = 52;

/** Why a number of minutes is refused. */
export type MinutesError = 'not-a-whole-number' | 'out-of-range';

export interface ScheduleErrors {
  /** `above-goal`: the start is longer than the goal. */
  start?: MinutesError | 'above-goal';
  /** `too-many-weeks`: reaching the goal takes more weeks than allowed. */
  goal?: MinutesError | 'too-many-weeks';
}

export type Schedule =
  /** Minutes per walk, one entry per week: the first is the start, the last exactly the goal. */
  | { ok: true; weeks: number[] }
  | { ok: false; errors: ScheduleErrors };

/** Checks one number of minutes: a whole number from MIN_MINUTES to MAX_MINUTES. */
export function checkMinutes(minutes: number): MinutesError | undefined {
  if (!Number.isInteger(minutes)) return 'not-a-whole-number';
  return minutes < MIN_MINUTES || minutes > MAX_MINUTES ? 'out-of-range' : undefined;
}

/** The minutes per walk of the week after one of `minutes`: 10% more, rounded half up, at least one more. */
function nextWeek(minutes: number): number {
  return Math.max(minutes + 1, Math.round((minutes * 11) / 10));
}

/** Plans the weeks from `start` to `goal` minutes per walk, in at most `maxWeeks` weeks. */
export function planWalks(start: number, goal: number, maxWeeks = MAX_WEEKS): Schedule {
  const errors: ScheduleErrors = {};
  const startError = checkMinutes(start);
  const goalError = checkMinutes(goal);
  if (startError) errors.start = startError;
  if (goalError) errors.goal = goalError;
  if (!startError && !goalError && start > goal) errors.start = 'above-goal';
  if (errors.start || errors.goal) return { ok: false, errors };

  const weeks = [start];
  for (let minutes = start; minutes < goal; ) {
    if (weeks.length >= maxWeeks) return { ok: false, errors: { goal: 'too-many-weeks' } };
    minutes = Math.min(goal, nextWeek(minutes));
    weeks.push(minutes);
  }
  return { ok: true, weeks };
}

/**
 * How far the first day may lie from today, either way, in days. Further is a typing mistake
 * (20265 for 2026); the bound also keeps every date of a plan, and of its calendar file, within
 * the four-digit years that a date field and iCalendar write.
 */
export const FIRST_DAY_RANGE_DAYS = 365;
const DAY_MS = 86_400_000;
const utcMidnight = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
/** The first day of year 1, and the last day whose plan of MAX_WEEKS weeks still ends in 9999. */
const EARLIEST = utcMidnight('0001-01-01');
const LATEST = utcMidnight('9999-01-02');

/** The first and the last day a plan may start on, as YYYY-MM-DD, seen from `today` (YYYY-MM-DD). */
export function firstDayBounds(today: string): { min: string; max: string } {
  const now = utcMidnight(today);
  // NaN: a today past the year 9999, which no date string here can write.
  const iso = (time: number) => new Date(Number.isNaN(time) ? LATEST : Math.min(Math.max(time, EARLIEST), LATEST)).toISOString().slice(0, 10);
  return { min: iso(now - FIRST_DAY_RANGE_DAYS * DAY_MS), max: iso(now + FIRST_DAY_RANGE_DAYS * DAY_MS) };
}

/** Whether `date` is a date written YYYY-MM-DD that exists, within `firstDayBounds(today)`. */
export function isAllowedFirstDay(date: string, today: string): boolean {
  const { min, max } = firstDayBounds(today);
  // Four-digit years compare as text in calendar order.
  return parseIsoDate(date) !== undefined && date >= min && date <= max;
}
