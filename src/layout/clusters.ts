/**
 * Semantic zoom: where marks in a lane are too close to tell apart, they
 * merge into one cluster badge that counts them. One sweep per lane in x
 * order with a stack: whenever the last two groups are closer than `minGap`,
 * they merge at their weighted centre. Linear in the number of marks, and
 * afterwards no two symbols in a lane are closer than `minGap`: nothing
 * overlaps, and nothing disappears without a trace (it is counted).
 *
 * It works on typed arrays of positions, not on mark objects: at a wide zoom
 * of 100,000 events it runs over every event on every frame of a gesture.
 */
import type {Mark} from './marks.js';

export interface Cluster {
  lane: number;
  /** Centre of the badge. */
  cx: number;
  cy: number;
  /** Event indices (into the timeline's events) of the members, in x order. */
  events: Int32Array;
}

/** A lone mark, or a cluster of two or more. */
export type Glyph = {type: 'mark'; mark: Mark} | {type: 'cluster'; cluster: Cluster};

/** A run of neighbouring positions, `start` to `end - 1`, drawn as one glyph centred at `cx`. */
export interface Run {
  cx: number;
  start: number;
  end: number;
}

/**
 * Sorts `order[start..end)` by `xs[order[k]]`, stably. Marks arrive in date order, and only a
 * band drawn as a point moves, by less than half a point: an insertion sort costs little more
 * than a check then. If the data is out of order after all, it gives up early and lets the
 * engine's sort finish.
 */
export function sortByPosition(order: Int32Array, xs: Float64Array, start = 0, end = order.length): void {
  let moves = 0;
  const budget = 64 * (end - start);
  for (let k = start + 1; k < end; k++) {
    const item = order[k] as number;
    const value = xs[item] as number;
    let j = k - 1;
    while (j >= start && (xs[order[j] as number] as number) > value) {
      order[j + 1] = order[j] as number;
      j--;
      if (++moves > budget) {
        order[j + 1] = item;
        order.subarray(start, end).sort((a, b) => (xs[a] as number) - (xs[b] as number));
        return;
      }
    }
    order[j + 1] = item;
  }
}

/**
 * Groups the ascending positions `xs[start..end)` into runs whose centres (the weighted mean of
 * their positions) are at least `minGap` apart. A run is a range of the input, so nothing is
 * copied: the stack holds each group's first position and centre.
 */
export function groupRuns(xs: ArrayLike<number>, minGap: number, start = 0, end = xs.length): Run[] {
  const centres = new Float64Array(end - start);
  const firsts = new Int32Array(end - start);
  let top = 0;
  for (let k = start; k < end; k++) {
    let cx = xs[k] as number;
    let first = k;
    while (top > 0 && cx - (centres[top - 1] as number) < minGap) {
      top--;
      const below = firsts[top] as number;
      const belowSize = first - below;
      const size = k + 1 - first;
      cx = ((centres[top] as number) * belowSize + cx * size) / (belowSize + size);
      first = below;
    }
    centres[top] = cx;
    firsts[top] = first;
    top++;
  }
  const runs: Run[] = new Array<Run>(top);
  for (let g = 0; g < top; g++) {
    runs[g] = {
      cx: centres[g] as number,
      start: firsts[g] as number,
      end: g + 1 < top ? (firsts[g + 1] as number) : end,
    };
  }
  return runs;
}
