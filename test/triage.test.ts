import { expect } from '@open-wc/testing';
import { assessRedFlags, type Answers } from '../src/redflags/triage.js';
import { RED_FLAG_IDS, RED_FLAG_RULES, type CauseGroup, type RedFlagId, type Urgency } from '../src/content/structure.js';

/**
 * The clinical table, written a second time from the facts file (level, cause groups) and not
 * read from the module under test: a wrong level or group there fails the exhaustive test.
 * `sign`: questions that usually describe one fact and count once in a cause group.
 */
const TABLE: Record<RedFlagId, { level: Exclude<Urgency, 'self-care'>; causes: CauseGroup[]; sign?: string }> = {
  'bladder-bowel': { level: 'emergency', causes: ['nerve'] },
  'saddle-numbness': { level: 'emergency', causes: ['nerve'] },
  'both-legs': { level: 'emergency', causes: ['nerve'] },
  'leg-weakness-worsening': { level: 'emergency', causes: ['nerve'] },
  'leg-weakness-new': { level: 'urgent', causes: ['nerve'] },
  'leg-numbness': { level: 'soon', causes: ['nerve'], sign: 'one leg' },
  'radiating-below-knee': { level: 'soon', causes: ['nerve'], sign: 'one leg' },
  'major-trauma': { level: 'emergency', causes: ['fracture'] },
  'minor-trauma-fragile': { level: 'urgent', causes: ['fracture'] },
  'sudden-severe-pain': { level: 'emergency', causes: [] },
  'back-procedure': { level: 'urgent', causes: ['infection'] },
  fever: { level: 'urgent', causes: ['infection'] },
  'weight-loss': { level: 'soon', causes: ['cancer'] },
  'cancer-history': { level: 'soon', causes: ['cancer'] },
  'age-onset': { level: 'soon', causes: ['cancer', 'fracture'] },
  'steroid-pills': { level: 'soon', causes: ['fracture'], sign: 'weak bones' },
  osteoporosis: { level: 'soon', causes: ['fracture'], sign: 'weak bones' },
  'low-immunity': { level: 'soon', causes: ['infection'] },
  'injecting-drugs': { level: 'soon', causes: ['infection'] },
  'night-pain': { level: 'soon', causes: ['cancer'] },
  'morning-stiffness': { level: 'soon', causes: [] },
  'severe-after-week': { level: 'soon', causes: [] },
  'longer-than-6-weeks': { level: 'soon', causes: [] },
};

// Combinations are bit masks: bit i is "yes" to RED_FLAG_IDS[i]. The rules, from the table above,
// become masks too, so the expected outcome of a combination is a few bit operations.
const BITS = new Map(RED_FLAG_IDS.map((id, index) => [id, 1 << index]));
const bit = (id: RedFlagId) => BITS.get(id)!;
const maskOf = (ids: readonly RedFlagId[]) => ids.reduce((mask, id) => mask | bit(id), 0);
const idsOf = (mask: number) => RED_FLAG_IDS.filter((id) => mask & bit(id));
const levelMask = (level: Urgency) => maskOf(RED_FLAG_IDS.filter((id) => TABLE[id].level === level));
const EMERGENCY = levelMask('emergency');
const URGENT = levelMask('urgent');
const SOON = levelMask('soon');
/** Per cause group: one mask per distinct sign in it (a shared sign is one mask of two bits). */
const SIGNS_PER_CAUSE = (['cancer', 'fracture', 'infection', 'nerve'] as const).map((cause) => {
  const signs = new Map<string, number>();
  for (const id of RED_FLAG_IDS.filter((flag) => TABLE[flag].causes.includes(cause))) {
    const sign = TABLE[id].sign ?? id;
    signs.set(sign, (signs.get(sign) ?? 0) | bit(id));
  }
  return { members: maskOf(RED_FLAG_IDS.filter((id) => TABLE[id].causes.includes(cause))), signs: [...signs.values()] };
});

const ORDER: Urgency[] = ['self-care', 'soon', 'urgent', 'emergency'];

/** The expected outcome of a combination, as [index in ORDER, mask of the flags that led to it]. */
function expected(yes: number): [number, number] {
  if (yes & EMERGENCY) return [3, yes & EMERGENCY];
  let raised = 0;
  for (const { members, signs } of SIGNS_PER_CAUSE) {
    if (signs.filter((sign) => yes & sign).length >= 2) raised |= members;
  }
  const urgent = (yes & URGENT) | (yes & SOON & raised);
  if (urgent) return [2, urgent];
  return yes ? [1, yes] : [0, 0];
}

const total = 2 ** RED_FLAG_IDS.length;
const allNo = (): Answers => Object.fromEntries(RED_FLAG_IDS.map((id) => [id, 'no']));

