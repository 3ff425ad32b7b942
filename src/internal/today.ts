import { calendarDateOf, parseIsoDate, type CalendarDate } from '../dates/calendar-dates.js';
import { clearWarning, warnInvalid } from './warn.js';

/**
 * The date that counts as today for a widget's `today` attribute or property: a Date (its date
 * in the browser's time zone) or a date as YYYY-MM-DD. Anything else warns once and falls back
 * to the clock, as an empty value does.
 */
export function todayFor(element: Element, today: Date | string | undefined): CalendarDate {
  if (today !== undefined && today !== null && today !== '') {
    const date = typeof today === 'string' ? parseIsoDate(today) : today instanceof Date ? calendarDateOf(today) : undefined;
    if (date) {
      clearWarning(element, 'today');
      return date;
    }
    warnInvalid(element, 'today', today, 'a Date or a date as YYYY-MM-DD', 'Using the date of the clock.');
  }
  return calendarDateOf(new Date())!;
}
