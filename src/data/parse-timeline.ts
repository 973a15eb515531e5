/**
 * A whole dataset (object or bare array, SPEC §2) → checked events in date
 * order, lookup tables and every problem found. Never throws: CMS input is
 * messy, and the valid part of it should still be shown.
 */
import type {TimelineActor, TimelineCategory, TimelineProblem, TimelineSeries} from '../types.js';
import {createIdAllocator, deriveEventId} from './event-id.js';
import {readEvent, type ParsedEvent, type UnnamedEvent} from './parse-event.js';
import {parsePartialDate, type PartialDate} from './partial-date.js';
import {
  describe,
  isRecord,
  ProblemList,
  readColor,
  readText,
  warnUnknownFields,
  type Fields,
} from './read-fields.js';
import {sortByDate} from './sort-by-date.js';
import {nextTask} from './next-task.js';

/** A shaded background period, parsed. */
export interface ParsedEra {
  title: string;
  start: PartialDate;
  end: PartialDate;
}

/** Everything the layout and the element need from a dataset. */
export interface ParsedTimeline {
  title?: string;
  description?: string;
  /** Valid events sorted by start, then end, then input order. */
  events: ParsedEvent[];
  actors: ReadonlyMap<string, TimelineActor>;
  categories: ReadonlyMap<string, TimelineCategory>;
  series: ReadonlyMap<string, TimelineSeries>;
  eras: ParsedEra[];
  /** Every problem, errors and warnings, in the order found. */
  problems: TimelineProblem[];
}

const DATASET_FIELDS = new Set(['title', 'description', 'events', 'actors', 'categories', 'series', 'eras']);

function readLookup<T>(
  input: Fields,
  key: 'actors' | 'categories' | 'series',
  problems: ProblemList,
  read: (fields: Fields, path: string) => T | undefined
): Map<string, T> {
  const table = new Map<string, T>();
  const value = input[key];
  if (value === undefined || value === null) return table;
  if (!isRecord(value)) {
    problems.warn(key, `expected an object keyed by code, got ${describe(value)}`);
    return table;
  }
  for (const code of Object.keys(value)) {
    const path = `${key}.${code}`;
    const entry = value[code];
    if (!isRecord(entry)) {
      problems.warn(path, `expected an object, got ${describe(entry)}`);
      continue;
    }
    const item = read(entry, path);
    if (item !== undefined) table.set(code, item);
  }
  return table;
}

function readActor(fields: Fields, path: string, problems: ProblemList): TimelineActor | undefined {
  warnUnknownFields(fields, new Set(['name', 'color']), path, problems);
  const name = readText(fields, 'name', path, problems);
  if (name === undefined) problems.warn(`${path}.name`, 'is missing; the code is shown instead');
  const color = readColor(fields, 'color', path, problems);
  return {name: name ?? path.slice(path.indexOf('.') + 1), ...(color ? {color} : {})};
}

function readCategory(fields: Fields, path: string, problems: ProblemList): TimelineCategory | undefined {
  warnUnknownFields(fields, new Set(['label', 'color']), path, problems);
  const label = readText(fields, 'label', path, problems);
  if (label === undefined) problems.warn(`${path}.label`, 'is missing; the key is shown instead');
  const color = readColor(fields, 'color', path, problems);
  return {label: label ?? path.slice(path.indexOf('.') + 1), ...(color ? {color} : {})};
}

function readSeries(fields: Fields, path: string, problems: ProblemList): TimelineSeries | undefined {
  warnUnknownFields(fields, new Set(['label']), path, problems);
  const label = readText(fields, 'label', path, problems);
  if (label === undefined) problems.warn(`${path}.label`, 'is missing; the key is shown instead');
  return {label: label ?? path.slice(path.indexOf('.') + 1).replace(/[-_]+/g, ' ')};
}

