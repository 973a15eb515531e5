/**
 * Semantic zoom: where marks in a lane are too close to tell apart, they
 * merge into one cluster badge that counts them. One sweep per lane in x
 * order with a stack: whenever the last two groups are closer than `minGap`,
 * they merge at their weighted centre. Linear in the number of marks, and
 * afterwards no two symbols in a lane are closer than `minGap`: nothing
 * overlaps, and nothing disappears without a trace (it is counted).
 */
import type {Mark} from './marks.js';

export interface Cluster {
  lane: number;
  /** Centre of the badge. */
  cx: number;
  cy: number;
  /** Indices into the marks array, in x order. */
  members: number[];
}

/** A lone mark, or a cluster of two or more. */
export type Glyph = {type: 'mark'; mark: number} | {type: 'cluster'; cluster: Cluster};

/**
 * Sorts `order` by `key`, stably. Marks arrive in date order, and only a band drawn as a point
 * moves, by less than half a point: an insertion sort costs little more than a check then. If
 * the data is out of order after all, it gives up early and lets the engine's sort finish.
 */
function sortNearlySorted(order: number[], key: (i: number) => number): void {
  let moves = 0;
  const budget = 64 * order.length;
  for (let k = 1; k < order.length; k++) {
    const item = order[k] as number;
    const value = key(item);
    let j = k - 1;
    while (j >= 0 && key(order[j] as number) > value) {
      order[j + 1] = order[j] as number;
      j--;
      if (++moves > budget) {
        order[j + 1] = item;
        order.sort((a, b) => key(a) - key(b));
        return;
      }
    }
    order[j + 1] = item;
  }
}

/** A run of neighbouring marks in a lane: `order[start]` to `order[end - 1]`. */
interface Group {
  cx: number;
  start: number;
  end: number;
}

/**
 * Groups `marks` (any order) into glyphs, lane by lane. Marks closer than
 * `minGap` pixels (between symbol centres) in the same lane become clusters,
 * whose members are listed in x order.
 */
export function clusterMarks(marks: readonly Mark[], minGap: number): Glyph[] {
  const byLane = new Map<number, number[]>();
  for (let i = 0; i < marks.length; i++) {
    const lane = (marks[i] as Mark).lane;
    const list = byLane.get(lane);
    if (list) list.push(i);
    else byLane.set(lane, [i]);
  }
  const glyphs: Glyph[] = [];
  const cxOf = (i: number): number => (marks[i] as Mark).cx;
  for (const [lane, order] of byLane) {
    sortNearlySorted(order, cxOf);
    // Groups are runs of the sorted order, so a merge joins two ranges: nothing is copied until the end.
    const stack: Group[] = [];
    for (let k = 0; k < order.length; k++) {
      let group: Group = {cx: cxOf(order[k] as number), start: k, end: k + 1};
      for (
        let below = stack[stack.length - 1];
        below && group.cx - below.cx < minGap;
        below = stack[stack.length - 1]
      ) {
        stack.pop();
        const a = below.end - below.start;
        const b = group.end - group.start;
        group = {cx: (below.cx * a + group.cx * b) / (a + b), start: below.start, end: group.end};
      }
      stack.push(group);
    }
    for (const group of stack) {
      const first = order[group.start] as number;
      if (group.end - group.start === 1) glyphs.push({type: 'mark', mark: first});
      else
        glyphs.push({
          type: 'cluster',
          cluster: {
            lane,
            cx: group.cx,
            cy: (marks[first] as Mark).cy,
            members: order.slice(group.start, group.end),
          },
        });
    }
  }
  return glyphs;
}
