/**
 * The arithmetic of zoom gestures on a horizontal time axis, DOM-free: a zoom
 * state `{k, x}` maps a base pixel `b` (the whole extent across the width) to
 * the screen pixel `b * k + x`. The zoom controller feeds it pointer positions.
 */
import type {ZoomState} from './time-scale.js';

/** The base pixel under screen pixel `px`. */
const baseAt = (state: ZoomState, px: number): number => (px - state.x) / state.k;

/** The scale limits: not wider than the whole extent, not deeper than the data can use. */
export type ScaleExtent = readonly [min: number, max: number];

const clamp = (k: number, [min, max]: ScaleExtent): number => Math.max(min, Math.min(max, k));

/**
 * Scales by `factor` (within `extent`) while the point under screen pixel `px` stays put (a wheel, a
 * button). The limit applies before the anchoring: a wheel at full depth must not slide the view.
 */
export function scaleAround(state: ZoomState, factor: number, px: number, extent: ScaleExtent): ZoomState {
  const k = clamp(state.k * factor, extent);
  return {k, x: px - baseAt(state, px) * k};
}

/** A two-finger pinch: `start` was the state when the fingers were at `a0` and `b0`; they are now at `a1`, `b1`. */
export function pinch(
  start: ZoomState,
  a0: readonly [number, number],
  b0: readonly [number, number],
  a1: readonly [number, number],
  b1: readonly [number, number],
  extent: ScaleExtent
): ZoomState {
  const spread0 = Math.hypot(b0[0] - a0[0], b0[1] - a0[1]);
  const spread1 = Math.hypot(b1[0] - a1[0], b1[1] - a1[1]);
  // Fingers on one spot cannot scale: keep the scale, follow the midpoint.
  const k = spread0 > 0 && spread1 > 0 ? clamp((start.k * spread1) / spread0, extent) : start.k;
  const anchor = baseAt(start, (a0[0] + b0[0]) / 2);
  return {k, x: (a1[0] + b1[0]) / 2 - anchor * k};
}

/** The cubic in-out easing CSS and d3 use for UI motion. */
export function easeCubicInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * The states between `from` and `to` for a chart `width` pixels wide, for t in [0, 1]: the window's
 * centre moves evenly and its width changes by a constant ratio, so a zoom feels even at every depth.
 */
export function interpolateZoom(from: ZoomState, to: ZoomState, width: number): (t: number) => ZoomState {
  if (!(width > 0)) return () => to;
  const span0 = width / from.k;
  const span1 = width / to.k;
  const centre0 = baseAt(from, width / 2);
  const centre1 = baseAt(to, width / 2);
  return (t) => {
    if (t >= 1) return to;
    const span = span0 * (span1 / span0) ** t;
    const centre = centre0 + (centre1 - centre0) * t;
    const k = width / span;
    return {k, x: width / 2 - centre * k};
  };
}
