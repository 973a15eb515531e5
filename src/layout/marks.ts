/**
 * Where each visible event is drawn. The mark's width shows what is known:
 * a span is a bar from date to end, a month or year is a band over that
 * month or year, and a day (or a time) is a point.
 */
import type {ParsedEvent} from '../data/parse-event.js';
import {geometry} from './geometry.js';
import type {TimeScale} from './time-scale.js';

export type MarkKind = 'point' | 'band' | 'bar';

export interface Mark {
  /** Item index (an event in a lane). */
  item: number;
  /** Event index into the timeline's events. */
  event: number;
  lane: number;
  kind: MarkKind;
  /** Left and right edges in pixels (equal to `cx` for points). */
  x0: number;
  x1: number;
  /** Where the mark's symbol and label anchor sit. */
  cx: number;
  /** Vertical centre of the track. */
  cy: number;
}

const FINE = new Set(['day', 'minute', 'second']);

/** The kind of mark an event gets. */
export function markKind(event: ParsedEvent): MarkKind {
  if (event.end || event.ongoing) return 'bar';
  return FINE.has(event.start.precision) ? 'point' : 'band';
}

/** One mark. A band narrower than a point is drawn as a point at its middle. */
export function computeMark(
  event: ParsedEvent,
  ids: {item: number; event: number; lane: number},
  x: TimeScale,
  cy: number
): Mark {
  let kind = markKind(event);
  const x0 = x(event.from); // numbers, not Dates: no allocation per mark per frame
  // An ongoing span runs past the right edge.
  const x1 = Number.isFinite(event.to) ? x(event.to) : Math.max(x0, (x.range()[1] ?? 0) + 100);
  if (kind !== 'point' && x1 - x0 < geometry.pointSize / 2) kind = 'point';
  const cx = kind === 'point' ? (x0 + x1) / 2 : x0;
  return kind === 'point' ? {...ids, kind, x0: cx, x1: cx, cx, cy} : {...ids, kind, x0, x1, cx, cy};
}