function readEras(input: Fields, problems: ProblemList): ParsedEra[] {
  const value = input.eras;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.warn('eras', `expected a list of {start, end, title}, got ${describe(value)}`);
    return [];
  }
  const eras: ParsedEra[] = [];
  value.forEach((item: unknown, i) => {
    const path = `eras[${i}]`;
    if (!isRecord(item)) {
      problems.error(path, `expected {start, end, title}, got ${describe(item)}`);
      return;
    }
    warnUnknownFields(item, new Set(['start', 'end', 'title']), path, problems);
    const title = readText(item, 'title', path, problems, true);
    const [start, end] = (['start', 'end'] as const).map((key) => {
      const text = item[key];
      if (typeof text !== 'string') {
        problems.error(
          `${path}.${key}`,
          text === undefined ? 'is required' : `expected a date as text, got ${describe(text)}`
        );
        return undefined;
      }
      const result = parsePartialDate(text);
      if (!result.ok)
        problems.error(`${path}.${key}`, `${describe(text)} is not a valid date: ${result.reason}`);
      return result.ok ? result.date : undefined;
    });
    if (!title || !start || !end) return;
    if (end.end <= start.start) {
      problems.error(`${path}.end`, `${describe(item.end)} is before the start ${describe(item.start)}`);
      return;
    }
    eras.push({title, start, end});
  });
  return eras;
}

/**
 * Gives every event read its id, in place: authored ids checked for
 * duplicates (those events are left out), the others derived (`bases[k]`,
 * when given, is `read[k]`'s derived id before it is made unique). Yields
 * after every `batch` events.
 */
function* assignIds(
  read: UnnamedEvent[],
  rawIds: unknown[],
  bases: (string | undefined)[],
  problems: ProblemList,
  batch: number
): Generator<void, ParsedEvent[], void> {
  const firstUse = new Map<string, number>();
  // Per event: its authored id; `undefined` when one is to be derived, `null` when the event is left out.
  const authored: (string | null | undefined)[] = [];
  for (let k = 0; k < read.length; k++) {
    const rawId = rawIds[k];
    if (rawId === undefined || rawId === null) {
      authored.push(undefined);
      continue;
    }
    const path = `events[${read[k]!.inputIndex}].id`;
    if (typeof rawId !== 'string' && typeof rawId !== 'number') {
      problems.warn(path, `expected text, got ${describe(rawId)}; an id is derived instead`);
      authored.push(undefined);
      continue;
    }
    const id = String(rawId).trim();
    const earlier = firstUse.get(id);
    if (!id) {
      problems.warn(path, 'is empty; an id is derived instead');
      authored.push(undefined);
    } else if (earlier !== undefined) {
      problems.error(path, `duplicate id ${describe(id)}, already used by events[${earlier}]`);
      authored.push(null);
    } else {
      firstUse.set(id, read[k]!.inputIndex);
      authored.push(id);
    }
  }
  let allocate: ((base: string) => string) | undefined; // made when first needed: often every id is authored
  // Events are completed and kept in place, not copied: at 100,000 events copying was most of the parse time.
  let kept = 0;
  let work = 0;
  for (let k = 0; k < read.length; k++) {
    let id = authored[k];
    if (id === null) continue;
    const item = read[k]!;
    if (id === undefined) {
      allocate ??= createIdAllocator(new Set(firstUse.keys()));
      id = allocate(bases[k] ?? deriveEventId(item.event.date, item.event.title));
    }
    item.id = id;
    item.event.id = id; // the event's last key
    read[kept++] = item;
    if (++work === batch) {
      work = 0;
      yield;
    }
  }
  read.length = kept;
  return read as ParsedEvent[];
}

/** Numbers series members in date order; an authored `seriesNumber` wins and later members count on from it. */
function numberSeries(events: ParsedEvent[]): void {
  const last = new Map<string, number>();
  for (const item of events) {
    const series = item.event.series;
    if (series === undefined) continue;
    // An unnumbered member follows the one before it: after the 21st comes the 22nd.
    const number = item.event.seriesNumber ?? (last.get(series) ?? 0) + 1;
    last.set(series, number);
    item.seriesNumber = number;
  }
}

/** A timeline with no events (and nothing else) carrying `problems`. */
export function emptyTimeline(problems: TimelineProblem[]): ParsedTimeline {
  return {events: [], actors: new Map(), categories: new Map(), series: new Map(), eras: [], problems};
}

/**
 * The reading of a dataset as a generator that yields after every `batch`
 * events, so that the same code runs in one go (`parseTimeline`, with no
 * batch limit) or in chunks that let the page breathe (`parseTimelineInChunks`).
 */
