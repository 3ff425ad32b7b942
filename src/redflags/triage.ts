/**
 * The red-flag triage rules, apart from any rendering.
 *
 * 1. The outcome is the highest urgency among the signs answered "yes".
 * 2. Two or more "yes" signs in one cause group (cancer, fracture, infection, nerve) raise `soon`
 *    to `urgent`: several weak signs pointing at one cause weigh more. Only an emergency sign
 *    gives `emergency`.
 * 3. `self-care` only when every sign is answered "no". An emergency sign answered "yes" gives
 *    `emergency` at once, even with questions left open.
 */
import {
  CAUSE_GROUPS,
  RED_FLAG_IDS,
  RED_FLAG_RULES,
  URGENCIES,
  type CauseGroup,
  type RedFlagId,
  type Urgency,
} from '../content/structure.js';

export type Answer = 'yes' | 'no';
export type Answers = Partial<Record<RedFlagId, Answer>>;

export type Assessment =
  | { complete: true; urgency: Urgency; flags: RedFlagId[] }
  /** Questions are still open and no emergency sign was answered "yes". */
  | { complete: false; urgency: null; flags: [] };

const rank = (urgency: Urgency) => URGENCIES.length - URGENCIES.indexOf(urgency);

/** How urgent one "yes" sign is, given the cause groups that several "yes" signs share. */
function effectiveUrgency(id: RedFlagId, sharedCauses: ReadonlySet<CauseGroup>): Urgency {
  const { urgency, causes } = RED_FLAG_RULES[id];
  return urgency === 'soon' && causes.some((cause) => sharedCauses.has(cause)) ? 'urgent' : urgency;
}

/**
 * Assesses the answers. `flags` are the signs that led to the outcome: those whose (raised)
 * urgency equals it, in questionnaire order.
 */
export function assessRedFlags(answers: Answers): Assessment {
  const yes = RED_FLAG_IDS.filter((id) => answers[id] === 'yes');
  const sharedCauses = new Set(
    CAUSE_GROUPS.filter((cause) => yes.filter((id) => RED_FLAG_RULES[id].causes.includes(cause)).length >= 2),
  );
  const levels = new Map(yes.map((id) => [id, effectiveUrgency(id, sharedCauses)]));
  const highest = [...levels.values()].reduce<Urgency>((top, level) => (rank(level) > rank(top) ? level : top), 'self-care');

  const open = RED_FLAG_IDS.some((id) => answers[id] !== 'yes' && answers[id] !== 'no');
  if (open && highest !== 'emergency') return { complete: false, urgency: null, flags: [] };
  return { complete: true, urgency: highest, flags: yes.filter((id) => levels.get(id) === highest) };
}
