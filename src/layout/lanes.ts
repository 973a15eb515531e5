/**
 * Splits events into lanes (by category, actor or series). An event with
 * several actors appears once in each of their lanes, so the layout works on
 * "items" (an event in a lane) rather than on events.
 */
import type {ParsedTimeline} from '../data/parse-timeline.js';
import type {LaneMode} from '../types.js';
import {eventColumns} from './event-columns.js';
import {createTimeIndex, type TimeIndex} from './time-index.js';

export interface Lane {
  /** The category, actor or series key; `''` for the catch-all lane. */
  key: string;
  /** Name shown to the reader; `''` for the lane of events without a key. */
  label: string;
}

export interface LaneAssignment {
  lanes: Lane[];
  /** Event index (into `timeline.events`) of each item, items in start order. */
  itemEvent: Uint32Array;
  /** Lane index of each item. */
  itemLane: Uint16Array;
  /** Items by time. */
  index: TimeIndex;
}

/** Lane order: keys declared in the dataset first, then others as met in time, the catch-all last. */
function orderLanes(timeline: ParsedTimeline, mode: LaneMode, seen: Set<string>): Lane[] {
  const declared =
    mode === 'category'
      ? [...timeline.categories.keys()]
      : mode === 'actor'
        ? [...timeline.actors.keys()]
        : [];
  const keys = [
    ...declared.filter((k) => seen.has(k)),
    ...[...seen].filter((k) => k && !declared.includes(k)),
  ];
  if (seen.has('')) keys.push('');
  return keys.map((key) => ({key, label: laneLabel(timeline, mode, key)}));
}

function laneLabel(timeline: ParsedTimeline, mode: LaneMode, key: string): string {
  if (!key) return '';
  if (mode === 'category') return timeline.categories.get(key)?.label ?? key;
  if (mode === 'actor') return timeline.actors.get(key)?.name ?? key;
  return timeline.series.get(key)?.label ?? key.replace(/[-_]+/g, ' ');
}

/** Files every event into its lane(s). Events must be sorted by start (as `parseTimeline` returns them). */
export function assignLanes(timeline: ParsedTimeline, mode: LaneMode): LaneAssignment {
  // Items in two flat lists rather than a pair per item, and categories read from the columns rather
  // than the events: at 100,000 events this runs on the first frame.
  const columns = eventColumns(timeline);
  const seen = new Set<string>();
  const eventOf: number[] = [];
  const keyOf: string[] = [];
  const file = (eventIndex: number, key: string): void => {
    seen.add(key);
    eventOf.push(eventIndex);
    keyOf.push(key);
  };
  for (let i = 0; i < columns.category.length; i++) {
    if (mode === 'category') file(i, columns.categoryKeys[columns.category[i] as number] as string);
    else if (mode === 'none') file(i, '');
    else {
      const event = timeline.events[i]?.event;
      const keys = mode === 'series' ? [event?.series ?? ''] : event?.actors?.length ? event.actors : [''];
      for (const key of keys) file(i, key);
    }
  }
  const lanes = orderLanes(timeline, mode, seen);
  const laneOf = new Map(lanes.map((lane, i) => [lane.key, i]));
  const count = eventOf.length;
  const itemEvent = Uint32Array.from(eventOf);
  const itemLane = new Uint16Array(count);
  const from = new Float64Array(count);
  const to = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const event = itemEvent[i] as number;
    itemLane[i] = laneOf.get(keyOf[i] as string) ?? 0;
    from[i] = columns.from[event] as number;
    to[i] = columns.to[event] as number;
  }
  return {lanes, itemEvent, itemLane, index: createTimeIndex(from, to)};
}
