import { expect } from '@open-wc/testing';
import { WALK_TIMES, calendarFileName, escapeText, foldLine, utcStamp, walkingCalendar, type CalendarInput } from '../src/walking-program/ics.js';
import { MAX_WEEKS, WALKS_PER_DAY, firstDayBounds, isAllowedFirstDay, planWalks } from '../src/walking-program/schedule.js';
import { walking as nl } from '../src/content/nl.js';
import { walking as en } from '../src/content/en.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;
/** Undoes folding (RFC 5545, 3.1): a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
/** The logical lines of a calendar. */
const linesOf = (text: string) => unfold(text).split('\r\n').slice(0, -1);

const input: CalendarInput = {
  startDate: '2026-03-02',
  weeks: [5, 6],
  title: nl.calendarTitle,
  description: nl.calendarDescription,
  now: new Date(Date.UTC(2026, 2, 1, 8, 5, 9, 123)),
  seed: 'test',
};

/** The VEVENTs of a calendar, each as a map of property name (with parameters) to value. */
function events(text: string): Map<string, string>[] {
  const result: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of linesOf(text)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      result.push(current!);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return result;
}

describe('walkingCalendar (RFC 5545)', () => {
  it('follows the plan from the minutes the reader walks now, week by week', () => {
    for (const now of [2, 12, 25]) {
      const schedule = planWalks(now, 30);
      if (!schedule.ok) throw new Error(`no plan from ${now}`);
      const durations = events(walkingCalendar({ ...input, weeks: schedule.weeks })).map((event) => event.get('DURATION'));
      expect(durations.slice(0, WALKS_PER_DAY), `from ${now} minutes`).to.deep.equal(Array(WALKS_PER_DAY).fill(`PT${now}M`));
      expect(durations, `from ${now} minutes`).to.deep.equal(schedule.weeks.flatMap((minutes) => Array(WALKS_PER_DAY).fill(`PT${minutes}M`)));
      expect(durations.at(-1)).to.equal('PT30M');
    }
  });

  it('ends every line with CRLF, and has no bare CR or LF', () => {
    const text = walkingCalendar(input);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('is a VCALENDAR with VERSION:2.0 and a PRODID', () => {
    const lines = linesOf(walkingCalendar(input));
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines.find((line) => line.startsWith('PRODID:'))).to.match(/^PRODID:-\/\/.+\/\/.+\/\/[A-Z]{2}$/);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(lines.filter((line) => line === 'END:VEVENT').length);
  });

  it('has one daily-repeating event per week and time of day, at 9:00, 13:00 and 18:00 floating time', () => {
    expect(WALK_TIMES).to.have.length(WALKS_PER_DAY);
    const found = events(walkingCalendar(input));
    expect(found).to.have.length(2 * WALKS_PER_DAY);
    expect(found.map((event) => event.get('DTSTART'))).to.deep.equal([
      '20260302T090000',
      '20260302T130000',
      '20260302T180000',
      '20260309T090000',
      '20260309T130000',
      '20260309T180000',
    ]);
    for (const event of found) expect(event.get('RRULE')).to.equal('FREQ=DAILY;COUNT=7');
    expect(found.map((event) => event.get('DURATION'))).to.deep.equal(['PT5M', 'PT5M', 'PT5M', 'PT6M', 'PT6M', 'PT6M']);
  });

  it('gives each event a unique UID and a DTSTAMP in UTC basic format, both from the injected clock and seed', () => {
    const found = events(walkingCalendar(input));
    const uids = found.map((event) => event.get('UID')!);
    expect(new Set(uids).size).to.equal(uids.length);
    expect(uids[0]).to.equal('20260301T080509Z-test-20260302T090000@back-pain-widgets');
    for (const event of found) expect(event.get('DTSTAMP')).to.equal('20260301T080509Z');
    expect(found[0]!.get('DTSTAMP')).to.match(/^\d{8}T\d{6}Z$/);
    expect(walkingCalendar(input), 'the same input gives the same file').to.equal(walkingCalendar({ ...input }));
    const otherSeed = events(walkingCalendar({ ...input, seed: 'other' }));
    expect(otherSeed.map((event) => event.get('UID'))).not.to.include(uids[0]);
  });

  it('uses calendarTitle for the SUMMARY and calendarDescription for the DESCRIPTION', () => {
    for (const texts of [nl, en]) {
      const [first, , , fourth] = events(walkingCalendar({ ...input, title: texts.calendarTitle, description: texts.calendarDescription }));
      expect(first!.get('SUMMARY')).to.equal(escapeText(texts.calendarTitle(5)));
      expect(fourth!.get('SUMMARY')).to.equal(escapeText(texts.calendarTitle(6)));
      expect(first!.get('DESCRIPTION')).to.equal(escapeText(texts.calendarDescription));
    }
  });

  it('escapes TEXT values in the file', () => {
    const text = walkingCalendar({ ...input, title: (minutes) => `Walk; ${minutes}, then rest\\relax`, description: 'Line one\nline two' });
    const [first] = events(text);
    expect(first!.get('SUMMARY')).to.equal('Walk\\; 5\\, then rest\\\\relax');
    expect(first!.get('DESCRIPTION')).to.equal('Line one\\nline two');
  });

  it('folds long lines at 75 octets, counting UTF-8 bytes', () => {
    const text = walkingCalendar({ ...input, description: `${'Wandel rustig in uw eigen tempo, één stap per keer 🚶. '.repeat(4)}` });
    for (const line of text.split('\r\n')) expect(bytes(line), line).to.be.at.most(75);
    expect(text).to.contain('\r\n ');
    expect(events(text)[0]!.get('DESCRIPTION')).to.equal(escapeText('Wandel rustig in uw eigen tempo, één stap per keer 🚶. '.repeat(4)));
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d')).to.equal('a\\\\b\\;c\\,d');
    expect(escapeText('one\r\ntwo\nthree\rfour')).to.equal('one\\ntwo\\nthree\\nfour');
    expect(escapeText('a:b "c"')).to.equal('a:b "c"');
  });

  it('drops the other control characters (C0 and DEL), which a TEXT value may not hold; keeps a tab', () => {
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe\u000bf\u000cg\th')).to.equal('abcdefg\th');
  });
});

describe('a calendar with control characters in its texts', () => {
  it('holds no control character but CR LF at line ends and a tab', () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('') + '\u007f';
    const text = walkingCalendar({ ...input, title: (minutes) => `${controls}${minutes} min`, description: `Rustig${controls}wandelen` });
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(unfold(text).replace(/\r\n/g, '')).not.to.match(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(events(text)[0]!.get('SUMMARY')).to.equal('\t\\n\\n5 min');
  });
});

describe('calendarFileName', () => {
  it('keeps a plain name that ends in .ics', () => {
    expect(calendarFileName(nl.calendarFileName)).to.equal('wandelschema.ics');
    expect(calendarFileName('mijn wandelschema.ics')).to.equal('mijn wandelschema.ics');
  });

  it('removes folders, control and bidi characters, and characters no file system takes; always ends in .ics', () => {
    expect(calendarFileName('../../etc/passwd')).to.equal('etcpasswd.ics');
    expect(calendarFileName('..\\windows\\plan.ics')).to.equal('windowsplan.ics');
    expect(calendarFileName('plan\u202Escj.exe')).to.equal('planscj.exe.ics');
    expect(calendarFileName('a\u0000b\nc\u007f<d>:e"f|g?h*.ics')).to.equal('abcdefgh.ics');
    expect(calendarFileName('plan.ICS')).to.equal('plan.ics');
    expect(calendarFileName('  .hidden  ')).to.equal('hidden.ics');
  });

  it('falls back to a name when nothing is left, and keeps a name short', () => {
    for (const empty of ['', '...', '/\\', '\u0000', '.ics']) expect(calendarFileName(empty), JSON.stringify(empty)).to.equal('walking-plan.ics');
    expect(calendarFileName(`${'a'.repeat(300)}.ics`)).to.equal(`${'a'.repeat(100)}.ics`);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
  });

  it('starts continuation lines with a space that counts towards their 75 octets', () => {
    const folded = foldLine('y'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.map(bytes)).to.deep.equal([75, 75, 52]);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).to.equal(true);
    expect(unfold(folded)).to.equal('y'.repeat(200));
  });

  it('never splits a multi-byte character', () => {
    for (const char of ['é', '€', '🚶']) {
      for (let prefix = 0; prefix < 4; prefix += 1) {
        const line = 'x'.repeat(prefix) + char.repeat(60);
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) {
          expect(bytes(part), `${char} after ${prefix}`).to.be.at.most(75);
          // A split character would decode to U+FFFD.
          expect(new TextDecoder().decode(new TextEncoder().encode(part))).to.equal(part);
        }
        expect(unfold(folded)).to.equal(line);
      }
    }
  });
});

