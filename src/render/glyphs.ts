/**
 * Event marks and cluster badges. A mark's symbol has its category's shape
 * and colour; its width shows the date's precision. A cluster is a counted
 * badge ringed by its mix of categories; selecting it zooms in to split it.
 * Each glyph is a button; the chart has one tab stop (roving tabindex).
 */
import {nothing, svg, type SVGTemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {Cluster, Glyph} from '../layout/clusters.js';
import {clusterRadius} from '../layout/compute-layout.js';
import {countCategories, eventColumns} from '../layout/event-columns.js';
import {geometry} from '../layout/geometry.js';
import type {Mark} from '../layout/marks.js';
import {colorClasses, styleOf} from './category-style.js';
import type {ChartContext} from './chart.js';
import {clampX, round} from './coordinates.js';
import {symbolPath} from './symbols.js';

/** A stable key for a glyph across frames. */
export function glyphKey(glyph: Glyph | undefined): string {
  if (!glyph) return '';
  if (glyph.type === 'mark') return `m${glyph.mark.item}`;
  // An event shows once per lane, so its lane and first event name a cluster.
  return `c${glyph.cluster.lane}:${glyph.cluster.events[0]}`;
}

/** Is the event faded out because a search is active and it does not match? */
export function isDimmed(ctx: Pick<ChartContext, 'matches'>, eventIndex: number): boolean {
  return ctx.matches !== undefined && !ctx.matches.has(eventIndex);
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
    colorClasses(style),
    selected ? 'selected' : '',
    !selected && ctx.selectedSeries && parsed.event.series === ctx.selectedSeries ? 'series' : '',
    ctx.matches?.has(mark.event) ? 'match' : '',
    isDimmed(ctx, mark.event) ? 'dim' : '',
    parsed.start.approximate ? 'approximate' : '',
    parsed.start.uncertain ? 'uncertain' : '',
  ]
    .filter(Boolean)
    .join(' ');
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
  >
    <rect class="hit" x=${round(hitX)} y=${-hit / 2} width=${round(hitW)} height=${hit}></rect>
    ${
      mark.kind === 'point'
        ? nothing
        : svg`<rect class="extent" x=${round(x0)} y="-6" width=${round(Math.max(1, x1 - x0))} height="12" rx="2"></rect>`
    }
    <path class="symbol" d=${symbolPath(style.symbol, geometry.pointSize)}></path>
    ${
      // Only the tab stop can hold keyboard focus (roving tabindex), so only it needs a focus ring.
      tabStop
        ? svg`<rect class="ring" x=${round(hitX + 2)} y=${-hit / 2 + 2} width=${round(hitW - 4)} height=${hit - 4} rx="4"></rect>`
        : nothing
    }
  </g>`;
}

/** The ring of category colours around a cluster badge, one arc per category. */
function renderMix(events: Int32Array, ctx: ChartContext): SVGTemplateResult[] {
  // Counted by category first: a cluster can hold thousands of events but only a few categories.
  const columns = eventColumns(ctx.timeline);
  const byCategory = countCategories(columns, events);
  const counts = new Map<string, number>();
  for (const position of byCategory.order) {
    const classes = colorClasses(styleOf(ctx, columns.categoryKeys[position]));
    counts.set(classes, (counts.get(classes) ?? 0) + (byCategory.counts[position] as number));
  }
  const circumference = 2 * Math.PI * clusterRadius;
  let offset = 0;
  return [...counts].map(([classes, count]) => {
    const length = (circumference * count) / events.length;
    const arc = svg`<circle
      class="mix ${classes}"
      r=${clusterRadius}
      stroke-dasharray="${round(length)} ${round(circumference - length)}"
      stroke-dashoffset=${round(-offset)}
    ></circle>`;
    offset += length;
    return arc;
  });
}

function renderCluster(
  cluster: Cluster,
  index: number,
  ctx: ChartContext,
  tabStop: boolean
): SVGTemplateResult {
  const {events} = cluster;
  const {matches} = ctx;
  const classes = [
    'cluster',
    ctx.selectedIndex >= 0 && events.includes(ctx.selectedIndex) ? 'selected' : '',
    // Without a search, nothing matches and nothing is dimmed: no pass over the members.
    matches && events.some((e) => matches.has(e)) ? 'match' : '',
    matches && events.every((e) => isDimmed(ctx, e)) ? 'dim' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const hit = Math.max(geometry.hitSize, clusterRadius * 2 + 2);
  return svg`<g
    class=${classes}
    part="cluster"
    transform="translate(${round(cluster.cx)},${round(cluster.cy)})"
    data-cluster=${index}
    role="button"
    tabindex=${tabStop ? 0 : -1}
    aria-label=${ctx.describeCluster(events)}
  >
    <rect class="hit" x=${-hit / 2} y=${-hit / 2} width=${hit} height=${hit}></rect>
    <circle class="badge" r=${clusterRadius}></circle>
    ${renderMix(events, ctx)}
    <text class="count" text-anchor="middle" dy="0.35em">${events.length > 999 ? '999+' : events.length}</text>
    ${tabStop ? svg`<rect class="ring" x=${-hit / 2} y=${-hit / 2} width=${hit} height=${hit} rx=${hit / 2}></rect>` : nothing}
  </g>`;
}

/** Does the glyph show event `eventIndex`? */
export function glyphHasEvent(glyph: Glyph, eventIndex: number): boolean {
  return glyph.type === 'mark' ? glyph.mark.event === eventIndex : glyph.cluster.events.includes(eventIndex);
}

export function renderGlyphs(ctx: ChartContext): SVGTemplateResult {
  const {glyphs} = ctx.layout;
  // One tab stop: the glyph that shows the focused event, else the first glyph.
  const focused = ctx.focusIndex;
  let stop = focused < 0 ? -1 : glyphs.findIndex((g) => glyphHasEvent(g, focused));
  if (stop < 0) stop = 0;
  return svg`<g class="marks">${repeat(glyphs, glyphKey, (glyph, i) =>
    glyph.type === 'mark'
      ? renderMark(glyph.mark, ctx, i === stop)
      : renderCluster(glyph.cluster, i, ctx, i === stop)
  )}</g>`;
}
