/**
 * The time ↔ pixel mapping. A fixed base scale spans the data; a zoom is a
 * plain `{k, x}` value (the same numbers as a d3-zoom transform) applied to it,
 * so the base scale is never mutated.
 */
import {utcTicks} from 'd3-time';

/**
 * A linear UTC time scale: the part of d3-scale's `scaleUtc` the chart and its axis use.
 * Its own, because `scaleUtc` brings d3-time-format's date formatting (about 4 KB gzip) for tick
 * labels that the chart writes with Intl in the reader's language instead.
 */
export interface TimeScale {
  (time: Date | number): number;
  domain(): [Date, Date];
  range(): [number, number];
  invert(px: number): Date;
  /** About `count` ticks at round times (years, months, days, hours…), as d3's UTC scale picks them. */
  ticks(count: number): Date[];
}

/** The scale that maps the times `[from, to]` (ms) onto `[r0, r1]` (px). */
export function timeScale(from: number, to: number, r0: number, r1: number): TimeScale {
  // Whole milliseconds, as a Date holds them (and as d3 keeps a time domain).
  const t0 = Math.trunc(from);
  const t1 = Math.trunc(to);
  // Interpolated as d3 does (inverted to the nearest millisecond), so that the ends map exactly.
  const scale = (time: Date | number): number => {
    const t = (+time - t0) / (t1 - t0 || 1);
    return r0 * (1 - t) + r1 * t;
  };
  scale.domain = (): [Date, Date] => [new Date(t0), new Date(t1)];
  scale.range = (): [number, number] => [r0, r1];
  scale.invert = (px: number): Date => {
    const u = (px - r0) / (r1 - r0 || 1);
    return new Date(Math.round(t0 * (1 - u) + t1 * u));
  };
  scale.ticks = (count: number): Date[] => utcTicks(new Date(t0), new Date(t1), count);
  return scale;
}

/** A horizontal zoom: scale factor `k`, then translation `x` in pixels. */
export interface ZoomState {
  k: number;
  x: number;
}

export const identityZoom: ZoomState = {k: 1, x: 0};

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

/** The data's time range with a margin, so the first and last events are not cut by the edges. */
export function computeExtent(from: ArrayLike<number>, to: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < from.length; i++) {
    const start = from[i] as number;
    const end = to[i] as number;
    lo = Math.min(lo, start);
    hi = Math.max(hi, Number.isFinite(end) ? end : start); // an ongoing span does not stretch the range
  }
  if (lo > hi) {
    const now = Date.UTC(2000, 0, 1);
    return [now - 5 * YEAR, now + 5 * YEAR];
  }
  const margin = Math.max((hi - lo) * 0.03, 30 * DAY);
  return [lo - margin, hi + margin];
}

/** The base scale: `extent` across `[0, width]`. */
export function createBaseScale(extent: readonly [number, number], width: number): TimeScale {
  return timeScale(extent[0], extent[1], 0, Math.max(1, width));
}

/** The base scale after a zoom (d3-zoom's `transform.rescaleX`, without the DOM). */
export function applyZoom(base: TimeScale, zoom: ZoomState): TimeScale {
  const [r0, r1] = base.range();
  return timeScale(+base.invert((r0 - zoom.x) / zoom.k), +base.invert((r1 - zoom.x) / zoom.k), r0, r1);
}

/** The zoom that shows `[t0, t1]` across the width of `base`. */
export function zoomForWindow(base: TimeScale, t0: number, t1: number): ZoomState {
  const x0 = base(new Date(t0));
  const x1 = base(new Date(Math.max(t1, t0 + 1)));
  const [r0, r1] = base.range();
  const k = (r1 - r0) / Math.max(1e-9, x1 - x0);
  return {k, x: r0 - x0 * k};
}

/** How far in one may zoom: until about two days fill the width. */
export function maxZoom(extent: readonly [number, number]): number {
  return Math.max(1, (extent[1] - extent[0]) / (2 * DAY));
}

/** `zoom` kept within the data: no further out than all events, no further in than `maxScale`, no panning past the ends. */
export function constrainZoom(zoom: ZoomState, width: number, maxScale: number): ZoomState {
  const k = Math.max(1, Math.min(maxScale, zoom.k));
  const x = Math.min(0, Math.max(width * (1 - k), zoom.x));
  return {k, x};
}
