/**
 * Answers "which intervals touch [t0, t1]?" without visiting every interval:
 * intervals are sorted by start, and `reach[i]` is the latest end among the
 * first i + 1, so both bounds of the answer are found by binary search.
 */

export interface TimeIndex {
  /** Start of each interval, ascending. */
  readonly from: Float64Array;
  /** End of each interval (exclusive). */
  readonly to: Float64Array;
  /** Running maximum of `to`. */
  readonly reach: Float64Array;
}

/** Builds the index. `from` must already be sorted ascending. */
export function createTimeIndex(from: ArrayLike<number>, to: ArrayLike<number>): TimeIndex {
  const n = from.length;
  const index = {from: new Float64Array(n), to: new Float64Array(n), reach: new Float64Array(n)};
  let reach = -Infinity;
  for (let i = 0; i < n; i++) {
    const a = from[i] ?? 0;
    const b = to[i] ?? a;
    if (i > 0 && a < (index.from[i - 1] ?? -Infinity)) throw new Error(`intervals not sorted at ${i}`);
    index.from[i] = a;
    index.to[i] = b;
    reach = Math.max(reach, b);
    index.reach[i] = reach;
  }
  return index;
}

/** First index whose value is greater than `value` (or `length`). */
function upperBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is at least `value` (or `length`). */
export function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The range `[lo, hi)` of indices that holds every interval overlapping [t0, t1]; the intervals in
 * it that end before `t0` are the only ones to skip.
 */
export function windowRange(index: TimeIndex, t0: number, t1: number): [number, number] {
  return [lowerBound(index.reach, t0), upperBound(index.from, t1)];
}
