/**
 * Splits events into lanes (by category, actor or series). An event with
 * several actors appears once in each of their lanes, so the layout works on
 * "items" (an event in a lane) rather than on events.
 */
import type {ParsedTimeline} from '../data/parse-timeline.js';
import type {LaneMode} from '../types.js';
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

/** The key(s) an event is filed under in `mode`. */
function keysOf(timeline: ParsedTimeline, eventIndex: number, mode: LaneMode): readonly string[] {
  const event = timeline.events[eventIndex]?.event;
  if (!event || mode === 'none') return [''];
  if (mode === 'actor') return event.actors?.length ? event.actors : [''];
  const key = mode === 'category' ? event.category : event.series;
  return [key ?? ''];
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
  const seen = new Set<string>();
  const pairs: [number, string][] = [];
  timeline.events.forEach((_, i) => {
    for (const key of keysOf(timeline, i, mode)) {
      seen.add(key);
      pairs.push([i, key]);
    }
  });
  const lanes = orderLanes(timeline, mode, seen);
  const laneOf = new Map(lanes.map((lane, i) => [lane.key, i]));
  const itemEvent = new Uint32Array(pairs.length);
  const itemLane = new Uint16Array(pairs.length);
  const from = new Float64Array(pairs.length);
  const to = new Float64Array(pairs.length);
  pairs.forEach(([eventIndex, key], i) => {
    const event = timeline.events[eventIndex];
    itemEvent[i] = eventIndex;
    itemLane[i] = laneOf.get(key) ?? 0;
    from[i] = event?.from ?? 0;
    to[i] = event?.to ?? 0;
  });
  return {lanes, itemEvent, itemLane, index: createTimeIndex(from, to)};
}
