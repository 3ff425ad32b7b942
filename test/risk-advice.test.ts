import { expect } from '@open-wc/testing';
import { EARLY_HELP_FROM, riskAdvice } from '../src/risk-factors/risk-advice.js';
import { LASTING_FACTOR_IDS, RISK_FACTOR_IDS } from '../src/content/structure.js';

/** The ids whose bit is set in `mask`, in reverse list order, so the module must restore the order. */
function reversedSubset<T>(ids: readonly T[], mask: number): T[] {
  return ids.filter((_, bit) => mask & (1 << bit)).reverse();
}

/** Expected order, worked out differently from the module: by sorting on the list position. */
function inListOrder<T>(ids: readonly T[], picked: T[]): T[] {
  return [...picked].sort((a, b) => ids.indexOf(a) - ids.indexOf(b));
}

describe('riskAdvice', () => {
  it('shows nothing ticked as no tips and no lasting advice', () => {
    expect(riskAdvice([], [])).to.deep.equal({ risks: [], lasting: [], showLastingAdvice: false, earlyHelp: false });
  });

  it(`gives the tips in list order for every one of the ${2 ** RISK_FACTOR_IDS.length} sets of risk factors`, () => {
    for (let mask = 0; mask < 2 ** RISK_FACTOR_IDS.length; mask += 1) {
      const picked = reversedSubset(RISK_FACTOR_IDS, mask);
      const advice = riskAdvice(picked, []);
      const expected = inListOrder(RISK_FACTOR_IDS, picked);
      if (advice.risks.join() !== expected.join() || advice.showLastingAdvice) {
        expect.fail(`ticked ${picked.join(', ') || 'none'}: got ${JSON.stringify(advice)}`);
      }
    }
  });

  it(`shows the lasting advice exactly when a lasting factor is ticked, for all ${2 ** LASTING_FACTOR_IDS.length} sets`, () => {
    for (let mask = 0; mask < 2 ** LASTING_FACTOR_IDS.length; mask += 1) {
      const picked = reversedSubset(LASTING_FACTOR_IDS, mask);
      const advice = riskAdvice(['stress'], picked);
      const expected = inListOrder(LASTING_FACTOR_IDS, picked);
      if (advice.lasting.join() !== expected.join() || advice.showLastingAdvice !== picked.length > 0) {
        expect.fail(`ticked ${picked.join(', ') || 'none'}: got ${JSON.stringify(advice)}`);
      }
      expect(advice.risks).to.deep.equal(['stress']);
    }
  });

  it('ignores duplicates, unknown ids and ids of the other list', () => {
    const advice = riskAdvice(['smoking', 'stress', 'smoking', 'nonsense', 'fear-of-moving'], ['low-mood', 'stress', '', 'low-mood']);
    expect(advice).to.deep.equal({ risks: ['stress', 'smoking'], lasting: ['low-mood'], showLastingAdvice: true, earlyHelp: false });
    expect(riskAdvice(['low-mood'], ['smoking'])).to.deep.equal({ risks: [], lasting: [], showLastingAdvice: false, earlyHelp: false });
  });

  it('offers help early from three factors that make pain last, not from two, whatever the risk factors', () => {
    expect(EARLY_HELP_FROM).to.equal(3);
    expect(riskAdvice(['stress', 'smoking', 'overweight'], ['low-mood', 'worry']).earlyHelp).to.equal(false);
    expect(riskAdvice([], ['low-mood', 'worry', 'leg-pain']).earlyHelp).to.equal(true);
    expect(riskAdvice([], ['low-mood', 'worry', 'worry', 'made-up']).earlyHelp, 'duplicates and unknown ids do not count').to.equal(false);
  });
});
