/**
 * Events in date order: by start, then end, then input order. Without a comparator: a first
 * parse runs cold, before a comparator would be optimized, and datasets come shuffled (archive
 * exports). Chromium, first sort, 10,000 shuffled events took some 40 ms with `Array#sort` and a
 * comparator. Instead each time becomes a whole number (its day, for dates without a time of day,
 * the usual data; else its rank among the times), a number and a position make one exact number,
 * and the engine's own sort of a typed array, native, orders those: by end and position first,
 * then by start and that order. Node, first sort of the bench's 10,000 events: ~11 ms (a radix
 * sort of the starts took 15–32); 100,000: 50–110 ms on a noisy machine (139).
 */
import type {ParsedEvent} from './parse-event.js';

/** Sorts `events`, given in input order, in place, and returns them. */
export function sortByDate(events: ParsedEvent[]): ParsedEvent[] {
  const count = events.length;
  const from = new Float64Array(count);
  const to = new Float64Array(count);
  let sorted = true;
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    from[i] = event.from;
    to[i] = event.to; // Infinity for ongoing spans, which sorts last
    if (i > 0 && (from[i]! < from[i - 1]! || (from[i] === from[i - 1] && to[i]! < to[i - 1]!)))
      sorted = false;
  }
  // Authored data is often in order already.
  if (sorted) return events;
  const byEnd = sortedBy(wholeNumbers(to));
  const rankByEnd = new Uint32Array(count);
  for (let r = 0; r < count; r++) rankByEnd[byEnd[r]!] = r;
  const order = sortedBy(wholeNumbers(from), rankByEnd);
  const unsorted = events.slice();
  for (let i = 0; i < count; i++) events[i] = unsorted[byEnd[order[i]!]!]!;
  return events;
}

/** Positions a dataset can have (it holds at most 200,000 events), and the room for them in a number. */
const POSITIONS = 2 ** 18;

/**
 * The `then` of each key (its position when not given; below `POSITIONS`) in the order of the
 * keys, then of `then`: each pair is one exact number (keys below 2^34 leave room in 53 bits).
 */
function sortedBy(keys: Float64Array, then?: Uint32Array): Uint32Array {
  const count = keys.length;
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) packed[i] = keys[i]! * POSITIONS + (then ? then[i]! : i);
  packed.sort();
  const result = new Uint32Array(count);
  for (let r = 0; r < count; r++) result[r] = packed[r]! % POSITIONS;
  return result;
}

const DAY = 86_400_000;
/** Days from 11,484 BC to 11,484 AD, and an open end after them, fit in 24 bits. */
const DAYS = 2 ** 22;

/** Times as whole numbers in the same order: days from 11,484 BC when they are all whole days, else ranks. */
function wholeNumbers(times: Float64Array): Float64Array {
  const days = new Float64Array(times.length);
  for (let i = 0; i < times.length; i++) {
    const day = times[i]! / DAY;
    if (day === Infinity) days[i] = 2 * DAYS;
    else if (Math.abs(day) < DAYS && day === Math.floor(day)) days[i] = day + DAYS;
    else return ranks(times);
  }
  return days;
}

/** Each time's rank: how many times are earlier (equal times, -0 and 0 among them, share one). */
function ranks(times: Float64Array): Float64Array {
  const sorted = times.slice().sort();
  const rankOf = new Map<number, number>();
  for (let r = sorted.length - 1; r >= 0; r--) rankOf.set(sorted[r]!, r);
  return times.map((time) => rankOf.get(time)!);
}
