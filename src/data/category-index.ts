/**
 * Each event's category as a small number, worked out once per dataset. A cluster in a wide view
 * of a large dataset holds tens of thousands of events, and its colour ring, its name and the
 * gesture preview each count them by category: with a Map lookup per event, that took longer than
 * a frame.
 */
import type {ParsedTimeline} from './parse-timeline.js';

export interface CategoryIndex {
  /** Category keys: those the dataset declares, in its order, then the others as met in date order; `''` for none. */
  keys: string[];
  /** Each event's position in `keys`. */
  ofEvent: Uint32Array;
}

const indexes = new WeakMap<ParsedTimeline, CategoryIndex>();

/** The category index of `timeline`, remembered for as long as the timeline lives. */
export function categoryIndex(timeline: ParsedTimeline): CategoryIndex {
  let index = indexes.get(timeline);
  if (index) return index;
  const positions = new Map<string, number>();
  for (const key of timeline.categories.keys()) positions.set(key, positions.size);
  const ofEvent = new Uint32Array(timeline.events.length);
  timeline.events.forEach(({event}, i) => {
    const key = event.category ?? '';
    let position = positions.get(key);
    if (position === undefined) positions.set(key, (position = positions.size));
    ofEvent[i] = position;
  });
  index = {keys: [...positions.keys()], ofEvent};
  indexes.set(timeline, index);
  return index;
}

export interface CategoryCount {
  /** Events per category, by position in the index's `keys`. */
  counts: Uint32Array;
  /** Positions of the categories that occur, in the order the events first show them. */
  order: number[];
}

/** Counts `events` (indices into the timeline; all of them when not given) by category. */
export function countCategories(index: CategoryIndex, events?: ArrayLike<number>): CategoryCount {
  const counts = new Uint32Array(index.keys.length);
  const order: number[] = [];
  const {ofEvent} = index;
  const length = events ? events.length : ofEvent.length;
  for (let i = 0; i < length; i++) {
    const position = ofEvent[events ? (events[i] as number) : i] as number;
    const count = counts[position] as number;
    if (!count) order.push(position);
    counts[position] = count + 1;
  }
  return {counts, order};
}
