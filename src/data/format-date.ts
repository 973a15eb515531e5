/**
 * Dates as a reader should see them: at the precision they were written
 * ("August 1971", never "1 August 1971"), in the reader's language, and
 * never moved by the reader's time zone (everything is formatted in UTC).
 */
import type {PartialDate} from './partial-date.js';
import {utcTime} from './partial-date.js';

/** Words the formatter needs that `Intl` does not provide. */
export interface DateWords {
  /** e.g. `c. {date}` for approximate dates. */
  approximate: string;
  /** e.g. `{date}?` for uncertain dates. */
  uncertain: string;
  /** e.g. `{year}s` for decades and centuries. */
  decade: string;
  /** Spring, summer, autumn, winter. */
  seasons: readonly [string, string, string, string];
}

export const englishDateWords: DateWords = {
  approximate: 'c. {date}',
  uncertain: '{date}?',
  decade: '{year}s',
  seasons: ['Spring', 'Summer', 'Autumn', 'Winter'],
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` in UTC; falls back to the default locale for an invalid tag. */
export function dateFormatter(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
  // Asked for on every zoom frame (ticks, names): a plain concatenation is cheaper than JSON.stringify.
  let key = locale ?? '';
  for (const name in options) key += `|${name}=${String(options[name as keyof Intl.DateTimeFormatOptions])}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const all = {...options, timeZone: 'UTC'};
    try {
      formatter = new Intl.DateTimeFormat(locale, all);
    } catch {
      formatter = new Intl.DateTimeFormat(undefined, all);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The Intl options that show exactly the written precision. */
export function precisionOptions(date: PartialDate): Intl.DateTimeFormatOptions {
  // Years before 1000 get an era, so that "71" reads as a year and "44 BC" as BC.
  const era = date.year < 1000 ? ({era: 'short'} as const) : {};
  switch (date.precision) {
    case 'month':
      return {year: 'numeric', month: 'long', ...era};
    case 'day':
      return {year: 'numeric', month: 'long', day: 'numeric', ...era};
    case 'minute':
    case 'second':
      return {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        ...(date.precision === 'second' ? {second: '2-digit'} : {}),
        ...era,
      };
    default:
      return {year: 'numeric', ...era};
  }
}

/** The date's own wall-clock moment (the written time, not shifted by its offset). */
function writtenMoment(date: PartialDate): Date {
  return new Date(
    utcTime(
      date.year,
      (date.month ?? 1) - 1,
      date.day ?? 1,
      date.hour ?? 0,
      date.minute ?? 0,
      date.second ?? 0
    )
  );
}

function fill(template: string, key: string, value: string): string {
  return template.replace(`{${key}}`, value);
}

function qualify(text: string, date: PartialDate, words: DateWords): string {
  let out = text;
  if (date.approximate) out = fill(words.approximate, 'date', out);
  if (date.uncertain) out = fill(words.uncertain, 'date', out);
  return out;
}

function formatBare(date: PartialDate, locale: string | undefined, words: DateWords): string {
  if (date.precision === 'decade' || date.precision === 'century') {
    const year = dateFormatter(locale, {year: 'numeric'});
    return fill(words.decade, 'year', year.format(writtenMoment(date)));
  }
  if (date.precision === 'season') {
    const season = words.seasons[(date.season ?? 21) - 21] ?? '';
    const year = dateFormatter(locale, precisionOptions({...date, precision: 'year'}));
    return `${season} ${year.format(writtenMoment(date))}`;
  }
  return dateFormatter(locale, precisionOptions(date)).format(writtenMoment(date));
}

/** The last text of each date, with the language and words it was written in. */
const formatted = new WeakMap<PartialDate, {locale: string | undefined; words: DateWords; text: string}>();

/** "9 August 1971", "August 1971", "1971", "c. 1990", "16 June 2009?" (order and words by locale). */
export function formatPartialDate(
  date: PartialDate,
  locale?: string,
  words: DateWords = englishDateWords
): string {
  // Remembered per date: cluster names and labels ask for the same dates on every zoom frame.
  const last = formatted.get(date);
  if (last && last.locale === locale && last.words === words) return last.text;
  const text = qualify(formatBare(date, locale, words), date, words);
  formatted.set(date, {locale, words, text});
  return text;
}

/** A span at the precision of its ends: "3–11 April 1984", "1947 – 1991". */
export function formatDateRange(
  start: PartialDate,
  end: PartialDate,
  locale?: string,
  words: DateWords = englishDateWords
): string {
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  const simple = ['year', 'month', 'day'].includes(start.precision);
  if (plain && simple && start.precision === end.precision) {
    const formatter = dateFormatter(locale, precisionOptions(start.year < end.year ? start : end));
    return formatter.formatRange(writtenMoment(start), writtenMoment(end));
  }
  return `${formatPartialDate(start, locale, words)} – ${formatPartialDate(end, locale, words)}`;
}
