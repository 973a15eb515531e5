/**
 * One authored event → a checked event with parsed dates, or problems.
 * Required fields (date, title) and a valid `end` decide whether the event is
 * kept; a bad optional field is reported and left out, the event kept.
 */
import type {TimelineEvent, TimelineImage, TimelineSource} from '../types.js';
import {parseCommonDate, parsePartialDate, type PartialDate} from './partial-date.js';
import {safeUrl} from './safe-url.js';
import {
  describe,
  isRecord,
  readText,
  readTextList,
  trimText,
  warnUnknownFields,
  type Fields,
  type ProblemList,
} from './read-fields.js';

/** An event that passed validation, with everything derived from it. */
export interface ParsedEvent {
  /** Unique id (authored or derived). */
  id: string;
  /** The event as authored, cleaned: known fields only, bad optional fields left out, `id` filled in. */
  event: TimelineEvent & {id: string};
  start: PartialDate;
  /** The `end` date of a span. */
  end?: PartialDate;
  /** First millisecond covered (UTC). */
  from: number;
  /** First millisecond after the event (exclusive); `Infinity` while it is ongoing. */
  to: number;
  /** A span with an open end (`end: ".."`): still going on. */
  ongoing?: boolean;
  importance: 1 | 2 | 3;
  /** Position in the input `events` array, for messages and stable order. */
  inputIndex: number;
  /** Number within its series (1-based), set once the whole dataset is read. */
  seriesNumber?: number;
}

/** A checked event before the dataset gives it an id. */
export type EventDraft = Omit<ParsedEvent, 'id' | 'event'> & {event: TimelineEvent};

/**
 * Is `key` one of the fields of an event? A switch, as this runs for every key
 * of every event, where a `Set` look-up cost several times more.
 */
function isKnownField(key: string): boolean {
  switch (key) {
    case 'date':
    case 'end':
    case 'title':
    case 'summary':
    case 'id':
    case 'category':
    case 'actors':
    case 'location':
    case 'series':
    case 'seriesNumber':
    case 'importance':
    case 'sources':
    case 'image':
    case 'tags':
      return true;
    default:
      return false;
  }
}

/** Common names from other tools, pointed at ours. */
const HINTS: Record<string, string> = {
  start: 'date',
  start_date: 'date',
  startDate: 'date',
  end_date: 'end',
  endDate: 'end',
  headline: 'title',
  name: 'title',
  description: 'summary',
  text: 'summary',
  group: 'category',
};

/** An integer year (from a spreadsheet or a number in JSON) as EDTF text: 44 → `0044`, -44 → `-0044`. */
function dateText(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value)) {
    const digits = String(Math.abs(value)).padStart(4, '0');
    return value < 0 ? `-${digits}` : digits;
  }
  return typeof value === 'string' ? trimText(value) : String(value).trim();
}

function readDate(
  value: unknown,
  key: 'date' | 'end',
  path: string,
  problems: ProblemList
): PartialDate | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? dateText(value) : value;
  if (typeof text !== 'string') {
    problems.error(
      `${path}.${key}`,
      text === undefined ? 'is required' : `expected a date as text, got ${describe(text)}`
    );
    return undefined;
  }
  const common = parseCommonDate(text); // most dates, without the wrapper of `parsePartialDate`'s result
  if (common) return common;
  const result = parsePartialDate(text);
  if (!result.ok) {
    problems.error(`${path}.${key}`, `${describe(text)} is not a valid date: ${result.reason}`);
    return undefined;
  }
  return result.date;
}

const SOURCE_FIELDS = new Set(['title', 'url']);
const IMAGE_FIELDS = new Set(['url', 'alt', 'credit']);

