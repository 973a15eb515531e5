/**
 * The chart's SVG content as Lit templates: era bands, lanes, event marks and
 * labels. Marks are keyed by item, so a zoom frame moves existing nodes
 * instead of re-creating them, and only visible items are in the DOM.
 */
import {nothing, svg, type SVGTemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {styleMap} from 'lit/directives/style-map.js';
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {geometry, laneHeight} from '../layout/geometry.js';
import type {TimelineLayout} from '../layout/compute-layout.js';
import type {Mark} from '../layout/marks.js';
import type {CategoryStyle} from './category-style.js';
import {symbolPath} from './symbols.js';

export interface ChartContext {
  layout: TimelineLayout;
  timeline: ParsedTimeline;
  styles: ReadonlyMap<string, CategoryStyle>;
  selectedId: string | undefined;
  /** The event that holds the chart's single tab stop. */
  focusId: string | undefined;
  /** The accessible name of an event. */
  describe(eventIndex: number): string;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Keeps huge coordinates (deep zoom into a long band) within what SVG draws well. */
const clampX = (x: number, width: number): number => Math.max(-100, Math.min(width + 100, x));

export function styleOf(ctx: Pick<ChartContext, 'styles'>, category: string | undefined): CategoryStyle {
  return ctx.styles.get(category ?? '') ?? {slot: 0, symbol: 'circle'};
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

function renderMark(mark: Mark, ctx: ChartContext, tabStop: boolean): SVGTemplateResult {
  const parsed = ctx.timeline.events[mark.event];
  if (!parsed) return svg``;
  const style = styleOf(ctx, parsed.event.category);
  const {width} = ctx.layout;
  const selected = parsed.id === ctx.selectedId;
  const classes = [
    'event',
    mark.kind,
    `cat-${style.slot}`,
    selected ? 'selected' : '',
    parsed.start.approximate ? 'approximate' : '',
    parsed.start.uncertain ? 'uncertain' : '',
  ].join(' ');
  const x0 = clampX(mark.x0, width) - mark.cx;
  const x1 = clampX(mark.x1, width) - mark.cx;
  const hit = geometry.hitSize;
  const hitX = Math.min(x0, -hit / 2);
  const hitW = Math.max(x1 - x0, 0) + hit;
  return svg`<g
    class=${classes}
    part="event"
    transform="translate(${round(mark.cx)},${round(mark.cy)})"
    data-index=${mark.event}
    role="button"
    tabindex=${tabStop ? 0 : -1}
    aria-label=${ctx.describe(mark.event)}
    aria-pressed=${selected ? 'true' : 'false'}
    style=${styleMap(style.color ? {'--c': style.color} : {})}
  >
    <rect class="hit" x=${round(hitX)} y=${-hit / 2} width=${round(hitW)} height=${hit}></rect>
    ${
      mark.kind === 'point'
        ? nothing
        : svg`<rect class="extent" x=${round(x0)} y="-6" width=${round(Math.max(1, x1 - x0))} height="12" rx="2"></rect>`
    }
    <path class="symbol" d=${symbolPath(style.symbol, geometry.pointSize)}></path>
    <rect class="ring" x=${round(hitX + 2)} y=${-hit / 2 + 2} width=${round(hitW - 4)} height=${hit - 4} rx="4"></rect>
  </g>`;
}

function renderMarks(ctx: ChartContext): SVGTemplateResult {
  const {marks} = ctx.layout;
  // One tab stop: the focused event if it is drawn, else the first mark.
  let stop = marks.findIndex((m) => ctx.timeline.events[m.event]?.id === ctx.focusId);
  if (stop < 0) stop = 0;
  return svg`<g class="marks">${repeat(
    marks,
    (mark) => mark.item,
    (mark, i) => renderMark(mark, ctx, i === stop)
  )}</g>`;
}

function renderLabels(ctx: ChartContext): SVGTemplateResult {
  const {labels, marks} = ctx.layout;
  return svg`<g class="labels" aria-hidden="true">${repeat(
    labels,
    (label) => marks[label.mark]?.item ?? label.mark,
    (label) => {
      const mark = marks[label.mark];
      const id = mark ? ctx.timeline.events[mark.event]?.id : undefined;
      return svg`<text
        class=${id === ctx.selectedId ? 'label selected' : 'label'}
        part="label"
        x=${round(label.x)}
        y=${round(label.y)}
        data-index=${mark?.event ?? -1}
      >${label.text}</text>`;
    }
  )}</g>`;
}

/** Everything inside the chart's `<svg>` except the axis group. */
export function renderChart(ctx: ChartContext): SVGTemplateResult {
  return svg`${renderEras(ctx)}${renderLanes(ctx)}${renderMarks(ctx)}${renderLabels(ctx)}`;
}
