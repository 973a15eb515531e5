/**
 * The visible window in words, at a precision that suits its length:
 * "1990 to 2005", "August 1971 to March 1972", "3 to 9 August 1971".
 */
import {dateFormatter} from '../data/format-date.js';

const DAY = 86_400_000;

export function describeWindow(start: number, end: number, locale: string | undefined): [string, string] {
  const span = end - start;
  const options: Intl.DateTimeFormatOptions =
    span > 3 * 365 * DAY
      ? {year: 'numeric'}
      : span > 60 * DAY
        ? {year: 'numeric', month: 'long'}
        : {year: 'numeric', month: 'long', day: 'numeric'};
  const format = dateFormatter(locale, options);
  // The window's end is exclusive: its last moment is one millisecond before.
  return [format.format(new Date(start)), format.format(new Date(Math.max(start, end - 1)))];
}
