/**
 * The red-flag triage, apart from any rendering. It only reads the rule tables of
 * ../content/structure/red-flags.ts (docs/clinical-rules.md writes them out):
 *
 * 1. Each sign answered "yes" has its own level; a combination of signs, or two signs in one cause
 *    group, can raise the level of every sign that takes part. The outcome is the highest level.
 * 2. The outcome's route is the most pressing route asked for at that level, in the reader's
 *    country.
 * 3. A follow-up question counts only after a yes to the question that opens it.
 * 4. `self-care` only when every question asked is answered and none gives a level. An emergency
 *    gives `emergency` at once, even with questions left open: nothing can raise or lower it.
 */
import {
  CAUSE_GROUP_RULE,
  COMBINATION_RULES,
  RED_FLAG_IDS,
  RED_FLAG_RULES,
  ROUTES,
  URGENCIES,
  routeIn,
  type CauseGroup,
  type Country,
  type RedFlagId,
  type RedFlagRule,
  type Route,
  type RouteId,
  type Urgency,
} from '../content/structure.js';

export type Answer = 'yes' | 'no';
export type Answers = Partial<Record<RedFlagId, Answer>>;

/** The level a "yes" has in the outcome; `null` for a question that only opens others (pregnant). */
export type SignLevel = Exclude<Urgency, 'self-care'> | null;

export interface ShownSign {
  id: RedFlagId;
  urgency: SignLevel;
}

export type Assessment =
  | {
      complete: true;
      urgency: Urgency;
      route: RouteId;
      /** The signs that set the outcome, in questionnaire order. */
      flags: RedFlagId[];
      /** Every "yes", highest level first, then in questionnaire order. */
      signs: ShownSign[];
    }
  /** Questions are still open and no emergency was found. */
  | { complete: false; urgency: null; route: null; flags: []; signs: [] };

const rules: Readonly<Record<RedFlagId, RedFlagRule>> = RED_FLAG_RULES;
/** A level's place in URGENCIES, most urgent first; a question that only opens others counts as self-care. */
const rank = (level: SignLevel) => URGENCIES.indexOf(level ?? 'self-care');

/** A follow-up is asked only after a yes to the question that opens it. */
export function isAsked(id: RedFlagId, answers: Answers): boolean {
  const opener = rules[id].after;
  return !opener || answers[opener] === 'yes';
}

export function assessRedFlags(answers: Answers, country: Country = 'NL'): Assessment {
  const asked = RED_FLAG_IDS.filter((id) => isAsked(id, answers));
  const yes = asked.filter((id) => answers[id] === 'yes');
  const open = asked.some((id) => answers[id] !== 'yes' && answers[id] !== 'no');

  /** Each "yes" with its level: none until a rule gives it one. */
  const levels = new Map<RedFlagId, SignLevel>(yes.map((id) => [id, null]));
  /** Every route asked for, with its level: the signs' own, the combinations' and the cause group's. */
  const routes: [SignLevel, RouteId][] = [];
  /** A rule gives each of its signs its level, unless the sign has a higher one, and asks for its route. */
  const apply = (ids: readonly RedFlagId[], level: SignLevel, route?: Route) => {
    for (const id of ids) if (rank(level) < rank(levels.get(id)!)) levels.set(id, level);
    if (route) routes.push([level, routeIn(route, country)]);
  };
  /** Two or more different "yes" signs point at this cause group. */
  const isShared = (cause: CauseGroup) =>
    new Set(yes.filter((id) => rules[id].causes.includes(cause)).map((id) => rules[id].sign ?? id)).size >= CAUSE_GROUP_RULE.signs;

  for (const id of yes) apply([id], rules[id].urgency, rules[id].route);
  for (const { allOf, urgency, route } of Object.values(COMBINATION_RULES)) {
    const parts = allOf.map((list) => list.filter((id) => levels.has(id)));
    if (parts.every((part) => part.length > 0)) apply(parts.flat(), urgency, route);
  }
  for (const id of yes) {
    if (rules[id].urgency === CAUSE_GROUP_RULE.raises && rules[id].causes.some(isShared)) apply([id], CAUSE_GROUP_RULE.to, CAUSE_GROUP_RULE.route);
  }

  // Self-care, the last level, when no sign has one.
  const urgency = URGENCIES[Math.min(URGENCIES.length - 1, ...[...levels.values()].map(rank))]!;
  if (open && urgency !== 'emergency') return { complete: false, urgency: null, route: null, flags: [], signs: [] };

  // The sort is stable, so signs of one level keep the questionnaire order.
  const signs = yes.map((id) => ({ id, urgency: levels.get(id)! })).sort((a, b) => rank(a.urgency) - rank(b.urgency));
  return {
    complete: true,
    urgency,
    // No sign or rule has the level self-care: that outcome has no route asked for and no flags.
    route: ROUTES.find((id) => routes.some(([level, asked]) => asked === id && level === urgency)) ?? 'self-care',
    flags: signs.filter((sign) => sign.urgency === urgency).map((sign) => sign.id),
    signs,
  };
}
