import { expect } from '@open-wc/testing';
import { assessRedFlags, type Answers } from '../src/redflags/triage.js';
import { RED_FLAG_IDS, RED_FLAG_RULES, type RedFlagId, type Urgency } from '../src/content/structure.js';

// The rules, written a second time and differently from the module under test: by counting.
const ORDER: Urgency[] = ['self-care', 'soon', 'urgent', 'emergency'];

function expectedUrgency(yes: RedFlagId[]): Urgency {
  if (yes.some((id) => RED_FLAG_RULES[id].urgency === 'emergency')) return 'emergency';
  if (yes.some((id) => RED_FLAG_RULES[id].urgency === 'urgent')) return 'urgent';
  const perCause = new Map<string, number>();
  for (const id of yes) for (const cause of RED_FLAG_RULES[id].causes) perCause.set(cause, (perCause.get(cause) ?? 0) + 1);
  if ([...perCause.values()].some((count) => count >= 2)) return 'urgent';
  return yes.length > 0 ? 'soon' : 'self-care';
}

function answersFromMask(mask: number): Answers {
  return Object.fromEntries(RED_FLAG_IDS.map((id, bit) => [id, mask & (1 << bit) ? 'yes' : 'no']));
}

const yesIn = (answers: Answers) => RED_FLAG_IDS.filter((id) => answers[id] === 'yes');
const total = 2 ** RED_FLAG_IDS.length;

describe('assessRedFlags', () => {
  it(`matches the rules for every one of the ${total} yes/no combinations`, () => {
    for (let mask = 0; mask < total; mask += 1) {
      const answers = answersFromMask(mask);
      const result = assessRedFlags(answers);
      const expected = expectedUrgency(yesIn(answers));
      if (!result.complete || result.urgency !== expected) {
        expect.fail(`yes: ${yesIn(answers).join(', ') || 'none'}: expected ${expected}, got ${result.urgency}`);
      }
    }
  });

  it('never lowers the outcome when one more sign is answered yes', () => {
    // Each combination's outcome once, as a rank; then every "one more yes" is a lookup.
    const ranks = new Uint8Array(total);
    for (let mask = 0; mask < total; mask += 1) {
      ranks[mask] = ORDER.indexOf(assessRedFlags(answersFromMask(mask)).urgency as Urgency);
    }
    for (let mask = 0; mask < total; mask += 1) {
      for (let bit = 0; bit < RED_FLAG_IDS.length; bit += 1) {
        if (mask & (1 << bit)) continue;
        if (ranks[mask | (1 << bit)]! < ranks[mask]!) {
          const [before, after] = [ORDER[ranks[mask]!], ORDER[ranks[mask | (1 << bit)]!]];
          expect.fail(`answering ${RED_FLAG_IDS[bit]} yes lowered ${before} to ${after}`);
        }
      }
    }
  });

  it('gives self-care only when every sign is answered no', () => {
    const allNo = answersFromMask(0);
    expect(assessRedFlags(allNo)).to.deep.equal({ complete: true, urgency: 'self-care', flags: [] });
    const { [RED_FLAG_IDS[16]]: _left, ...oneOpen } = allNo;
    expect(assessRedFlags(oneOpen)).to.deep.equal({ complete: false, urgency: null, flags: [] });
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
    expect(emergencySigns).to.have.length(5);
    for (const id of emergencySigns) {
      expect(assessRedFlags({ [id]: 'yes', fever: 'no' }).urgency, id).to.equal('emergency');
    }
  });

  it('names the signs that led to the outcome', () => {
    const allNo = answersFromMask(0);
    expect(assessRedFlags({ ...allNo, 'weight-loss': 'yes', 'morning-stiffness': 'yes' }).flags).to.deep.equal([
      'weight-loss',
      'morning-stiffness',
    ]);
    // Two cancer-group signs raise both to urgent; the unrelated soon sign did not lead to it.
    expect(
      assessRedFlags({ ...allNo, 'weight-loss': 'yes', 'night-pain': 'yes', 'morning-stiffness': 'yes' }),
    ).to.deep.equal({ complete: true, urgency: 'urgent', flags: ['weight-loss', 'night-pain'] });
    expect(assessRedFlags({ ...allNo, fever: 'yes', 'major-trauma': 'yes' }).flags).to.deep.equal(['major-trauma']);
  });

  it('does not count one sign twice when it belongs to two cause groups', () => {
    const allNo = answersFromMask(0);
    expect(assessRedFlags({ ...allNo, 'age-onset': 'yes' }).urgency).to.equal('soon');
    expect(assessRedFlags({ ...allNo, 'age-onset': 'yes', 'steroids-immunity': 'yes' }).urgency).to.equal('urgent');
  });

  it('ignores values other than yes and no', () => {
    const allNo = answersFromMask(0);
    const odd = { ...allNo, fever: 'maybe' } as unknown as Answers;
    expect(assessRedFlags(odd).complete).to.equal(false);
  });
});
