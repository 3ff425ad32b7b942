import { expect } from '@open-wc/testing';
import {
  DEFAULT_GOAL,
  DEFAULT_START,
  MAX_MINUTES,
  MAX_WEEKS,
  MIN_MINUTES,
  checkMinutes,
  planWalks,
} from '../src/walking-program/schedule.js';
import { addDays, localIsoDate } from '../src/dates/calendar-dates.js';

function weeksOf(start: number, goal: number): number[] {
  const schedule = planWalks(start, goal);
  if (!schedule.ok) throw new Error(`no plan from ${start} to ${goal}: ${JSON.stringify(schedule.errors)}`);
  return schedule.weeks;
}

describe('planWalks', () => {
  it('plans the default 5 to 30 minutes: about 10% a week, at least one minute, ending on the goal', () => {
    expect(weeksOf(DEFAULT_START, DEFAULT_GOAL)).to.deep.equal([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 21, 23, 25, 28, 30]);
  });

  it('starts from the minutes the reader walks now, not from a fixed 5', () => {
    expect(weeksOf(12, DEFAULT_GOAL)).to.deep.equal([12, 13, 14, 15, 17, 19, 21, 23, 25, 28, 30]);
    expect(weeksOf(25, DEFAULT_GOAL)).to.deep.equal([25, 28, 30]);
  });

  it('rounds 10% to whole minutes, half up', () => {
    // 15 * 1.1 = 16.5 and 25 * 1.1 = 27.5 round up; 20 * 1.1 = 22 is exact; 33 * 1.1 = 36.3 rounds down.
    expect(weeksOf(15, 17)).to.deep.equal([15, 17]);
    expect(weeksOf(25, 28)).to.deep.equal([25, 28]);
    expect(weeksOf(20, 22)).to.deep.equal([20, 22]);
    expect(weeksOf(33, 40)).to.deep.equal([33, 36, 40]);
  });

  it('adds at least one minute when 10% rounds to less', () => {
    expect(weeksOf(2, 6)).to.deep.equal([2, 3, 4, 5, 6]);
  });

  it('reaches the goal exactly, never above it, for every valid start and goal', () => {
    let plans = 0;
    for (let start = MIN_MINUTES; start <= MAX_MINUTES; start += 1) {
      for (let goal = start; goal <= MAX_MINUTES; goal += 1) {
        const weeks = weeksOf(start, goal);
        const where = `${start} to ${goal}`;
        expect(weeks[0], where).to.equal(start);
        expect(weeks.at(-1), where).to.equal(goal);
        expect(weeks.length, where).to.be.at.most(MAX_WEEKS);
        for (let index = 1; index < weeks.length; index += 1) {
          const before = weeks[index - 1]!;
          const step = weeks[index]! - before;
          expect(Number.isInteger(weeks[index]), where).to.equal(true);
          expect(step, `${where}, week ${index + 1}`).to.be.at.least(1);
          // Never more than 10% (rounded) or one minute, whichever is more.
          expect(step, `${where}, week ${index + 1}`).to.be.at.most(Math.max(1, Math.round(before / 10)));
          expect(weeks[index], where).to.be.at.most(goal);
        }
        plans += 1;
      }
    }
    expect(plans).to.equal(1770);
  });

  it('gives one week when the start is the goal', () => {
    expect(weeksOf(30, 30)).to.deep.equal([30]);
    expect(weeksOf(MIN_MINUTES, MIN_MINUTES)).to.deep.equal([MIN_MINUTES]);
  });

  it('takes 28 weeks at most: the longest plan, from 2 to 60 minutes', () => {
    expect(weeksOf(MIN_MINUTES, MAX_MINUTES)).to.have.length(28);
  });

  it('returns an error value, never throws, for a plan longer than the cap', () => {
    expect(planWalks(2, 60, 27)).to.deep.equal({ ok: false, errors: { goal: 'too-many-weeks' } });
    expect(planWalks(2, 60, 28).ok).to.equal(true);
    expect(planWalks(5, 5, 1)).to.deep.equal({ ok: true, weeks: [5] });
  });

  it('returns an error value for a number that is not a whole number', () => {
    for (const value of [NaN, Infinity, -Infinity, 7.5]) {
      expect(planWalks(value, 30), `start ${value}`).to.deep.equal({ ok: false, errors: { start: 'not-a-whole-number' } });
      expect(planWalks(5, value), `goal ${value}`).to.deep.equal({ ok: false, errors: { goal: 'not-a-whole-number' } });
    }
  });

  it('returns an error value for a number out of range, naming each field', () => {
    expect(planWalks(1, 30)).to.deep.equal({ ok: false, errors: { start: 'out-of-range' } });
    expect(planWalks(5, 61)).to.deep.equal({ ok: false, errors: { goal: 'out-of-range' } });
    expect(planWalks(0, -3)).to.deep.equal({ ok: false, errors: { start: 'out-of-range', goal: 'out-of-range' } });
    expect(planWalks(MIN_MINUTES, MAX_MINUTES).ok).to.equal(true);
  });

  it('returns an error value when the start is above the goal', () => {
    expect(planWalks(31, 30)).to.deep.equal({ ok: false, errors: { start: 'above-goal' } });
    // Only a valid pair is compared: a bad goal is reported as such.
    expect(planWalks(31, 70)).to.deep.equal({ ok: false, errors: { goal: 'out-of-range' } });
  });
});

describe('checkMinutes', () => {
  it('accepts whole numbers from 2 to 60 only', () => {
    expect([2, 30, 60].map(checkMinutes)).to.deep.equal([undefined, undefined, undefined]);
    expect([1, 61, 2.5, NaN].map(checkMinutes)).to.deep.equal(['out-of-range', 'out-of-range', 'not-a-whole-number', 'not-a-whole-number']);
  });
});

describe('dates', () => {
  it('adds calendar days across months, years, leap days and daylight saving changes', () => {
    expect(addDays('2026-03-02', 0)).to.equal('2026-03-02');
    expect(addDays('2026-03-26', 7)).to.equal('2026-04-02');
    expect(addDays('2026-12-28', 7)).to.equal('2027-01-04');
    expect(addDays('2028-02-26', 3)).to.equal('2028-02-29');
    expect(addDays('2026-10-22', 7 * 27 + 6)).to.equal('2027-05-05');
  });

  it('gives the local calendar date of a moment', () => {
    expect(localIsoDate(new Date(2026, 2, 2, 23, 59))).to.equal('2026-03-02');
    expect(localIsoDate(new Date(2027, 0, 1, 0, 0))).to.equal('2027-01-01');
  });
});
