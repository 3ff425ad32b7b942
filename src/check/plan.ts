/**
 * The guided check's plan, apart from any rendering: how long the pain has lasted, and which
 * next step and advice follow from that and from the factors that make pain last. Pure: no Lit,
 * no DOM, no clock. Built on the timeline's date maths and the walking programme's numbers, so
 * no date or walking rule is written twice.
 *
 * The milestones (NHG M54, KNGF 2021; see the facts file): most people are much better within 6
 * weeks, so the first weeks are self-care; when pain is not improving after 3-4 weeks, a GP or
 * physiotherapist looks at the factors that make pain last; after 6 weeks, see the GP or
 * physiotherapist if not done already, and build up walking.
 */
import { LASTING_FACTOR_IDS, type LastingFactorId } from '../content/structure.js';
import { daysSince, type CalendarDate } from '../dates/calendar-dates.js';
import { phaseForDay, type TimedPhaseId } from '../recovery-timeline/timeline-dates.js';
import { EARLY_HELP_FROM } from '../risk-factors/risk-advice.js';
import { DEFAULT_GOAL, WALKS_PER_DAY } from '../walking-program/schedule.js';

export type DurationUnit = 'days' | 'weeks';

/** Why an answer to "since when" is refused. */
export type DurationError = 'not-a-whole-number' | 'too-long' | 'not-a-date' | 'future-date';

/** Ten years: a longer answer is a typing error rather than an episode of back pain. */
export const MAX_DAYS = 3653;

/**
 * From this day on (3 weeks), the check asks whether the pain is getting better: pain that is
 * not improving is worth a look by a GP or physiotherapist (NHG M54: after 3-4 weeks).
 */
export const NOT_IMPROVING_FROM_DAY = 21;

/** Whether the check asks "is it getting better?" after `day` days of pain. */
export const asksImproving = (day: number) => day >= NOT_IMPROVING_FROM_DAY;

export type Duration = { ok: true; days: number } | { ok: false; error: DurationError };

/** Days since the pain started from "for N days" or "for N weeks". */
export function durationFromAmount(amount: number, unit: DurationUnit): Duration {
  if (!Number.isInteger(amount) || amount < 0) return { ok: false, error: 'not-a-whole-number' };
  const days = unit === 'weeks' ? amount * 7 : amount;
  return days > MAX_DAYS ? { ok: false, error: 'too-long' } : { ok: true, days };
}

/** Days since the pain started from its first day, as YYYY-MM-DD, up to `today`. */
export function durationFromOnset(onset: string, today: CalendarDate): Duration {
  const days = daysSince(onset.trim(), today);
  if (days === undefined) return { ok: false, error: 'not-a-date' };
  if (days < 0) return { ok: false, error: 'future-date' };
  return days > MAX_DAYS ? { ok: false, error: 'too-long' } : { ok: true, days };
}

/**
 * The next step the plan opens with:
 * - `self-care`: keep moving, it usually gets better by itself;
 * - `gp-or-physio-if-not-better`: self-care, and see a GP or physiotherapist if it is not
 *   getting better (3-6 weeks without an answer and no factors that make pain last, or getting
 *   better with one or two such factors);
 * - `gp-or-physio`: make an appointment with a GP or physiotherapist (3-6 weeks and not getting
 *   better, or without an answer but with factors that make pain last; three or more such
 *   factors at any time; or after 6 weeks).
 */
export type NextStep = 'self-care' | 'gp-or-physio-if-not-better' | 'gp-or-physio';

/**
 * The walking programme in the plan. It has no first week's minutes: the walks start from what
 * the reader can easily walk now, which the check does not ask (the walking programme does).
 */
export interface WalkingStart {
  timesPerDay: number;
  /** Minutes per walk to build up to. */
  goal: number;
}

export interface CheckPlan {
  day: number;
  phase: TimedPhaseId;
  nextStep: NextStep;
  /** Ticked factors that make pain last, in checklist order, without unknown ids. */
  factors: LastingFactorId[];
  /** The answer to "is it getting better?": only from 3 weeks on, when answered. */
  improving?: boolean;
  /** The walking programme, from 6 weeks on. */
  walking?: WalkingStart;
}

/**
 * The plan for someone without warning signs whose pain started `day` days ago, with the
 * answer to "is it getting better?" (ignored before 3 weeks, when it is not asked).
 */
export function planFor(day: number, factors: Iterable<string>, improving?: boolean): CheckPlan | undefined {
  const phase = phaseForDay(day);
  if (!phase) return undefined;
  const ticked = new Set(factors);
  const lasting = LASTING_FACTOR_IDS.filter((id) => ticked.has(id));
  const afterSixWeeks = phase === 'after-6-weeks' || phase === 'after-12-weeks';

  const answer = asksImproving(day) ? improving : undefined;

  let nextStep: NextStep = 'self-care';
  // Three or more factors that make pain last, or not getting better after 3 weeks: offer help
  // early (facts file; NHG M54, KNGF 2021).
  if (afterSixWeeks || lasting.length >= EARLY_HELP_FROM || answer === false) nextStep = 'gp-or-physio';
  else if (answer === true) nextStep = lasting.length > 0 ? 'gp-or-physio-if-not-better' : 'self-care';
  else if (asksImproving(day)) nextStep = lasting.length > 0 ? 'gp-or-physio' : 'gp-or-physio-if-not-better';

  const base = { day, phase, nextStep, factors: lasting, ...(answer === undefined ? {} : { improving: answer }) };
  if (!afterSixWeeks) return base;
  const walking = { timesPerDay: WALKS_PER_DAY, goal: DEFAULT_GOAL };
  return { ...base, walking };
}