/**
 * Assesses every combination once, in Gray-code order: each step changes one answer of a single
 * answers object, so no object is built per combination. Returns each outcome's index in ORDER
 * (255 when not complete) and the mask of its flags.
 */
function assessAll(): { levels: Uint8Array; flags: Uint32Array } {
  const levels = new Uint8Array(total);
  const flags = new Uint32Array(total);
  const answers = allNo();
  let previous = 0;
  for (let step = 0; step < total; step += 1) {
    const mask = step ^ (step >>> 1);
    const changed = mask ^ previous;
    if (changed) answers[RED_FLAG_IDS[31 - Math.clz32(changed)]!] = mask & changed ? 'yes' : 'no';
    previous = mask;
    const result = assessRedFlags(answers);
    levels[mask] = result.complete ? ORDER.indexOf(result.urgency) : 255;
    flags[mask] = maskOf(result.flags);
  }
  return { levels, flags };
}

describe('assessRedFlags', () => {
  let all: { levels: Uint8Array; flags: Uint32Array };
  let seconds = 0;
  before(function () {
    // About 7 s of CPU in V8 (measured in Node); the margin is for a machine shared with other work.
    this.timeout(60000);
    const start = performance.now();
    all = assessAll();
    seconds = (performance.now() - start) / 1000;
  });

  it('has the table of this test for every sign, and the same levels and groups as the module', () => {
    expect(Object.keys(TABLE).sort()).to.deep.equal([...RED_FLAG_IDS].sort());
    for (const id of RED_FLAG_IDS) {
      const { level, causes, sign } = TABLE[id];
      const rule = RED_FLAG_RULES[id];
      expect([rule.urgency, [...rule.causes].sort()], id).to.deep.equal([level, [...causes].sort()]);
      expect(rule.sign === undefined, `${id} shares a sign`).to.equal(sign === undefined);
    }
  });

  it(`matches the rules, outcome and flags, for every one of the ${total} yes/no combinations`, () => {
    console.log(`assessRedFlags: ${total} combinations in ${seconds.toFixed(1)} s`);
    for (let mask = 0; mask < total; mask += 1) {
      const [level, flags] = expected(mask);
      if (all.levels[mask] !== level || all.flags[mask] !== flags) {
        expect.fail(
          `yes: ${idsOf(mask).join(', ') || 'none'}: expected ${ORDER[level]} (${idsOf(flags).join(', ')}), ` +
            `got ${ORDER[all.levels[mask]!] ?? 'incomplete'} (${idsOf(all.flags[mask]!).join(', ')})`,
        );
      }
    }
  });

  it('never lowers the outcome when one more sign is answered yes', () => {
    const { levels } = all;
    for (let mask = 0; mask < total; mask += 1) {
      for (let index = 0; index < RED_FLAG_IDS.length; index += 1) {
        const more = mask | (1 << index);
        if (more !== mask && levels[more]! < levels[mask]!) {
          expect.fail(`answering ${RED_FLAG_IDS[index]} yes lowered ${ORDER[levels[mask]!]} to ${ORDER[levels[more]!]}`);
        }
      }
    }
  });

  it('gives self-care only when every sign is answered no', () => {
    expect(assessRedFlags(allNo())).to.deep.equal({ complete: true, urgency: 'self-care', flags: [] });
    for (const id of RED_FLAG_IDS) {
      const { [id]: _left, ...oneOpen } = allNo();
      expect(assessRedFlags(oneOpen), `${id} open`).to.deep.equal({ complete: false, urgency: null, flags: [] });
    }
  });

  it('is not complete while questions are open, unless an emergency sign is yes', () => {
    expect(assessRedFlags({}).complete).to.equal(false);
    expect(assessRedFlags({ fever: 'yes' }).complete).to.equal(false);
    expect(assessRedFlags({ 'weight-loss': 'yes', 'night-pain': 'yes' }).complete).to.equal(false);
    expect(assessRedFlags({ 'bladder-bowel': 'yes' })).to.deep.equal({
      complete: true,
      urgency: 'emergency',
      flags: ['bladder-bowel'],
    });
  });

  it('shows emergency at once for each emergency sign, whatever else is open', () => {
    const emergencySigns = RED_FLAG_IDS.filter((id) => RED_FLAG_RULES[id].urgency === 'emergency');
    expect(emergencySigns).to.deep.equal([
      'bladder-bowel',
      'saddle-numbness',
      'both-legs',
      'leg-weakness-worsening',
      'major-trauma',
      'sudden-severe-pain',
    ]);
    for (const id of emergencySigns) {
      expect(assessRedFlags({ [id]: 'yes', fever: 'no' }), id).to.deep.equal({ complete: true, urgency: 'emergency', flags: [id] });
    }
  });

  it('names the signs that led to the outcome', () => {
    expect(assessRedFlags({ ...allNo(), 'weight-loss': 'yes', 'morning-stiffness': 'yes' }).flags).to.deep.equal([
      'weight-loss',
      'morning-stiffness',
    ]);
    // Two cancer-group signs raise both to urgent; the unrelated soon sign did not lead to it.
    expect(
      assessRedFlags({ ...allNo(), 'weight-loss': 'yes', 'night-pain': 'yes', 'morning-stiffness': 'yes' }),
    ).to.deep.equal({ complete: true, urgency: 'urgent', flags: ['weight-loss', 'night-pain'] });
    expect(assessRedFlags({ ...allNo(), fever: 'yes', 'major-trauma': 'yes' }).flags).to.deep.equal(['major-trauma']);
  });

  it('does not count one sign twice when it belongs to two cause groups', () => {
    expect(assessRedFlags({ ...allNo(), 'age-onset': 'yes' }).urgency).to.equal('soon');
    expect(assessRedFlags({ ...allNo(), 'age-onset': 'yes', osteoporosis: 'yes' }).urgency).to.equal('urgent');
  });

  it('ignores values other than yes and no', () => {
    const odd = { ...allNo(), fever: 'maybe' } as unknown as Answers;
    expect(assessRedFlags(odd).complete).to.equal(false);
  });

  // One scenario per clinical change of content 2026.12 (CHANGELOG.md, "Red-flag check").
  const outcome = (yes: RedFlagId[]) => {
    const result = assessRedFlags({ ...allNo(), ...Object.fromEntries(yes.map((id) => [id, 'yes'])) });
    return [result.urgency, result.flags];
  };
  const scenarios: [string, RedFlagId[], Urgency, RedFlagId[]][] = [
    ['new trouble passing urine or stool', ['bladder-bowel'], 'emergency', ['bladder-bowel']],
    ['numbness around the genitals (saddle area)', ['saddle-numbness'], 'emergency', ['saddle-numbness']],
    ['numbness in both legs', ['both-legs'], 'emergency', ['both-legs']],
    ['weakness in a leg that is getting worse', ['leg-weakness-new', 'leg-weakness-worsening'], 'emergency', ['leg-weakness-worsening']],
    ['new weakness in one leg, not getting worse', ['leg-weakness-new'], 'urgent', ['leg-weakness-new']],
    ['stable numbness or tingling in one leg', ['leg-numbness'], 'soon', ['leg-numbness']],
    ['tingling in one leg with pain below the knee: one irritated nerve root', ['leg-numbness', 'radiating-below-knee'], 'soon', ['leg-numbness', 'radiating-below-knee']],
    ['an operation, injection or lumbar puncture in the back in the last weeks', ['back-procedure'], 'urgent', ['back-procedure']],
    ['a back procedure with a weak immune system: two infection signs', ['back-procedure', 'low-immunity'], 'urgent', ['back-procedure', 'low-immunity']],
    ['sudden very severe back or belly pain at 41', ['sudden-severe-pain'], 'emergency', ['sudden-severe-pain']],
    ['a fall at 71', ['minor-trauma-fragile'], 'urgent', ['minor-trauma-fragile']],
    ['pain over 6 weeks not yet discussed with a GP or physiotherapist', ['longer-than-6-weeks'], 'soon', ['longer-than-6-weeks']],
    ['pain over 6 weeks already discussed (answered no)', [], 'self-care', []],
    ['cancer now or in the past', ['cancer-history'], 'soon', ['cancer-history']],
    ['night pain alone', ['night-pain'], 'soon', ['night-pain']],
    ['morning stiffness alone', ['morning-stiffness'], 'soon', ['morning-stiffness']],
    ['long use of steroid pills alone', ['steroid-pills'], 'soon', ['steroid-pills']],
    ['steroid pills and osteoporosis: one sign, weak bones', ['steroid-pills', 'osteoporosis'], 'soon', ['steroid-pills', 'osteoporosis']],
    ['first back pain after 50 with osteoporosis: two fracture signs', ['age-onset', 'osteoporosis'], 'urgent', ['age-onset', 'osteoporosis']],
    ['a weak immune system and injecting drugs: two infection signs', ['low-immunity', 'injecting-drugs'], 'urgent', ['low-immunity', 'injecting-drugs']],
    ['injecting drugs alone', ['injecting-drugs'], 'soon', ['injecting-drugs']],
    ['cancer in the past and night pain: two cancer signs', ['cancer-history', 'night-pain'], 'urgent', ['cancer-history', 'night-pain']],
  ];
  for (const [scenario, yes, urgency, flags] of scenarios) {
    it(`gives ${urgency} for ${scenario}`, () => {
      expect(outcome(yes)).to.deep.equal([urgency, flags]);
    });
  }
});
