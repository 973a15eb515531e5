/**
 * EDTF level 0–1 dates that keep the precision they were written with.
 *
 * A date is a calendar interval, not an instant: `1971-08` is all of August
 * 1971. Times are kept as UTC milliseconds of the proleptic Gregorian
 * calendar, built with `setUTCFullYear` because `Date.UTC(99, 0)` means 1999.
 */
import {describe} from './read-fields.js';

/** How finely a date was written. Coarsest first. */
export type DatePrecision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day' | 'minute' | 'second';

export interface PartialDate {
  /** Astronomical year: 0 is 1 BC, -43 is 44 BC. */
  year: number;
  /** 1–12; for seasons, the first month of the season. */
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** EDTF season code 21–24 (spring, summer, autumn, winter). */
  season?: number;
  /** Offset from UTC in minutes when the text gave one (`Z` is 0). */
  offset?: number;
  precision: DatePrecision;
  /** Written with `~` or `%`. */
  approximate: boolean;
  /** Written with `?` or `%`. */
  uncertain: boolean;
  /** First millisecond covered (UTC). */
  start: number;
  /** First millisecond after the covered interval (exclusive). */
  end: number;
}

/** The outcome of parsing: a date, or a reason it is not one. */
export type DateResult = {ok: true; date: PartialDate} | {ok: false; reason: string};

const MAX_YEAR = 270000; // JavaScript Date reaches ±275,760 years.
const SEASON_MONTH: Record<number, number> = {21: 3, 22: 6, 23: 9, 24: 12};

