/**
 * Checks for the embedding page's own contact line. Pure, so bad values are easy to test.
 */

export interface PhoneNumber {
  /** As the page wrote it, for reading. */
  display: string;
  /** For a `tel:` link: digits and a leading plus only. */
  dial: string;
}

/** A phone number of 3 to 15 digits, optionally with a leading "+", spaces, dashes, dots or brackets. */
export function parsePhone(value: string): PhoneNumber | undefined {
  const display = value.trim();
  const digits = display.replace(/\D/g, '');
  const valid = /^\+?[\d\s().-]+$/.test(display) && digits.length >= 3 && digits.length <= 15;
  return valid ? { display, dial: `${display.startsWith('+') ? '+' : ''}${digits}` } : undefined;
}
