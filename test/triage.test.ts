import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assessRedFlags, type Answers } from '../src/redflags/triage.js';
import {
  COMBINATION_RULES,
  EMERGENCY_SIGNS,
  RED_FLAG_IDS,
  RED_FLAG_RULES,
  RULE_BASIS,
  routeIn,
  type CauseGroup,
  type Country,
  type RedFlagId,
  type RouteId,
  type Urgency,
} from '../src/content/structure.js';

type Level = Exclude<Urgency, 'self-care'> | null;
const NERVE = { NL: 'gp-now-or-112', BE: '112-or-emergency-department' } as const;

/**
 * The clinical table, written a second time from the facts file ("Warning signs", second review)
 * and not read from the module under test: a wrong level, route, group or follow-up there fails.
 * `sign`: questions that usually describe one fact and count once in a cause group.
 */
const TABLE: Record<RedFlagId, { level: Level; route?: RouteId | Record<Country, RouteId>; causes: CauseGroup[]; sign?: string; after?: RedFlagId }> = {
  'bladder-bowel': { level: 'emergency', route: NERVE, causes: ['nerve'] },
  'saddle-numbness': { level: 'emergency', route: NERVE, causes: ['nerve'] },
  'sex-changed': { level: 'emergency', route: NERVE, causes: ['nerve'] },
  'both-legs': { level: 'emergency', route: NERVE, causes: ['nerve'] },
  'leg-weakness-worsening': { level: 'emergency', route: NERVE, causes: ['nerve'] },
  'leg-weakness-new': { level: 'urgent', route: 'gp-today', causes: ['nerve'] },
  'leg-numbness': { level: 'soon', route: 'gp-soon', causes: ['nerve'], sign: 'one leg' },
  'radiating-below-knee': { level: 'soon', route: 'gp-soon', causes: ['nerve'], sign: 'one leg' },
  'major-trauma': { level: 'emergency', route: 'call-112', causes: ['fracture'] },
  'minor-trauma-fragile': { level: 'urgent', route: 'gp-today', causes: ['fracture'] },
  'sudden-severe-pain': { level: 'urgent', route: 'gp-today', causes: [] },
  'over-40': { level: null, causes: [], after: 'sudden-severe-pain' },
  'faint-pale-sweaty': { level: 'emergency', route: 'call-112', causes: [] },
  'back-procedure': { level: 'urgent', route: 'gp-today', causes: ['infection'] },
  'chest-pain': { level: 'emergency', route: 'call-112', causes: [] },
  'aortic-aneurysm': { level: 'emergency', route: 'call-112', causes: [] },
  fever: { level: 'urgent', route: 'gp-today', causes: ['infection'], sign: 'unwell' },
  'feeling-ill': { level: 'urgent', route: 'gp-today', causes: ['infection'], sign: 'unwell' },
  'recent-infection': { level: 'soon', route: 'gp-soon', causes: ['infection'] },
  'age-onset': { level: 'soon', route: 'gp-soon', causes: ['cancer', 'fracture'] },
  'cancer-history': { level: 'soon', route: 'gp-soon', causes: ['cancer'], sign: 'cancer' },
  'cancer-now': { level: 'urgent', route: 'treating-team-today', causes: ['cancer'], sign: 'cancer', after: 'cancer-history' },
  'weight-loss': { level: 'soon', route: 'gp-soon', causes: ['cancer'] },
  'steroid-pills': { level: 'soon', route: 'gp-soon', causes: ['fracture'], sign: 'weak bones' },
  osteoporosis: { level: 'soon', route: 'gp-soon', causes: ['fracture'], sign: 'weak bones' },
  'low-immunity': { level: 'soon', route: 'gp-soon', causes: ['infection'] },
  'injecting-drugs': { level: 'soon', route: 'gp-soon', causes: ['infection'] },
  'night-pain': { level: 'soon', route: 'gp-soon', causes: ['cancer', 'infection'] },
  'morning-stiffness': { level: 'soon', route: 'gp-soon', causes: [] },
  'back-swelling': { level: 'urgent', route: 'gp-today', causes: ['cancer', 'infection', 'fracture'] },
  'severe-after-week': { level: 'soon', route: 'gp-soon', causes: [] },
  'longer-than-6-weeks': { level: 'soon', route: 'gp-soon', causes: [] },
  pregnant: { level: null, causes: [] },
  'pregnancy-contractions': { level: 'urgent', route: 'midwife-now', causes: [], after: 'pregnant' },
  'pregnancy-blood-loss': { level: 'urgent', route: 'midwife-now', causes: [], after: 'pregnant' },
  'pregnancy-fever-peeing': { level: 'urgent', route: 'midwife-now', causes: [], after: 'pregnant' },
  'pregnancy-baby-moving-less': { level: 'urgent', route: 'midwife-now', causes: [], after: 'pregnant' },
};