describe('utcStamp', () => {
  it('writes a moment in UTC basic format, without milliseconds', () => {
    expect(utcStamp(new Date(Date.UTC(2026, 11, 31, 23, 59, 58, 999)))).to.equal('20261231T235958Z');
  });
});

describe('the first day of a plan', () => {
  it('is a date within a year of today, either way', () => {
    expect(firstDayBounds('2026-03-02')).to.deep.equal({ min: '2025-03-02', max: '2027-03-02' });
    for (const ok of ['2025-03-02', '2026-03-02', '2027-03-02']) expect(isAllowedFirstDay(ok, '2026-03-02'), ok).to.equal(true);
    for (const refused of ['2025-03-01', '2027-03-03', '20265-03-02', '9999-12-31', '0001-01-01', '2026-02-30', '2026-3-8', '', 'today'])
      expect(isAllowedFirstDay(refused, '2026-03-02'), refused).to.equal(false);
  });

  it('exists on the calendar and is written YYYY-MM-DD, nothing more', () => {
    expect(isAllowedFirstDay('2028-02-29', '2028-03-01'), 'a leap day').to.equal(true);
    for (const refused of ['2027-02-29', '2026-04-31', '2026-03-02 ', '2026-03-02T10:00', '2026-03-02Z', '+002026-03-02', '2026-03-0'])
      expect(isAllowedFirstDay(refused, '2027-01-01'), JSON.stringify(refused)).to.equal(false);
  });

  it('keeps every date of the longest plan, and so of its calendar file, in four-digit years, whatever today is', () => {
    for (const today of ['0001-01-01', '2026-03-02', '9998-06-30', '9999-12-31', '10000-01-01']) {
      const { min, max } = firstDayBounds(today);
      for (const startDate of [min, max]) {
        const calendar = walkingCalendar({ ...input, startDate, weeks: Array(MAX_WEEKS).fill(5) });
        const starts = linesOf(calendar).filter((line) => line.startsWith('DTSTART'));
        expect(starts, `${today}: from ${startDate}`).to.have.length(MAX_WEEKS * WALKS_PER_DAY);
        for (const line of starts) expect(line, `${today}: from ${startDate}`).to.match(/^DTSTART:\d{8}T\d{6}$/);
      }
    }
  });
});
