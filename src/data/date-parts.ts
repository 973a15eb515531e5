/**
 * Dates written as separate parts (TimelineJS `{year, month, day}` objects,
 * spreadsheet Year/Month/Day/Time columns) → one EDTF string that keeps the
 * precision written: year and month only give `1971-08`, not 1 August.
 */
import {daysInMonth, parsePartialDate} from './partial-date.js';
import {describe} from './read-fields.js';

export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** What is wrong with one part. A warning means the part was ignored and the date kept. */
export interface DatePartIssue {
  part: DatePart;
  message: string;
  severity: 'error' | 'warning';
}

export type DateParts = Partial<Record<DatePart, unknown>>;

const ORDER: DatePart[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];
const MAX_YEAR = 270000; // as in partial-date.ts: JavaScript dates reach ±275,760 years

/** Is the part left blank (missing, null or only white space)? */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

function limit(part: DatePart, values: Partial<Record<DatePart, number>>): [number, number] {
  switch (part) {
    case 'year':
      return [-MAX_YEAR, MAX_YEAR];
    case 'month':
      return [1, 12];
    case 'day':
      return [1, daysInMonth(values.year ?? 2000, values.month ?? 1)];
    case 'hour':
      return [0, 23];
    default:
      return [0, 59];
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A year as EDTF: 602 → `0602`, -300 → `-0300`, 13800 → `Y13800`. */
export function formatYear(year: number): string {
  if (Math.abs(year) > 9999) return `Y${year}`;
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

/**
 * The EDTF text for `parts`, or `undefined` when the year is missing or a
 * part is wrong (errors). A part that cannot follow the ones before it (a day
 * without a month) is ignored with a warning. A time without minutes is read
 * as on the hour.
 */
export function formatDateParts(parts: DateParts): {date?: string; issues: DatePartIssue[]} {
  const issues: DatePartIssue[] = [];
  const values: Partial<Record<DatePart, number>> = {};
  let missing: DatePart | undefined;
  for (const part of ORDER) {
    const raw = parts[part];
    if (isBlank(raw)) {
      if (part === 'year') issues.push({part, message: 'is required', severity: 'error'});
      if (part !== 'minute' || values.hour === undefined) missing ??= part;
      continue;
    }
    const value = wholeNumber(raw);
    const [min, max] = limit(part, values);
    if (value === undefined) {
      issues.push({part, message: `${describe(raw)} is not a whole number`, severity: 'error'});
    } else if (value < min || value > max) {
      issues.push({part, message: `${describe(raw)} is out of range (${min} to ${max})`, severity: 'error'});
    } else if (missing === undefined) {
      values[part] = value;
    } else if (missing !== 'year') {
      issues.push({
        part,
        message: `${describe(raw)} is ignored: there is no ${missing}`,
        severity: 'warning',
      });
    }
  }
  if (issues.some((issue) => issue.severity === 'error')) return {issues};
  const {year = 0, month, day, hour, minute = 0, second} = values;
  let date = formatYear(year);
  if (month !== undefined) date += `-${pad(month)}`;
  if (day !== undefined) date += `-${pad(day)}`;
  if (hour !== undefined)
    date += `T${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}`;
  const check = parsePartialDate(date);
  if (!check.ok) return {issues: [{part: 'year', message: check.reason, severity: 'error'}]};
  return {date, issues};
}

/** `14:30`, `14:30:05`, `2:30 PM`, `2pm` → hour, minute, second; `undefined` when it is not a time. */
export function parseTimeOfDay(text: string): {hour: number; minute: number; second?: number} | undefined {
  // Trimmed first, and one `\s*` only before a required am/pm letter: no backtracking over long runs of spaces.
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\s*([ap])\.?\s?m?\.?)?$/i.exec(text.trim());
  if (!match) return undefined;
  const [, h = '', m, s, half] = match;
  if (m === undefined && !half) return undefined; // a bare number is not a time
  let hour = Number(h);
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  const minute = Number(m ?? 0);
  const second = s === undefined ? undefined : Number(s);
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return undefined;
  return second === undefined ? {hour, minute} : {hour, minute, second};
}
