/**
 * The chart's SVG content as Lit templates: era bands, lanes, event marks and
 * labels. Marks are keyed by item, so a zoom frame moves existing nodes
 * instead of re-creating them, and only visible items are in the DOM.
 */
import {nothing, svg, type SVGTemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {geometry, laneHeight} from '../layout/geometry.js';
import type {TimelineLayout} from '../layout/compute-layout.js';
import type {CategoryStyle} from './category-style.js';
import {clampX, round} from './coordinates.js';
import {glyphKey, isDimmed, renderGlyphs} from './glyphs.js';

export interface ChartContext {
  layout: TimelineLayout;
  timeline: ParsedTimeline;
  styles: ReadonlyMap<string, CategoryStyle>;
  selectedId: string | undefined;
  /** Index of the selected event (-1: none). */
  selectedIndex: number;
  /** Index of the event that holds the chart's single tab stop (-1: the first glyph). */
  focusIndex: number;
  /** The series of the selected event, whose other members are highlighted. */
  selectedSeries: string | undefined;
  /** Search matches (event indices), or `undefined` when there is no search. */
  matches: ReadonlySet<number> | undefined;
  /** The accessible name of an event. */
  describe(eventIndex: number): string;
  /** The accessible name of a cluster of events. */
  describeCluster(eventIndices: Int32Array): string;
}

function renderEras({layout}: ChartContext): SVGTemplateResult | typeof nothing {
  if (!layout.eras.length) return nothing;
  const bottom = layout.height - geometry.axis;
  return svg`<g class="eras" part="eras">${layout.eras.map((era) => {
    const x0 = clampX(era.x0, layout.width);
    const x1 = clampX(era.x1, layout.width);
    if (x1 <= 0 || x0 >= layout.width) return nothing;
    return svg`<g class="era">
      <rect x=${round(x0)} y="0" width=${round(Math.max(0, x1 - x0))} height=${bottom}></rect>
      <line x1=${round(x0)} x2=${round(x0)} y1="0" y2=${bottom}></line>
      ${era.title ? svg`<text x=${round(era.textX)} y="14">${era.title}</text>` : nothing}
    </g>`;
  })}</g>`;
}

function renderLanes({layout}: ChartContext): SVGTemplateResult {
  return svg`<g class="lanes" part="lanes">
    ${layout.lanes.map(
      (lane) =>
        svg`<rect class="lane-bg" x="0" y=${lane.top} width=${layout.width} height=${laneHeight}></rect>`
    )}
    ${layout.lanes.map((lane) =>
      lane.label
        ? svg`<text class="lane-name" part="lane-label" x="4" y=${lane.top + 13}>${lane.label}</text>`
        : nothing
    )}
  </g>`;
}

function renderLabels(ctx: ChartContext): SVGTemplateResult {
  const {labels, glyphs} = ctx.layout;
  return svg`<g class="labels" aria-hidden="true">${repeat(
    labels,
    (label) => glyphKey(glyphs[label.glyph]),
    (label) => {
      const id = ctx.timeline.events[label.event]?.id;
      const glyph = glyphs[label.glyph];
      const classes = [
        'label',
        id === ctx.selectedId ? 'selected' : '',
        isDimmed(ctx, label.event) ? 'dim' : '',
      ]
        .filter(Boolean)
        .join(' ');
      return svg`<text
        class=${classes}
        part="label"
        x=${round(label.x)}
        y=${round(label.y)}
        data-index=${glyph?.type === 'mark' ? label.event : nothing}
        data-cluster=${glyph?.type === 'cluster' ? label.glyph : nothing}
      >${label.text}</text>`;
    }
  )}</g>`;
}

/** The chart's background: era bands and lanes. */
export function renderChartBackground(ctx: ChartContext): SVGTemplateResult {
  return svg`${renderEras(ctx)}${renderLanes(ctx)}`;
}

/** The chart's events: marks, cluster badges and their labels. */
export function renderChartMarks(ctx: ChartContext): SVGTemplateResult {
  return svg`${renderGlyphs(ctx)}${renderLabels(ctx)}`;
}