const SERIOUS: RedFlagId[] = ['cancer-history', 'cancer-now', 'fever', 'feeling-ill', 'low-immunity', 'injecting-drugs', 'back-procedure', 'minor-trauma-fragile'];
/** The combinations of the facts file: a yes from each list, the level, the route. */
const COMBOS: [RedFlagId[][], Level, RouteId | Record<Country, RouteId>][] = [
  [[['leg-weakness-new'], SERIOUS], 'emergency', NERVE],
  [[['leg-numbness', 'radiating-below-knee'], SERIOUS], 'urgent', 'gp-today'],
  [[['fever'], ['cancer-now', 'low-immunity']], 'emergency', 'treating-team-now'],
  [[['sudden-severe-pain'], ['over-40']], 'emergency', 'call-112'],
].map(([lists, level, route]) => [lists as RedFlagId[][], level as Level, route as RouteId]);

/** Routes, most pressing first (facts file: 112 before a GP, a GP before an appointment). */
const ROUTE_ORDER: RouteId[] = ['call-112', 'gp-now-or-112', '112-or-emergency-department', 'treating-team-now', 'midwife-now', 'treating-team-today', 'gp-today', 'gp-soon'];
const RANK = { emergency: 3, urgent: 2, soon: 1 } as const;
const rankOf = (level: Level) => (level ? RANK[level] : 0);
const ORDER: Urgency[] = ['self-care', 'soon', 'urgent', 'emergency'];
const inCountry = (route: RouteId | Record<Country, RouteId>, country: Country) => (typeof route === 'string' ? route : route[country]);

interface Expected {
  urgency: Urgency;
  route: RouteId;
  flags: RedFlagId[];
}

/** The expected outcome of a set of yes answers (every other question answered no). */
function expected(yesAnswers: readonly RedFlagId[], country: Country): Expected {
  const yes = RED_FLAG_IDS.filter((id) => yesAnswers.includes(id) && (!TABLE[id].after || yesAnswers.includes(TABLE[id].after!)));
  const level = new Map(yes.map((id) => [id, rankOf(TABLE[id].level)]));
  const routes: [number, RouteId][] = yes.filter((id) => TABLE[id].route).map((id) => [rankOf(TABLE[id].level), inCountry(TABLE[id].route!, country)]);
  for (const [lists, comboLevel, route] of COMBOS) {
    if (lists.every((list) => list.some((id) => level.has(id)))) {
      for (const id of lists.flat()) if (level.has(id)) level.set(id, Math.max(level.get(id)!, rankOf(comboLevel)));
      routes.push([rankOf(comboLevel), inCountry(route, country)]);
    }
  }
  for (const cause of ['cancer', 'fracture', 'infection', 'nerve'] as const) {
    const signs = new Set(yes.filter((id) => TABLE[id].causes.includes(cause)).map((id) => TABLE[id].sign ?? id));
    if (signs.size < 2) continue;
    for (const id of yes.filter((flag) => TABLE[flag].causes.includes(cause) && TABLE[flag].level === 'soon')) {
      level.set(id, Math.max(level.get(id)!, 2));
      routes.push([2, 'gp-today']);
    }
  }
  const top = Math.max(0, ...level.values());
  const route = ROUTE_ORDER.find((id) => routes.some(([rank, asked]) => rank === top && asked === id));
  return {
    urgency: ORDER[top]!,
    route: top === 0 ? 'self-care' : route!,
    flags: top === 0 ? [] : yes.filter((id) => level.get(id) === top),
  };
}