function readSources(fields: Fields, path: string, problems: ProblemList): TimelineSource[] {
  const value = fields.sources;
  if (value === undefined || value === null) return [];
  const at = `${path}.sources`;
  if (!Array.isArray(value)) {
    problems.warn(at, `expected a list of {title, url}, got ${describe(value)}`);
    return [];
  }
  const sources: TimelineSource[] = [];
  for (let i = 0; i < value.length; i++) {
    let item: unknown = value[i];
    if (item === undefined && !(i in value)) continue; // a hole in a sparse array, skipped as forEach would
    const itemPath = `${at}[${i}]`;
    if (typeof item === 'string') item = {title: item};
    if (!isRecord(item)) {
      problems.warn(itemPath, `expected {title, url}, got ${describe(item)}`);
      continue;
    }
    warnUnknownFields(item, SOURCE_FIELDS, itemPath, problems);
    const rawUrl = readText(item, 'url', itemPath, problems);
    const url = rawUrl === undefined ? undefined : safeUrl(rawUrl, 'web-or-mail');
    if (rawUrl !== undefined && url === undefined) {
      problems.warn(
        `${itemPath}.url`,
        `${describe(rawUrl)} is not an http, https or mailto link; the link is left out`
      );
    }
    const title = readText(item, 'title', itemPath, problems) ?? url;
    if (title === undefined) {
      problems.warn(itemPath, 'a source needs a title or a url');
      continue;
    }
    sources.push(url === undefined ? {title} : {title, url});
  }
  return sources;
}

function readImage(fields: Fields, path: string, problems: ProblemList): TimelineImage | undefined {
  const value = fields.image;
  if (value === undefined || value === null) return undefined;
  const at = `${path}.image`;
  if (!isRecord(value)) {
    problems.warn(at, `expected {url, alt, credit}, got ${describe(value)}`);
    return undefined;
  }
  warnUnknownFields(value, IMAGE_FIELDS, at, problems);
  const rawUrl = readText(value, 'url', at, problems);
  const url = rawUrl === undefined ? undefined : safeUrl(rawUrl, 'web');
  if (url === undefined) {
    problems.warn(
      `${at}.url`,
      rawUrl === undefined
        ? 'is required; the image is left out'
        : `${describe(rawUrl)} is not an http or https address; the image is left out`
    );
    return undefined;
  }
  const alt = readText(value, 'alt', at, problems);
  if (alt === undefined)
    problems.warn(`${at}.alt`, 'is missing: describe the picture for readers who cannot see it');
  const credit = readText(value, 'credit', at, problems);
  return {url, alt: alt ?? '', ...(credit === undefined ? {} : {credit})};
}

function readImportance(fields: Fields, path: string, problems: ProblemList): 1 | 2 | 3 | undefined {
  const value = fields.importance;
  if (value === undefined || value === null) return undefined;
  if (value === 1 || value === 2 || value === 3) return value;
  problems.warn(`${path}.importance`, `expected 1, 2 or 3, got ${describe(value)}`);
  return undefined;
}

function readSeriesNumber(fields: Fields, path: string, problems: ProblemList): number | undefined {
  const value = fields.seriesNumber;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  problems.warn(`${path}.seriesNumber`, `expected a whole number from 1, got ${describe(value)}`);
  return undefined;
}

/**
 * Reads `input` (the event at `path`, e.g. `events[3]`). Returns the checked
 * event without an id (the caller allocates ids across the dataset), or
 * `undefined` when a required field is wrong.
 */
export function parseEvent(
  input: unknown,
  path: string,
  inputIndex: number,
  problems: ProblemList
): EventDraft | undefined {
  const read = readEvent(input, path, inputIndex, problems);
  if (!read) return undefined;
  const {event, start, end, ongoing, from, to, importance} = read;
  if (end) return {event, start, end, from, to, importance, inputIndex};
  if (ongoing) return {event, start, ongoing, from, to, importance, inputIndex};
  return {event, start, from, to, importance, inputIndex};
}

/** A checked event in the shape it keeps, `id` still empty (and the event without one). */
export type UnnamedEvent = EventDraft & {id: string};

