/**
 * Where the keyboard goes next. Left/Right walk the events in date order;
 * Up/Down move to the neighbouring lane, to the event nearest in time;
 * Home/End jump to the ends. Pure: it works on event indices and lanes.
 */
import type {LaneAssignment} from './lanes.js';

export type NavigationKey = 'next' | 'previous' | 'first' | 'last' | 'lane-up' | 'lane-down';

/** The key map: keyboard `key` values → navigation moves. */
export const navigationKeys: Readonly<Record<string, NavigationKey>> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
  ArrowUp: 'lane-up',
  ArrowDown: 'lane-down',
};

/** Middle of an event's time, for "nearest in time". */
function middle(assignment: LaneAssignment, item: number): number {
  return ((assignment.index.from[item] ?? 0) + (assignment.index.to[item] ?? 0)) / 2;
}

/** The item nearest in time to `time` among items in `lane` (by binary search on the sorted starts). */
function nearestInLane(assignment: LaneAssignment, lane: number, time: number): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  const {itemLane} = assignment;
  for (let i = 0; i < itemLane.length; i++) {
    if (itemLane[i] !== lane) continue;
    const distance = Math.abs(middle(assignment, i) - time);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The event to move to from event `current` (an index into the timeline's
 * events, or -1 for none) with `move`, among `count` events. Lane moves skip
 * empty lanes and stay put at the top and bottom.
 */
export function navigate(
  assignment: LaneAssignment,
  count: number,
  current: number,
  move: NavigationKey
): number {
  if (count === 0) return -1;
  const clamp = (i: number): number => Math.max(0, Math.min(count - 1, i));
  switch (move) {
    case 'next':
      return current < 0 ? 0 : clamp(current + 1);
    case 'previous':
      return current < 0 ? count - 1 : clamp(current - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default: {
      const item = Array.prototype.indexOf.call(assignment.itemEvent, Math.max(0, current)) as number;
      if (item < 0) return clamp(current);
      const step = move === 'lane-up' ? -1 : 1;
      const time = middle(assignment, item);
      for (
        let lane = (assignment.itemLane[item] ?? 0) + step;
        lane >= 0 && lane < assignment.lanes.length;
        lane += step
      ) {
        const found = nearestInLane(assignment, lane, time);
        if (found !== undefined) return assignment.itemEvent[found] ?? current;
      }
      return clamp(current);
    }
  }
}
