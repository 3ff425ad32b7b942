import { expect } from '@open-wc/testing';
import { durationFromAmount, durationFromOnset, MAX_DAYS, NOT_IMPROVING_FROM_DAY, planFor } from '../src/check/plan.js';
import { DEFAULT_GOAL } from '../src/walking-program/schedule.js';
import { PHASE_BOUNDARY_DAYS } from './timeline-boundaries.js';

const today = { year: 2026, month: 11, day: 30 };

describe('check plan: how long the pain has lasted', () => {
  it('counts days and weeks', () => {
    expect(durationFromAmount(3, 'days')).to.deep.equal({ ok: true, days: 3 });
    expect(durationFromAmount(0, 'days')).to.deep.equal({ ok: true, days: 0 });
    expect(durationFromAmount(9, 'weeks')).to.deep.equal({ ok: true, days: 63 });
  });

  it('refuses numbers that cannot be a duration, with the reason', () => {
    for (const amount of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(durationFromAmount(amount, 'days'), String(amount)).to.deep.equal({ ok: false, error: 'not-a-whole-number' });
    }
    expect(durationFromAmount(MAX_DAYS + 1, 'days')).to.deep.equal({ ok: false, error: 'too-long' });
    expect(durationFromAmount(600, 'weeks')).to.deep.equal({ ok: false, error: 'too-long' });
  });

  it('counts from the first day of the pain to today, across months and leap days', () => {
    expect(durationFromOnset('2026-11-30', today)).to.deep.equal({ ok: true, days: 0 });
    expect(durationFromOnset('2026-11-27', today)).to.deep.equal({ ok: true, days: 3 });
    expect(durationFromOnset('2026-10-01', today)).to.deep.equal({ ok: true, days: 60 });
    expect(durationFromOnset('2028-03-01', { year: 2028, month: 3, day: 1 })).to.deep.equal({ ok: true, days: 0 });
    expect(durationFromOnset('2028-02-28', { year: 2028, month: 3, day: 1 })).to.deep.equal({ ok: true, days: 2 });
  });

  it('refuses a date in the future, a date that does not exist and one too long ago', () => {
    expect(durationFromOnset('2026-12-01', today)).to.deep.equal({ ok: false, error: 'future-date' });
    expect(durationFromOnset('2026-02-30', today)).to.deep.equal({ ok: false, error: 'not-a-date' });
    expect(durationFromOnset('yesterday', today)).to.deep.equal({ ok: false, error: 'not-a-date' });
    expect(durationFromOnset('1990-01-01', today)).to.deep.equal({ ok: false, error: 'too-long' });
  });
});

describe('check plan: the next step', () => {
  it('is self-care in the first weeks, with or without factors that make pain last', () => {
    for (const day of [0, 3, 7, 8, NOT_IMPROVING_FROM_DAY - 1]) {
      expect(planFor(day, [])?.nextStep, `day ${day}`).to.equal('self-care');
      expect(planFor(day, ['fear-of-moving'])?.nextStep, `day ${day} with a factor`).to.equal('self-care');
    }
  });

  it('adds "see a GP or physiotherapist if it is not getting better" from 3 weeks, and advises it with factors', () => {
    for (const day of [NOT_IMPROVING_FROM_DAY, 30, 41]) {
      expect(planFor(day, [])?.nextStep, `day ${day}`).to.equal('gp-or-physio-if-not-better');
      expect(planFor(day, ['low-mood'])?.nextStep, `day ${day} with a factor`).to.equal('gp-or-physio');
    }
  });

  it('asks "is it getting better?" from 3 weeks on, and follows the answer until 6 weeks', () => {
    for (const day of [NOT_IMPROVING_FROM_DAY, 30, 41]) {
      expect(planFor(day, [], false), `day ${day}, not better`).to.include({ nextStep: 'gp-or-physio', improving: false });
      expect(planFor(day, [], true), `day ${day}, better`).to.include({ nextStep: 'self-care', improving: true });
      expect(planFor(day, ['worry'], true)?.nextStep, `day ${day}, better with a factor`).to.equal('gp-or-physio-if-not-better');
      expect(planFor(day, ['worry', 'low-mood', 'leg-pain'], true)?.nextStep, `day ${day}, better with three factors`).to.equal('gp-or-physio');
      expect(planFor(day, [])?.improving, `day ${day}, no answer`).to.equal(undefined);
    }
    for (const day of [0, 7, NOT_IMPROVING_FROM_DAY - 1]) {
      const plan = planFor(day, [], false);
      expect(plan?.nextStep, `day ${day}: not asked, so no answer counts`).to.equal('self-care');
      expect(plan?.improving, `day ${day}`).to.equal(undefined);
    }
    expect(planFor(60, [], true)?.nextStep, 'after 6 weeks a GP or physiotherapist, better or not').to.equal('gp-or-physio');
    expect(planFor(60, [], true)?.improving).to.equal(true);
  });

  it('advises a GP or physiotherapist at once with three or more factors that make pain last, not with two', () => {
    for (const day of [0, 3, 10]) {
      expect(planFor(day, ['low-mood', 'worry', 'leg-pain'])?.nextStep, `day ${day}, three factors`).to.equal('gp-or-physio');
      expect(planFor(day, ['low-mood', 'worry'])?.nextStep, `day ${day}, two factors`).to.equal('self-care');
    }
  });

  it('advises a GP or physiotherapist after 6 weeks, and the walking programme with its goal but no fixed start', () => {
    for (const day of [42, 60, 84, 400]) {
      const plan = planFor(day, []);
      expect(plan?.nextStep, `day ${day}`).to.equal('gp-or-physio');
      expect(plan?.walking, `day ${day}: the reader starts from what they walk now`).to.deep.equal({ timesPerDay: 3, goal: DEFAULT_GOAL });
    }
    expect(planFor(41, [])?.walking, 'not before 6 weeks: day 42').to.equal(undefined);
  });

  it('follows the timeline phases at every boundary day', () => {
    for (const [day, phase] of PHASE_BOUNDARY_DAYS) expect(planFor(day, [])?.phase, `day ${day}`).to.equal(phase);
  });

  it('keeps factors in checklist order without duplicates or unknown ids', () => {
    expect(planFor(10, ['worry', 'fear-of-moving', 'worry', 'made-up'])?.factors).to.deep.equal(['fear-of-moving', 'worry']);
  });

  it('gives no plan for a day that is not a duration', () => {
    expect(planFor(-1, [])).to.equal(undefined);
    expect(planFor(1.5, [])).to.equal(undefined);
  });
});