function* readTimeline(input: unknown, batch: number): Generator<void, ParsedTimeline, void> {
  const problems = new ProblemList();
  const empty = emptyTimeline(problems.items);
  const dataset: Fields | undefined = Array.isArray(input)
    ? {events: input}
    : isRecord(input)
      ? input
      : undefined;
  if (!dataset) {
    problems.error('', `expected a dataset object or an array of events, got ${describe(input)}`);
    return empty;
  }
  warnUnknownFields(dataset, DATASET_FIELDS, '', problems);
  const title = readText(dataset, 'title', '', problems);
  const description = readText(dataset, 'description', '', problems);
  const actors = readLookup(dataset, 'actors', problems, (f, p) => readActor(f, p, problems));
  const categories = readLookup(dataset, 'categories', problems, (f, p) => readCategory(f, p, problems));
  const series = readLookup(dataset, 'series', problems, (f, p) => readSeries(f, p, problems));
  const eras = readEras(dataset, problems);

  const list = dataset.events;
  if (!Array.isArray(list)) {
    problems.error(
      'events',
      list === undefined
        ? 'is required: a list of events'
        : `expected a list of events, got ${describe(list)}`
    );
    return {
      ...empty,
      ...(title ? {title} : {}),
      ...(description ? {description} : {}),
      actors,
      categories,
      series,
      eras,
    };
  }
  const read: UnnamedEvent[] = []; // the valid events, in input order, still without ids
  const rawIds: unknown[] = []; // their authored ids, checked once every event is read
  const bases: (string | undefined)[] = []; // ids derived for those without one, while they are fresh in memory
  let inSeries = false; // does any event belong to a series?
  let work = 0;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (item === undefined && !(i in list)) continue; // a hole in a sparse array, skipped as forEach would
    const event = readEvent(item, `events[${i}]`, i, problems);
    if (event) {
      const rawId = (item as Fields).id; // the input of an event read is a record
      read.push(event);
      rawIds.push(rawId);
      bases.push(
        rawId === undefined || rawId === null ? deriveEventId(event.event.date, event.event.title) : undefined
      );
      if (event.event.series !== undefined) inSeries = true;
    }
    if (++work === batch) {
      work = 0;
      yield;
    }
  }
  const events = sortByDate(yield* assignIds(read, rawIds, bases, problems, batch));
  if (inSeries) numberSeries(events);

  return {
    ...(title ? {title} : {}),
    ...(description ? {description} : {}),
    events,
    actors,
    categories,
    series,
    eras,
    problems: problems.items,
  };
}

/**
 * Reads a dataset: `{title, description, events, actors, categories, series, eras}`
 * or a bare array of events. Invalid events are left out and reported.
 */
export function parseTimeline(input: unknown): ParsedTimeline {
  const steps = readTimeline(input, Infinity); // never pauses: one step reads it all
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface ChunkOptions {
  /** Milliseconds of work between pauses (default 8: half a frame). */
  budgetMs?: number;
  /** Stops early (the result is then `undefined`), e.g. when newer data arrived. */
  signal?: AbortSignal;
  /** How to give the page its turn (default: a macrotask). */
  pause?: () => Promise<void>;
}

/**
 * `parseTimeline` in chunks of about `budgetMs` of work, pausing between them
 * so that a huge dataset (10 MB, tens of thousands of events) never blocks the
 * page for more than a frame at a time. Same result as `parseTimeline`;
 * `undefined` when `signal` aborts it.
 */
export async function parseTimelineInChunks(
  input: unknown,
  {budgetMs = 8, signal, pause = nextTask}: ChunkOptions = {}
): Promise<ParsedTimeline | undefined> {
  // Reading the clock costs more than an event (in Chromium, some 7 µs): it is read every 256
  // events, about a millisecond of reading, so a chunk overruns its budget by a millisecond at most.
  const steps = readTimeline(input, 256);
  let deadline = performance.now() + budgetMs;
  for (;;) {
    if (signal?.aborted) return undefined;
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await pause();
      deadline = performance.now() + budgetMs;
    }
  }
}

/** Problems of one severity. */
export function problemsOf(
  timeline: ParsedTimeline,
  severity: TimelineProblem['severity']
): TimelineProblem[] {
  return timeline.problems.filter((p) => p.severity === severity);
}
