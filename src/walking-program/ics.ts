/**
 * The walking plan as an iCalendar file (RFC 5545), apart from any rendering or download.
 *
 * One VEVENT per week and time of day, repeating daily for the 7 days of that week
 * (`RRULE:FREQ=DAILY;COUNT=7`): three events a week instead of 21 keeps the file small, and a
 * calendar app still shows every walk. Times are floating local time (no time zone): 9:00 stays
 * 9:00 wherever the person is.
 */
import { addDays } from '../dates/calendar-dates.js';

/** The times of the walks, as HHMMSS. */
export const WALK_TIMES = ['090000', '130000', '180000'] as const;

export interface CalendarInput {
  /** First day of the plan, YYYY-MM-DD. */
  startDate: string;
  /** Minutes per walk, one entry per week. */
  weeks: readonly number[];
  /** Title of a walk of so many minutes. */
  title: (minutes: number) => string;
  description: string;
  /** When the file is made: its DTSTAMP, and part of every UID. */
  now: Date;
  /** Makes UIDs unique between files made in the same second. */
  seed: string;
}

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). Other
 * control characters, which a TEXT value may not hold (3.3.11, CONTROL), are dropped; a tab stays.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** The name of the downloaded file when a registered one leaves nothing. */
const FALLBACK_FILE_NAME = 'walking-plan';
const MAX_FILE_NAME_LENGTH = 100;

/**
 * A safe name for the downloaded calendar file, from the texts' `calendarFileName`: no folders,
 * no control or bidi characters (which can make "plan\u202Escj.exe" read as "planexe.jcs"), none
 * of the characters a file system refuses, no leading dots, at most 100 characters, and always
 * ending in .ics.
 */
export function calendarFileName(name: string): string {
  const base = name
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069/\\<>:"|?*]/g, '')
    .replace(/\.ics$/i, '')
    .trim()
    .replace(/^\.+/, '')
    .trim()
    .slice(0, MAX_FILE_NAME_LENGTH);
  return `${base || FALLBACK_FILE_NAME}.ics`;
}

const utf8 = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545, 3.1): continuation lines start with a space,
 * which counts towards their 75. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/** A moment in UTC basic format: YYYYMMDDTHHMMSSZ. */
export function utcStamp(moment: Date): string {
  return moment.toISOString().replace(/\.\d+|[-:]/g, '');
}

/** The .ics text of the plan, with CRLF line endings. */
export function walkingCalendar({ startDate, weeks, title, description, now, seed }: CalendarInput): string {
  const stamp = utcStamp(now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//back-pain-widgets//walking-program//EN', 'CALSCALE:GREGORIAN'];
  weeks.forEach((minutes, index) => {
    const day = addDays(startDate, index * 7).replace(/-/g, '');
    for (const time of WALK_TIMES) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${stamp}-${seed}-${day}T${time}@back-pain-widgets`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${day}T${time}`,
        `DURATION:PT${minutes}M`,
        'RRULE:FREQ=DAILY;COUNT=7',
        `SUMMARY:${escapeText(title(minutes))}`,
        `DESCRIPTION:${escapeText(description)}`,
        'END:VEVENT',
      );
    }
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
