/**
 * The red-flag triage rules, apart from any rendering.
 *
 * 1. The outcome is the highest urgency among the signs answered "yes".
 * 2. Two or more "yes" signs in one cause group (cancer, fracture, infection, nerve) raise `soon`
 *    to `urgent`: several weak signs pointing at one cause weigh more (KNGF). Questions that share
 *    a `sign` count once. Only an emergency sign gives `emergency`.
 * 3. `self-care` only when every sign is answered "no". An emergency sign answered "yes" gives
 *    `emergency` at once, even with questions left open.
 */
import { RED_FLAG_IDS, RED_FLAG_RULES, URGENCIES, type CauseGroup, type RedFlagId, type Urgency } from '../content/structure.js';

export type Answer = 'yes' | 'no';
export type Answers = Partial<Record<RedFlagId, Answer>>;

export type Assessment =
  | { complete: true; urgency: Urgency; flags: RedFlagId[] }
  /** Questions are still open and no emergency sign was answered "yes". */
  | { complete: false; urgency: null; flags: [] };

const isEmergency = (id: RedFlagId) => RED_FLAG_RULES[id].urgency === 'emergency';

/** The signs that mean "call 112 now", in questionnaire order. */
export const EMERGENCY_SIGNS: readonly RedFlagId[] = RED_FLAG_IDS.filter(isEmergency);

/** Cause groups that two or more different "yes" signs point at. */
function sharedCauses(yes: readonly RedFlagId[]): Set<CauseGroup> {
  const signsPerCause = new Map<CauseGroup, Set<string>>();
  for (const id of yes) {
    const { causes, sign = id } = RED_FLAG_RULES[id];
    for (const cause of causes) {
      const signs = signsPerCause.get(cause) ?? new Set<string>();
      signsPerCause.set(cause, signs.add(sign));
    }
  }
  return new Set([...signsPerCause].filter(([, signs]) => signs.size >= 2).map(([cause]) => cause));
}

/** How urgent one "yes" sign is, given the cause groups that several "yes" signs share. */
function effectiveUrgency(id: RedFlagId, shared: ReadonlySet<CauseGroup>): Urgency {
  const { urgency, causes } = RED_FLAG_RULES[id];
  return urgency === 'soon' && causes.some((cause) => shared.has(cause)) ? 'urgent' : urgency;
}

/**
 * Assesses the answers. `flags` are the signs that led to the outcome: those whose (raised)
 * urgency equals it, in questionnaire order.
 */
export function assessRedFlags(answers: Answers): Assessment {
  const yes: RedFlagId[] = [];
  let open = false;
  for (const id of RED_FLAG_IDS) {
    const answer = answers[id];
    if (answer === 'yes') yes.push(id);
    else if (answer !== 'no') open = true;
  }
  // An emergency sign decides at once, even with questions open: nothing can raise or lower it.
  const emergencies = yes.filter(isEmergency);
  if (emergencies.length > 0) return { complete: true, urgency: 'emergency', flags: emergencies };
  if (open) return { complete: false, urgency: null, flags: [] };

  const shared = sharedCauses(yes);
  const levels = yes.map((id) => effectiveUrgency(id, shared));
  // URGENCIES runs from most to least urgent.
  const highest = URGENCIES.find((urgency) => levels.includes(urgency)) ?? 'self-care';
  return { complete: true, urgency: highest, flags: yes.filter((_, index) => levels[index] === highest) };
}