/**
 * `parseEvent` for a whole dataset: the event already in its final shape, so
 * that reading 100,000 events does not build and copy 100,000 drafts. The
 * caller fills in `id`, and the event's `id`, once it has read every event.
 */
export function readEvent(
  input: unknown,
  path: string,
  inputIndex: number,
  problems: ProblemList
): UnnamedEvent | undefined {
  if (!isRecord(input)) {
    problems.error(path, `expected an event object, got ${describe(input)}`);
    return undefined;
  }
  warnUnknownEventFields(input, path, problems);

  const date = input.date;
  const start = readDate(date, 'date', path, problems);
  const endValue = input.end;
  const endText = typeof endValue === 'string' ? trimText(endValue) : undefined;
  // A blank end (an empty spreadsheet cell) means no end, like any blank optional field.
  const hasEnd = !(endValue === undefined || endValue === null || endText === '');
  // EDTF's open end: `..` is a span still going on (drawn to the edge of the chart).
  const ongoing = endText === '..';
  const end = hasEnd && !ongoing ? readDate(endValue, 'end', path, problems) : undefined;
  const title = readText(input, 'title', path, problems, true);
  if (start && end && end.end <= start.start) {
    problems.error(`${path}.end`, `${describe(endValue)} is before the date ${describe(date)}`);
    return undefined;
  }
  if (!start || !title || (hasEnd && !ongoing && !end)) return undefined;

  const event: TimelineEvent = {date: dateText(date), title};
  if (end) event.end = dateText(endValue);
  if (ongoing) event.end = '..';
  const summary = readText(input, 'summary', path, problems);
  if (summary !== undefined) event.summary = summary;
  const category = readText(input, 'category', path, problems);
  if (category !== undefined) event.category = category;
  const actors = readTextList(input, 'actors', path, problems);
  if (actors.length) event.actors = actors;
  const location = readText(input, 'location', path, problems);
  if (location !== undefined) event.location = location;
  const series = readText(input, 'series', path, problems);
  if (series !== undefined) event.series = series;
  const seriesNumber = readSeriesNumber(input, path, problems);
  if (seriesNumber !== undefined) event.seriesNumber = seriesNumber;
  const importance = readImportance(input, path, problems);
  if (importance !== undefined) event.importance = importance;
  const sources = readSources(input, path, problems);
  if (sources.length) event.sources = sources;
  const image = readImage(input, path, problems);
  if (image) event.image = image;
  const tags = readTextList(input, 'tags', path, problems);
  if (tags.length) event.tags = tags;

  // One literal per kind of event, each with every key it will have, in the order of a parsed event.
  const from = start.start;
  const rank = importance ?? 1;
  if (end) return {id: '', event, start, from, to: end.end, importance: rank, inputIndex, end};
  if (ongoing) return {id: '', event, start, from, to: Infinity, importance: rank, inputIndex, ongoing};
  return {id: '', event, start, from, to: start.end, importance: rank, inputIndex};
}

/** Warns about each field of an event that is not ours, pointing at ours when it has a common other name. */
function warnUnknownEventFields(input: Fields, path: string, problems: ProblemList): void {
  // `for…in` with an own-key check lists the keys of `Object.keys`, in the same order, without building an array.
  for (const key in input) {
    if (isKnownField(key) || !Object.hasOwn(input, key)) continue; // (none of the hints is a known field)
    const hint = Object.hasOwn(HINTS, key) ? HINTS[key] : undefined;
    if (hint && input[hint] === undefined) {
      problems.warn(
        `${path}.${key}`,
        `unknown field ${JSON.stringify(key)}: did you mean ${JSON.stringify(hint)}?`
      );
    } else {
      problems.warn(`${path}.${key}`, `unknown field ${JSON.stringify(key)} is ignored`);
    }
  }
}

/** The middle of an event's time, for centring it; an ongoing span's start. */
export function eventMiddle(event: Pick<ParsedEvent, 'from' | 'to'>): number {
  return Number.isFinite(event.to) ? (event.from + event.to) / 2 : event.from;
}
