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

interface Group {
  cx: number;
  members: number[];
}

/**
 * Groups `marks` (any order) into glyphs, lane by lane. Marks closer than
 * `minGap` pixels (between symbol centres) in the same lane become clusters,
 * whose members are listed in x order.
 */
export function clusterMarks(marks: readonly Mark[], minGap: number): Glyph[] {
  const byLane = new Map<number, number[]>();
  marks.forEach((mark, i) => {
    const list = byLane.get(mark.lane);
    if (list) list.push(i);
    else byLane.set(mark.lane, [i]);
  });
  const glyphs: Glyph[] = [];
  for (const [lane, indices] of byLane) {
    indices.sort((a, b) => (marks[a]?.cx ?? 0) - (marks[b]?.cx ?? 0));
    const stack: Group[] = [];
    for (const i of indices) {
      stack.push({cx: marks[i]?.cx ?? 0, members: [i]});
      while (stack.length > 1) {
        const b = stack[stack.length - 1] as Group;
        const a = stack[stack.length - 2] as Group;
        if (b.cx - a.cx >= minGap) break;
        // Merge the smaller group into the larger, so a growing cluster is never copied.
        const [big, small] = a.members.length >= b.members.length ? [a, b] : [b, a];
        const cx =
          (a.cx * a.members.length + b.cx * b.members.length) / (a.members.length + b.members.length);
        for (const m of small.members) big.members.push(m);
        stack.splice(-2, 2, {cx, members: big.members});
      }
    }
    for (const group of stack) {
      group.members.sort((a, b) => (marks[a]?.cx ?? 0) - (marks[b]?.cx ?? 0) || a - b);
      const first = group.members[0] ?? 0;
      if (group.members.length === 1) glyphs.push({type: 'mark', mark: first});
      else
        glyphs.push({
          type: 'cluster',
          cluster: {lane, cx: group.cx, cy: marks[first]?.cy ?? 0, members: group.members},
        });
    }
  }
  return glyphs;
}
