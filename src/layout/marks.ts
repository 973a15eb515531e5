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
  let kind = markKind(event);
  const x0 = project(event.from);
  // An ongoing span runs past the right edge.
  const x1 = Number.isFinite(event.to) ? project(event.to) : Math.max(x0, right + 100);
  if (kind !== 'point' && x1 - x0 < geometry.pointSize / 2) kind = 'point';
  const cx = kind === 'point' ? (x0 + x1) / 2 : x0;
  // One object shape for every mark keeps property access fast at 100,000 marks.
  return {
    item,
    event: eventIndex,
    lane,
    kind,
    x0: kind === 'point' ? cx : x0,
    x1: kind === 'point' ? cx : x1,
    cx,
    cy,
  };
}
