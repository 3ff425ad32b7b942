import { expect } from '@open-wc/testing';
import { calendarDateOf, daysBetween, daysSince, isoDate, parseIsoDate, type CalendarDate } from '../src/dates/calendar-dates.js';
import { phaseForDay } from '../src/recovery-timeline/timeline-dates.js';
import { PHASE_DAYS, PHASE_IDS } from '../src/content/structure.js';
import { PHASE_BOUNDARY_DAYS } from './timeline-boundaries.js';

const date = (text: string): CalendarDate => {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`${text} should parse`);
  return parsed;
};

describe('parseIsoDate', () => {
  it('reads real calendar dates, leap days included', () => {
    expect(parseIsoDate('2026-03-28')).to.deep.equal({ year: 2026, month: 3, day: 28 });
    expect(parseIsoDate('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('2026-12-31')).to.deep.equal({ year: 2026, month: 12, day: 31 });
    expect(parseIsoDate('0050-06-15'), 'a year below 100 stays itself').to.deep.equal({ year: 50, month: 6, day: 15 });
  });

  const invalid = [
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-3-8',
    '26-03-08',
    '2026/03/08',
    '2026-03-08T10:00',
    '2026-03-08Z',
    ' 2026-03-08',
    '+2026-03-08',
    'yesterday',
    '',
  ];
  for (const text of invalid) {
    it(`rejects "${text}"`, () => {
      expect(parseIsoDate(text)).to.equal(undefined);
    });
  }
});

describe('isoDate', () => {
  it('writes a calendar date as YYYY-MM-DD, padded, and reads back as itself', () => {
    expect(isoDate({ year: 2026, month: 3, day: 8 })).to.equal('2026-03-08');
    expect(isoDate({ year: 50, month: 12, day: 31 })).to.equal('0050-12-31');
    for (const text of ['2028-02-29', '2026-11-30']) expect(isoDate(date(text))).to.equal(text);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, 0 for the same date and negative backwards', () => {
    expect(daysBetween(date('2026-03-08'), date('2026-03-08'))).to.equal(0);
    expect(daysBetween(date('2026-03-08'), date('2026-03-09'))).to.equal(1);
    expect(daysBetween(date('2026-03-09'), date('2026-03-08'))).to.equal(-1);
    expect(daysBetween(date('2026-12-31'), date('2027-01-01'))).to.equal(1);
    expect(daysBetween(date('2026-01-01'), date('2027-01-01'))).to.equal(365);
  });

  it('counts leap days', () => {
    expect(daysBetween(date('2028-02-28'), date('2028-03-01'))).to.equal(2);
    expect(daysBetween(date('2026-02-28'), date('2026-03-01'))).to.equal(1);
    expect(daysBetween(date('2028-01-01'), date('2029-01-01'))).to.equal(366);
    expect(daysBetween(date('2100-02-28'), date('2100-03-01')), '2100 is no leap year').to.equal(1);
  });

  it('is not thrown off by the daylight-saving changes', () => {
    // Europe/Amsterdam: clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(daysBetween(date('2026-03-28'), date('2026-03-30'))).to.equal(2);
    expect(daysBetween(date('2026-10-24'), date('2026-10-26'))).to.equal(2);
    expect(daysBetween(date('2026-03-01'), date('2026-04-01'))).to.equal(31);
    expect(daysBetween(date('2026-10-01'), date('2026-11-01'))).to.equal(31);
  });
});

describe('daysSince', () => {
  it('counts the days from a written date to today, negative for a later date', () => {
    const today = date('2026-03-30');
    expect(daysSince('2026-03-30', today)).to.equal(0);
    expect(daysSince('2026-03-28', today), 'across the change to summer time').to.equal(2);
    expect(daysSince('2025-03-30', today)).to.equal(365);
    expect(daysSince('2026-04-01', today)).to.equal(-2);
  });

  it('gives undefined for what is no date', () => {
    for (const text of ['', 'invalid', '2026-02-30', '2026-3-8', '30-03-2026']) expect(daysSince(text, date('2026-03-30')), text).to.equal(undefined);
  });
});

describe('calendarDateOf', () => {
  it('gives the date in the time zone, also just after a daylight-saving change', () => {
    const amsterdam = (iso: string) => calendarDateOf(new Date(iso), 'Europe/Amsterdam');
    // 00:30 local time on the days after the changes: a naive "milliseconds / 24 h" count from
    // local midnight would be 47.5 h (1 day) in March and 49.5 h in October.
    expect(amsterdam('2026-03-30T00:30:00+02:00')).to.deep.equal({ year: 2026, month: 3, day: 30 });
    expect(amsterdam('2026-03-29T23:30:00+02:00')).to.deep.equal({ year: 2026, month: 3, day: 29 });
    expect(amsterdam('2026-10-26T00:30:00+01:00')).to.deep.equal({ year: 2026, month: 10, day: 26 });
    expect(daysBetween(date('2026-03-28'), amsterdam('2026-03-30T00:30:00+02:00')!)).to.equal(2);
    expect(daysBetween(date('2026-03-28'), amsterdam('2026-03-30T23:59:59+02:00')!)).to.equal(2);
    expect(daysBetween(date('2026-10-24'), amsterdam('2026-10-26T00:30:00+01:00')!)).to.equal(2);
    expect(daysBetween(date('2026-10-24'), amsterdam('2026-10-25T23:30:00+01:00')!)).to.equal(1);
  });

  it('gives a different date for the same moment in another time zone', () => {
    const moment = new Date('2026-03-30T23:30:00Z');
    expect(calendarDateOf(moment, 'UTC')).to.deep.equal({ year: 2026, month: 3, day: 30 });
    expect(calendarDateOf(moment, 'Europe/Amsterdam')).to.deep.equal({ year: 2026, month: 3, day: 31 });
    expect(calendarDateOf(moment, 'America/New_York')).to.deep.equal({ year: 2026, month: 3, day: 30 });
  });

  it('uses the browser’s time zone by default', () => {
    const localMidnight = new Date(2026, 2, 30, 0, 30);
    expect(calendarDateOf(localMidnight)).to.deep.equal({ year: 2026, month: 3, day: 30 });
    const lateEvening = new Date(2026, 9, 25, 23, 30);
    expect(calendarDateOf(lateEvening)).to.deep.equal({ year: 2026, month: 10, day: 25 });
  });

  it('gives undefined for an invalid Date', () => {
    expect(calendarDateOf(new Date('not a date'))).to.equal(undefined);
  });
});

describe('phaseForDay', () => {
  for (const [day, phase] of [...PHASE_BOUNDARY_DAYS, [10_000, 'after-12-weeks'] as const]) {
    it(`puts day ${day} in ${phase}`, () => {
      expect(phaseForDay(day)).to.equal(phase);
    });
  }

  it('gives no phase for a negative or non-whole day', () => {
    for (const day of [-1, -0.5, 0.5, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(phaseForDay(day), String(day)).to.equal(undefined);
    }
  });

  it('covers every day up to a year with exactly one phase, following PHASE_DAYS (day 1 is the first day), never recurrence', () => {
    const seen = new Set<string>();
    expect(PHASE_DAYS['first-days'].from, 'the day the pain started is day 1').to.equal(1);
    for (let daysSinceStart = 0; daysSinceStart <= 366; daysSinceStart += 1) {
      const phase = phaseForDay(daysSinceStart);
      const day = daysSinceStart + 1;
      expect(phase, `day ${day}`).to.not.equal(undefined);
      const { from, to } = PHASE_DAYS[phase!];
      expect(day >= from && (to === null || day <= to), `day ${day} in ${phase}`).to.equal(true);
      seen.add(phase!);
    }
    expect([...seen]).to.deep.equal(PHASE_IDS.filter((id) => id !== 'recurrence'));
  });
});
