/**
 * Events in date order: by start, then end, then input order. The starts are ordered without a
 * comparator, as a first parse runs cold, before a comparator would be optimized, and datasets
 * come shuffled (archive exports): Chromium, first sort, 10,000 shuffled events took some 40 ms
 * with `Array#sort` and a comparator, 100,000 some 80 ms with a merge sort. Whole days (the usual
 * data) go to the engine's own sort of a typed array; other times to a stable radix sort by the
 * bits of the starts, a byte a pass, skipping the passes in which every start has the same byte.
 * Then the few events that start together go by their ends.
 */
import type {ParsedEvent} from './parse-event.js';

/** Which 32-bit word of a float64 holds its sign and exponent (1 on little-endian machines, all of today's). */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The times as pairs of 32-bit words that compare, as unsigned integers, in the order of the numbers. */
function sortableWords(times: Float64Array): Uint32Array {
  const words = new Uint32Array(times.buffer);
  for (let w = 0; w < words.length; w += 2) {
    const high = words[w + HIGH]!;
    if (high >>> 31) {
      // Negative: all bits flipped, so that larger magnitudes come first.
      words[w + HIGH] = ~high;
      words[w + 1 - HIGH] = ~words[w + 1 - HIGH]!;
    } else words[w + HIGH] = high | 0x80000000;
  }
  return words;
}

/** Sorts `events`, given in input order, in place, and returns them. */
export function sortByDate(events: ParsedEvent[]): ParsedEvent[] {
  const count = events.length;
  const from = new Float64Array(count);
  const to = new Float64Array(count);
  let sorted = true;
  for (let i = 0; i < count; i++) {
    const event = events[i]!;
    from[i] = event.from + 0; // + 0 turns -0 into 0, which the bits would put first
    to[i] = event.to; // Infinity for ongoing spans, which compares as it should
    if (i > 0 && (from[i]! < from[i - 1]! || (from[i] === from[i - 1] && to[i]! < to[i - 1]!)))
      sorted = false;
  }
  // Authored data is often in order already.
  if (sorted) return events;
  const order = sortDays(from, to) ?? byEnds(radixSort(from), from, to);
  const unsorted = events.slice();
  for (let i = 0; i < count; i++) events[i] = unsorted[order[i]!]!;
  return events;
}

/** `order` (by start), with each run of events that start together put in the order of their ends. */
function byEnds(order: Uint32Array, from: Float64Array, to: Float64Array): Uint32Array {
  const count = order.length;
  // Infinity - Infinity is NaN: a tie.
  for (let runStart = 0, i = 1; i <= count; i++) {
    if (i < count && from[order[i]!] === from[order[runStart]!]) continue;
    if (i - runStart > 1) order.subarray(runStart, i).sort((a, b) => to[a]! - to[b]! || a - b);
    runStart = i;
  }
  return order;
}

/** Positions in the order of `from` (stable), a byte of the times a pass. */
function radixSort(from: Float64Array): Uint32Array {
  const count = from.length;
  let order = new Uint32Array(count);
  let next = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const words = sortableWords(from.slice());
  const buckets = new Uint32Array(256);
  for (let byte = 0; byte < 8; byte++) {
    const word = byte < 4 ? 1 - HIGH : HIGH;
    const shift = (byte & 3) * 8;
    buckets.fill(0);
    for (let i = 0; i < count; i++) buckets[(words[2 * i + word]! >>> shift) & 255]!++;
    if (buckets[(words[word]! >>> shift) & 255] === count) continue; // the same byte throughout
    let start = 0;
    for (let digit = 0; digit < 256; digit++) {
      const size = buckets[digit]!;
      buckets[digit] = start;
      start += size;
    }
    for (let i = 0; i < count; i++) {
      const position = order[i]!;
      next[buckets[(words[2 * position + word]! >>> shift) & 255]!++] = position;
    }
    [order, next] = [next, order];
  }
  return order;
}

/** Days from 11,484 BC to 11,484 AD (and an open end after them) fit in 24 bits, any dataset's positions in 18. */
const DAY = 86_400_000;
const DAY_BIAS = 2 ** 22;
const POSITIONS = 2 ** 18;

/** Each time as a whole day from 11,484 BC on (`Infinity` after them all), or undefined if one is not. */
function days(times: Float64Array): Float64Array | undefined {
  const result = new Float64Array(times.length);
  for (let i = 0; i < times.length; i++) {
    const day = (times[i] as number) / DAY;
    if (day === Infinity) result[i] = 2 * DAY_BIAS;
    else if (Math.abs(day) < DAY_BIAS && day === Math.floor(day)) result[i] = day + DAY_BIAS;
    else return undefined;
  }
  return result;
}

/**
 * The order when every time is a whole day (dates without a time of day, the usual data), else
 * undefined. A day and a position make one exact number, and the engine's own sort of a typed
 * array orders them: by end and position first, then by start and that rank. Run cold, in the
 * first frame, this takes a few milliseconds where the radix sort's loops and the comparator for
 * events that start together took some 20 ms (10,000 events, Chromium).
 */
function sortDays(from: Float64Array, to: Float64Array): Uint32Array | undefined {
  const count = from.length;
  const starts = count <= POSITIONS ? days(from) : undefined;
  const ends = starts && days(to);
  if (!starts || !ends) return undefined;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = (ends[i] as number) * POSITIONS + i;
  keys.sort();
  const byEnd = new Uint32Array(count);
  const rank = new Uint32Array(count);
  for (let r = 0; r < count; r++) {
    const i = (keys[r] as number) % POSITIONS;
    byEnd[r] = i;
    rank[i] = r;
  }
  for (let i = 0; i < count; i++) keys[i] = (starts[i] as number) * POSITIONS + (rank[i] as number);
  keys.sort();
  const order = new Uint32Array(count);
  for (let r = 0; r < count; r++) order[r] = byEnd[(keys[r] as number) % POSITIONS] as number;
  return order;
}
