/**
 * The overview strip's density: how many events start in each pixel column
 * of the whole time range. Binary search per bin, so its cost depends on the
 * strip's width, not on the number of events.
 */

import {lowerBound} from './time-index.js';

/** Event counts for `bins` equal slices of `[t0, t1)`; `starts` must be sorted. */
export function computeDensity(starts: Float64Array, t0: number, t1: number, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, bins));
  const step = (t1 - t0) / Math.max(1, bins);
  let lo = lowerBound(starts, t0);
  for (let b = 0; b < bins; b++) {
    const hi = lowerBound(starts, b === bins - 1 ? Infinity : t0 + (b + 1) * step);
    counts[b] = hi - lo;
    lo = hi;
  }
  return counts;
}

/** An SVG path of bars for `counts` across `width` × `height`, scaled to the largest bin (square-root scale). */
export function densityPath(counts: Uint32Array, width: number, height: number): string {
  let max = 0;
  for (const c of counts) max = Math.max(max, c);
  if (!max || !counts.length) return '';
  const w = width / counts.length;
  let d = '';
  counts.forEach((c, i) => {
    if (!c) return;
    const h = Math.max(2, (Math.sqrt(c) / Math.sqrt(max)) * height);
    d += `M${(i * w).toFixed(1)},${height}h${Math.max(1, w - 0.5).toFixed(1)}v${(-h).toFixed(1)}h${(-Math.max(1, w - 0.5)).toFixed(1)}Z`;
  });
  return d;
}
