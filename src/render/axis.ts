/**
 * The time axis: a baseline and a tick per date, each a line running up through
 * the lanes as a light grid and a label under it (d3-axis's markup, which the
 * styles address). Lit reuses the tick elements from frame to frame.
 */
import {svg, type SVGTemplateResult} from 'lit';
import {computeTicks, createTickFormat} from '../layout/ticks.js';
import type {TimeScale} from '../layout/time-scale.js';

/** Half a pixel: a one-pixel line on a whole pixel is crisp. */
const OFFSET = 0.5;

/** The axis for scale `x`, with grid lines `gridHeight` tall, to go inside the axis group. */
export function renderAxis(
  x: TimeScale,
  width: number,
  gridHeight: number,
  locale: string | undefined
): SVGTemplateResult {
  const format = createTickFormat(locale);
  const tick = (date: Date, i: number): SVGTemplateResult =>
    svg`<g class="tick" transform="translate(${x(date) + OFFSET},0)">
      <line stroke="currentColor" y2=${-gridHeight}></line>
      <text fill="currentColor" y="8" dy="0.71em">${format(date, i)}</text>
    </g>`;
  return svg`<path class="domain" stroke="currentColor" d="M${OFFSET},0V${OFFSET}H${width + OFFSET}V0"></path>
    ${computeTicks(x, width).map(tick)}`;
}