const PATTERN =
  /^(?:Y(-?\d{5,6})|(-?)(\d{2}(?:XX|\d{2}|\dX)))(?:-(\d{2}|XX)(?:-(\d{2}|XX)(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([?~%])?$/;

/** Milliseconds at the start of a UTC calendar moment; valid for every year, including 0–99 and negatives. */
export function utcTime(year: number, monthIndex = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  // Date.UTC is exact (and fast) from year 100 on; below, it would read 99 as 1999.
  if (year >= 100) return Date.UTC(year, monthIndex, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses one EDTF level 0–1 date (no intervals: see `parseDateRange`).
 * Accepts `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]`,
 * negative years, `Y`-prefixed long years, unspecified digits (`19XX`, `198X`,
 * `1985-XX`, `1985-XX-XX`), seasons (`2001-21`) and the qualifiers `?`, `~` and `%`.
 */
export function parsePartialDate(text: string): DateResult {
  if (typeof text !== 'string') return {ok: false, reason: `expected a date as text, got ${describe(text)}`};
  const common = parseCommonDate(text);
  return common ? {ok: true, date: common} : parsePartialDateByPattern(text);
}

/** The two digits at `i` as a number, or -1 when they are not two ASCII digits. */
function twoDigits(text: string, i: number): number {
  const tens = text.charCodeAt(i) - 48;
  const ones = text.charCodeAt(i + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

const DAY = 86_400_000;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Days from 1970-01-01 to the first of `month` (1–12) in `year`, in the
 * proleptic Gregorian calendar, as `utcTime` counts them: plain arithmetic,
 * where `Date.UTC` is a call into the engine that cost a tenth of reading an event.
 */
export function daysToMonth(year: number, month: number): number {
  const leapYearsBefore =
    Math.floor((year + 3) / 4) - Math.floor((year + 99) / 100) + Math.floor((year + 399) / 400); // from year 0
  const leapDay = month > 2 && daysInMonth(year, 2) === 29 ? 1 : 0;
  return 365 * year + leapYearsBefore + DAYS_BEFORE_MONTH[month - 1]! + leapDay - 719_528; // 0000-01-01 → 1970-01-01
}

/**
 * A valid plain `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (nearly every authored date),
 * read from its character codes: the full pattern and its ten groups cost
 * more than the rest of reading an event. Anything else, including every
 * invalid date, is `undefined` and left to `parsePartialDateByPattern`, which
 * gives an equal result for these (the tests compare the two).
 */
export function parseCommonDate(text: string): PartialDate | undefined {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const century = twoDigits(text, 0);
  const rest = twoDigits(text, 2);
  if (century < 0 || rest < 0) return undefined;
  const year = century * 100 + rest;
  if (length === 4) {
    const start = daysToMonth(year, 1) * DAY;
    const end = daysToMonth(year + 1, 1) * DAY;
    return {year, precision: 'year', approximate: false, uncertain: false, start, end};
  }
  const month = text.charCodeAt(4) === 45 /* - */ ? twoDigits(text, 5) : -1;
  if (month < 1 || month > 12) return undefined; // seasons and wrong months too
  const monthStart = daysToMonth(year, month) * DAY;
  if (length === 7) {
    const end = month === 12 ? daysToMonth(year + 1, 1) * DAY : daysToMonth(year, month + 1) * DAY;
    return {year, precision: 'month', approximate: false, uncertain: false, start: monthStart, end, month};
  }
  const day = text.charCodeAt(7) === 45 /* - */ ? twoDigits(text, 8) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const start = monthStart + (day - 1) * DAY;
  return {year, precision: 'day', approximate: false, uncertain: false, start, end: start + DAY, month, day};
}

/**
 * `parsePartialDate` for every form, with the full pattern: the general
 * reader behind the fast path for common dates (exported for the tests that
 * compare the two).
 */
export function parsePartialDateByPattern(text: string): DateResult {
  const match = PATTERN.exec(text.trim());
  if (!match) return {ok: false, reason: 'expected YYYY, YYYY-MM or YYYY-MM-DD'};
  const [, longYear, minus, yearText = '', monthText, dayText, hh, mm, ss, zone, qualifier] = match;

  let precision: DatePrecision = 'year';
  let year: number;
  let span = 1; // years covered when digits are unspecified
  if (longYear !== undefined) {
    year = Number(longYear);
  } else if (yearText.endsWith('XX')) {
    precision = 'century';
    span = 100;
    year = Number(yearText.slice(0, 2)) * 100;
  } else if (yearText.endsWith('X')) {
    precision = 'decade';
    span = 10;
    year = Number(yearText.slice(0, 3)) * 10;
  } else {
    year = Number(yearText);
  }
  if (minus) year = -year;
  if (Object.is(year, -0)) year = 0;
  if (Math.abs(year) > MAX_YEAR) return {ok: false, reason: `year ${year} is out of range`};
  if (span > 1 && monthText !== undefined) {
    return {ok: false, reason: 'a month cannot follow an unspecified year'};
  }

  const result: PartialDate = {
    year,
    precision,
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
    start: 0,
    end: 0,
  };

  if (monthText === undefined || monthText === 'XX') {
    if (dayText !== undefined && dayText !== 'XX') return {ok: false, reason: 'a day needs a month'};
    const first = minus && span > 1 ? year - span + 1 : year; // -01XX covers -199…-100
    result.year = first;
    result.start = utcTime(first);
    result.end = utcTime(first + span);
    return {ok: true, date: result};
  }

  const monthNumber = Number(monthText);
  if (monthNumber >= 21 && monthNumber <= 24) {
    if (dayText !== undefined) return {ok: false, reason: 'a day cannot follow a season'};
    const first = SEASON_MONTH[monthNumber] ?? 3;
    Object.assign(result, {precision: 'season', season: monthNumber, month: first});
    result.start = utcTime(year, first - 1);
    result.end = utcTime(year, first + 2);
    return {ok: true, date: result};
  }
  if (monthNumber < 1 || monthNumber > 12) {
    return {ok: false, reason: `there is no month ${monthText}`};
  }
  result.month = monthNumber;
  if (dayText === undefined || dayText === 'XX') {
    result.precision = 'month';
    result.start = utcTime(year, monthNumber - 1);
    result.end = utcTime(year, monthNumber);
    return {ok: true, date: result};
  }

  const day = Number(dayText);
  const lastDay = daysInMonth(year, monthNumber);
  if (day < 1 || day > lastDay) {
    return {ok: false, reason: `there is no day ${dayText} in that month (it has ${lastDay} days)`};
  }
  result.day = day;
  if (hh === undefined) {
    result.precision = 'day';
    result.start = utcTime(year, monthNumber - 1, day);
    result.end = utcTime(year, monthNumber - 1, day + 1);
    return {ok: true, date: result};
  }

  const hour = Number(hh);
  const minute = Number(mm);
  const second = ss === undefined ? undefined : Number(ss);
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) {
    return {ok: false, reason: `there is no time ${hh}:${mm}${ss === undefined ? '' : `:${ss}`}`};
  }
  const offset = parseOffset(zone);
  if (offset === null) return {ok: false, reason: `${zone} is not a time zone offset`};
  Object.assign(result, {hour, minute, precision: second === undefined ? 'minute' : 'second'});
  if (second !== undefined) result.second = second;
  if (offset !== undefined) result.offset = offset;
  const local = utcTime(year, monthNumber - 1, day, hour, minute, second ?? 0);
  result.start = local - (offset ?? 0) * 60_000;
  result.end = result.start + (second === undefined ? 60_000 : 1000);
  return {ok: true, date: result};
}

function parseOffset(zone: string | undefined): number | undefined | null {
  if (zone === undefined) return undefined;
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  if (digits.length !== 2 && digits.length !== 4) return null;
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length === 4 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}
