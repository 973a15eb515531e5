/**
 * What the chart reads of every event, in typed arrays, worked out in one pass per dataset.
 * At 100,000 events a pass over the event objects costs 20–40 ms (each object is a cache miss,
 * whatever is read of it), and the first frame made seven: times for the lanes, the extent and
 * the overview, mark kinds, importance, categories for the colours and the legend. A cluster in
 * a wide view holds tens of thousands of events, and its colour ring, its name and the gesture
 * preview count them by category: by position in a typed array, not by a Map lookup per event.
 */
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {markKind, type MarkKind} from './marks.js';

/** The mark kinds, by their code in {@link EventColumns.kind}. */
export const markKinds: readonly MarkKind[] = ['point', 'band', 'bar'];

export interface EventColumns {
  /** Start of each event in ms. */
  from: Float64Array;
  /** End of each event in ms (exclusive; `Infinity` for an ongoing span). */
  to: Float64Array;
  /** Each event's mark kind (as a position in `markKinds`) when it is wide enough to show its extent. */
  kind: Uint8Array;
  importance: Uint8Array;
  /** Category keys: those the dataset declares, in its order, then the others as met in date order; `''` for none. */
  categoryKeys: string[];
  /** Each event's position in `categoryKeys`. */
  category: Uint32Array;
}

const known = new WeakMap<ParsedTimeline, EventColumns>();

/** The columns of `timeline`, remembered for as long as the timeline lives. */
export function eventColumns(timeline: ParsedTimeline): EventColumns {
  let columns = known.get(timeline);
  if (columns) return columns;
  const count = timeline.events.length;
  columns = {
    from: new Float64Array(count),
    to: new Float64Array(count),
    kind: new Uint8Array(count),
    importance: new Uint8Array(count),
    categoryKeys: [],
    category: new Uint32Array(count),
  };
  const positions = new Map<string, number>();
  for (const key of timeline.categories.keys()) positions.set(key, positions.size);
  timeline.events.forEach((item, i) => {
    const key = item.event.category ?? '';
    let position = positions.get(key);
    if (position === undefined) positions.set(key, (position = positions.size));
    columns.from[i] = item.from;
    columns.to[i] = item.to;
    columns.kind[i] = markKinds.indexOf(markKind(item));
    columns.importance[i] = item.importance;
    columns.category[i] = position;
  });
  columns.categoryKeys = [...positions.keys()];
  known.set(timeline, columns);
  return columns;
}

export interface CategoryCount {
  /** Events per category, by position in `categoryKeys`. */
  counts: Uint32Array;
  /** Positions of the categories that occur, in the order the events first show them. */
  order: number[];
}

/** Counts `events` (indices into the timeline; all of them when not given) by category. */
export function countCategories(columns: EventColumns, events?: ArrayLike<number>): CategoryCount {
  const counts = new Uint32Array(columns.categoryKeys.length);
  const order: number[] = [];
  const {category} = columns;
  const length = events ? events.length : category.length;
  for (let i = 0; i < length; i++) {
    const position = category[events ? (events[i] as number) : i] as number;
    const count = counts[position] as number;
    if (!count) order.push(position);
    counts[position] = count + 1;
  }
  return {counts, order};
}
