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

/** The kind of mark an event gets. */
export function markKind(event: ParsedEvent): MarkKind {
  if (event.end || event.ongoing) return 'bar';
  const precision = event.start.precision;
  return precision === 'day' || precision === 'minute' || precision === 'second' ? 'point' : 'band';
}

/** Pixel position of a time: the zoomed scale as plain arithmetic (no Date, no allocation). */
export type Project = (time: number) => number;

/** `x` as a {@link Project} function; exact for a linear time scale (two-point domain, as ours). */
export function projectionOf(x: TimeScale): Project {
  const [d0 = 0, d1 = 1] = x.domain().map(Number);
  const [r0 = 0, r1 = 1] = x.range();
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (time) => r0 + (time - d0) * k;
}

/** Where a mark's drawing ends: at its end, or, for an ongoing span, past the right edge `right`. */
export function markEnd(x0: number, to: number, project: Project, right: number): number {
  return Number.isFinite(to) ? project(to) : Math.max(x0, right + 100);
}

/**
 * Where a mark from `x0` to `x1` is drawn as a point, if it is: at its middle, when its kind is a
 * point (`pointKind`) or when it is narrower than half a point; `undefined` when it shows its extent.
 */
export function pointAt(pointKind: boolean, x0: number, x1: number): number | undefined {
  return pointKind || x1 - x0 < geometry.pointSize / 2 ? (x0 + x1) / 2 : undefined;
}

/**
 * One mark, for event `eventIndex` as item `item` in `lane`, on a track centred at `cy`; `right` is the
 * chart's right edge. A band narrower than half a point is drawn as a point at its middle.
 */
export function markAt(
  event: ParsedEvent,
  item: number,
  eventIndex: number,
  lane: number,
  project: Project,
  cy: number,
  right: number
): Mark {
  const kind = markKind(event);
  const x0 = project(event.from);
  const x1 = markEnd(x0, event.to, project, right);
  const point = pointAt(kind === 'point', x0, x1);
  // One object shape for every mark keeps property access fast at 100,000 marks.
  return point === undefined
    ? {item, event: eventIndex, lane, kind, x0, x1, cx: x0, cy}
    : {item, event: eventIndex, lane, kind: 'point', x0: point, x1: point, cx: point, cy};
}