/** Every question asked answered: yes for `yes`, no for the rest (follow-ups only when asked). */
function answersFor(yes: readonly RedFlagId[]): Answers {
  const answers: Answers = {};
  for (const id of RED_FLAG_IDS) {
    const after = TABLE[id].after;
    if (!after || yes.includes(after)) answers[id] = yes.includes(id) ? 'yes' : 'no';
  }
  return answers;
}

/** Every set of up to `size` questions, in questionnaire order. */
function* subsets(size: number, from = 0, chosen: RedFlagId[] = []): Generator<RedFlagId[]> {
  yield chosen;
  if (chosen.length === size) return;
  for (let index = from; index < RED_FLAG_IDS.length; index += 1) yield* subsets(size, index + 1, [...chosen, RED_FLAG_IDS[index]!]);
}

const COUNTRIES: Country[] = ['NL', 'BE'];

describe('assessRedFlags', () => {
  it('has the table of this test for every question, with the same levels, routes, groups and follow-ups as the module', () => {
    expect(Object.keys(TABLE).sort()).to.deep.equal([...RED_FLAG_IDS].sort());
    for (const id of RED_FLAG_IDS) {
      const { level, route, causes, sign, after } = TABLE[id];
      const rule: { urgency: Level; route?: RouteId | Record<Country, RouteId>; causes: readonly CauseGroup[]; sign?: string; after?: RedFlagId } = RED_FLAG_RULES[id];
      expect([rule.urgency, rule.route, [...rule.causes].sort(), rule.after], id).to.deep.equal([level, route, [...causes].sort(), after]);
      expect(rule.sign === undefined, `${id} shares a sign`).to.equal(sign === undefined);
    }
    expect(Object.values(COMBINATION_RULES).map(({ allOf, urgency, route }) => [allOf, urgency, route])).to.deep.equal(COMBOS);
  });

  it('has the guideline behind every question and every combination', () => {
    for (const id of [...RED_FLAG_IDS, ...Object.keys(COMBINATION_RULES), 'cause-group'] as (keyof typeof RULE_BASIS)[]) {
      expect(RULE_BASIS[id], id).to.be.a('string').and.not.equal('');
    }
  });

  // Every rule joins at most two signs, and a follow-up needs the yes that opens it: so every
  // set of up to four yes answers reaches every rule, and every pair of rules, in both countries.
  for (const country of COUNTRIES) {
    it(`matches the rules, outcome, route and flags, for every combination of up to four yes answers (${country})`, function () {
      this.timeout(120000);
      let count = 0;
      const start = performance.now();
      for (const yes of subsets(4)) {
        const result = assessRedFlags(answersFor(yes), country);
        const want = expected(yes, country);
        count += 1;
        if (!result.complete || result.urgency !== want.urgency || result.route !== want.route || result.flags.join() !== want.flags.join()) {
          expect.fail(`yes: ${yes.join(', ') || 'none'} (${country}): expected ${JSON.stringify(want)}, got ${JSON.stringify(result)}`);
        }
      }
      console.log(`assessRedFlags: ${count} combinations (${country}) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      expect(count).to.equal(1 + 37 + 666 + 7770 + 66045);
    });
  }

  it('never lowers the level when one more question is answered yes (property-based, fixed seed)', () => {
    const someYes = fc.subarray([...RED_FLAG_IDS]);
    fc.assert(
      fc.property(someYes, fc.constantFrom(...RED_FLAG_IDS), fc.constantFrom(...COUNTRIES), (yes, more, country) => {
        const before = assessRedFlags(answersFor(yes), country);
        const after = assessRedFlags(answersFor([...yes, more]), country);
        return before.complete && after.complete && ORDER.indexOf(after.urgency) >= ORDER.indexOf(before.urgency);
      }),
      { seed: 2027_01, numRuns: 3000 },
    );
  });

  it('lists every yes, highest level first, follow-ups included', () => {
    const result = assessRedFlags(answersFor(['pregnant', 'pregnancy-contractions', 'morning-stiffness', 'chest-pain']), 'NL');
    expect(result.signs).to.deep.equal([
      { id: 'chest-pain', urgency: 'emergency' },
      { id: 'pregnancy-contractions', urgency: 'urgent' },
      { id: 'morning-stiffness', urgency: 'soon' },
      { id: 'pregnant', urgency: null },
    ]);
  });

  it('asks a follow-up only after its yes, and ignores its answer otherwise', () => {
    const open = { ...answersFor([]), 'cancer-history': 'yes' } as Answers;
    expect(assessRedFlags(open).complete, 'cancer-now is open').to.equal(false);
    expect(assessRedFlags({ ...answersFor([]), 'cancer-now': 'yes' })).to.include({ urgency: 'self-care', route: 'self-care' });
    expect(assessRedFlags({ ...answersFor(['pregnant']) }).urgency).to.equal('self-care');
  });

  it('gives self-care only when every question asked is answered', () => {
    expect(assessRedFlags(answersFor([]))).to.deep.equal({ complete: true, urgency: 'self-care', route: 'self-care', flags: [], signs: [] });
    for (const id of RED_FLAG_IDS.filter((flag) => !TABLE[flag].after)) {
      const { [id]: _left, ...oneOpen } = answersFor([]);
      expect(assessRedFlags(oneOpen).complete, `${id} open`).to.equal(false);
    }
  });

  it('shows an emergency at once, whatever else is open, with its route per country', () => {
    for (const id of RED_FLAG_IDS.filter((flag) => TABLE[flag].level === 'emergency')) {
      for (const country of COUNTRIES) {
        expect(assessRedFlags({ [id]: 'yes' }, country), id).to.include({ complete: true, urgency: 'emergency', route: inCountry(TABLE[id].route!, country) });
      }
    }
    expect(assessRedFlags({ fever: 'yes', 'low-immunity': 'yes' })).to.include({ urgency: 'emergency', route: 'treating-team-now' });
    expect(assessRedFlags({ 'leg-weakness-new': 'yes', 'cancer-history': 'yes' }, 'BE')).to.include({ urgency: 'emergency', route: '112-or-emergency-department' });
  });

  it('names the same emergency signs everywhere: those of the rules, and sudden pain over 40', () => {
    expect(EMERGENCY_SIGNS).to.deep.equal([
      'bladder-bowel',
      'saddle-numbness',
      'sex-changed',
      'both-legs',
      'leg-weakness-worsening',
      'major-trauma',
      'sudden-severe-pain',
      'faint-pale-sweaty',
      'chest-pain',
      'aortic-aneurysm',
    ]);
  });

  it('keeps routes per country: never 1733 or the huisartsenpost first for a Belgian nerve emergency', () => {
    expect(routeIn(RED_FLAG_RULES['bladder-bowel'].route, 'NL')).to.equal('gp-now-or-112');
    expect(routeIn(RED_FLAG_RULES['bladder-bowel'].route, 'BE')).to.equal('112-or-emergency-department');
  });

  it('ignores values other than yes and no', () => {
    const odd = { ...answersFor([]), fever: 'maybe' } as unknown as Answers;
    expect(assessRedFlags(odd).complete).to.equal(false);
  });
});
