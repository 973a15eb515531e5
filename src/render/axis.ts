/**
 * The time axis, drawn by d3-axis into a `<g>` that Lit renders and never
 * touches again. Tick lines run up through the lanes as a light grid.
 */
import {axisBottom} from 'd3-axis';
import {select} from 'd3-selection';
import {computeTicks, createTickFormat} from '../layout/ticks.js';
import type {TimeScale} from '../layout/time-scale.js';

/** Draws the axis for scale `x` into `group`, with grid lines `gridHeight` tall. */
export function renderAxis(
  group: SVGGElement,
  x: TimeScale,
  width: number,
  gridHeight: number,
  locale: string | undefined
): void {
  const format = createTickFormat(locale);
  const axis = axisBottom<Date>(x)
    .tickValues(computeTicks(x, width))
    .tickFormat((date, i) => format(date, i))
    .tickSizeInner(-gridHeight)
    .tickSizeOuter(0)
    .tickPadding(8)
    .offset(0.5);
  select(group).call(axis).attr('font-family', null).attr('font-size', null);
}
