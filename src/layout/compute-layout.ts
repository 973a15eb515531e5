/**
 * Events + size + zoom → everything the renderer draws, in four steps:
 * window (which items are visible), scale, marks, labels. Pure: the same
 * input always gives the same geometry, and only visible items are visited.
 */
import type {ParsedEvent} from '../data/parse-event.js';
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {geometry, laneHeight} from './geometry.js';
import {placeLabels, type LabelRequest} from './labels.js';
import {assignLanes, type Lane, type LaneAssignment} from './lanes.js';
import {groupRuns, sortByPosition, type Glyph} from './clusters.js';
import {eventColumns, markKinds} from './event-columns.js';
import {markAt, markEnd, pointAt, projectionOf, type Mark} from './marks.js';
import {windowRange} from './time-index.js';
import {applyZoom, computeExtent, createBaseScale, type TimeScale, type ZoomState} from './time-scale.js';
import type {LaneMode} from '../types.js';

/** Measures a label's width in pixels. */
export type MeasureText = (text: string) => number;

/** A rough width for 12 px sans-serif text, for when nothing can measure. */
export const estimateTextWidth: MeasureText = (text) => text.length * 6.6;

/** What stays the same while the reader zooms: lanes, time extent, label texts. */
export interface LayoutModel {
  timeline: ParsedTimeline;
  assignment: LaneAssignment;
  extent: [number, number];
  /** The label for an event: its title, cut with an ellipsis to fit `maxWidth` pixels. */
  label(eventIndex: number, maxWidth?: number): {text: string; width: number};
  measure: MeasureText;
  /** Each item's mark kind at any zoom where it is wide enough to show its extent. */
  itemKind: Uint8Array;
}

export interface PlacedLabel {
  /** Index into `glyphs`. */
  glyph: number;
  /** Event index: the glyph's event, or a cluster's selected or most important member. */
  event: number;
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
}

export interface LaneBox extends Lane {
  top: number;
  /** Vertical centre of the lane's track. */
  trackY: number;
}

export interface EraBox {
  /** The era's title, cut to fit the visible part of its band (`''` when nothing fits). */
  title: string;
  x0: number;
  x1: number;
  /** Left edge of the title text. */
  textX: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The zoomed scale. */
  x: TimeScale;
  /** Visible time window [t0, t1] in ms. */
  window: [number, number];
  lanes: LaneBox[];
  eras: EraBox[];
  /**
   * The visible items (indices into the model's lane assignment), in start order. Their marks are
   * made only for lone glyphs (see {@link visibleMarks} for all): at a wide zoom of 100,000 events,
   * a mark each would be 100,000 objects a frame.
   */
  items: Int32Array;
  /** How many events are visible (an event in several lanes counts once). */
  eventCount: number;
  /** What is drawn: lone marks and clusters of marks too close to tell apart. */
  glyphs: Glyph[];
  labels: PlacedLabel[];
}

/** Cuts `text` so that it measures at most `max` pixels, ending in "…". */
export function fitText(text: string, max: number, measure: MeasureText): {text: string; width: number} {
  const width = measure(text);
  if (width <= max) return {text, width};
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  const cut = `${text.slice(0, lo).trimEnd()}…`;
  return {text: cut, width: measure(cut)};
}

/** Prepares a dataset for layout in `mode`. Label texts are measured lazily and cached. */
export function createLayoutModel(
  timeline: ParsedTimeline,
  mode: LaneMode,
  measure: MeasureText = estimateTextWidth
): LayoutModel {
  const cache = new Map<string, {text: string; width: number}>();
  const columns = eventColumns(timeline);
  const assignment = assignLanes(timeline, mode);
  // A plain loop: a typed array's from() with a function takes three times as long at 100,000 items.
  const itemKind = new Uint8Array(assignment.itemEvent.length);
  for (let i = 0; i < itemKind.length; i++)
    itemKind[i] = columns.kind[assignment.itemEvent[i] as number] as number;
  return {
    timeline,
    assignment,
    extent: computeExtent(columns.from, columns.to),
    measure,
    itemKind,
    label(eventIndex, maxWidth = geometry.maxLabelWidth) {
      const key = `${maxWidth}:${eventIndex}`;
      let label = cache.get(key);
      if (!label) {
        label = fitText(timeline.events[eventIndex]?.event.title ?? '', maxWidth, measure);
        cache.set(key, label);
      }
      return label;
    },
  };
}

const POINT = markKinds.indexOf('point');

/** Radius of a cluster badge. */
export const clusterRadius = 11;

/** The horizontal extent of a mark's drawing (a point's symbol, a band or bar) and its lane. */
function markExtent(mark: Mark): [number, number, number] {
  const half = mark.kind === 'point' ? geometry.pointSize / 2 : 0;
  return [mark.x0 - half, mark.x1 + half, mark.lane];
}

/** Top of the first lane: room for era titles when there are eras. */
function lanesTop(model: LayoutModel): number {
  return model.timeline.eras.length ? geometry.eraRow : 0;
}

export interface LayoutOptions {
  width: number;
  zoom: ZoomState;
  /** Event index whose label must win a place, if it has room at all. */
  selected?: number;
  /**
   * `false`: the scale, lanes and eras only, no glyphs or labels, for a frame whose glyphs are
   * drawn from another layout (a gesture's canvas preview): at 100,000 events, most of the work.
   */
  glyphs?: boolean;
}

/** Computes the geometry for one frame. */
export function computeLayout(
  model: LayoutModel,
  {width, zoom, selected, glyphs: withGlyphs = true}: LayoutOptions
): TimelineLayout {
  const {timeline, assignment} = model;
  const x = applyZoom(createBaseScale(model.extent, width), zoom);
  const top = lanesTop(model);
  const lanes: LaneBox[] = assignment.lanes.map((lane, i) => {
    const laneTop = top + i * laneHeight;
    return {...lane, top: laneTop, trackY: laneTop + geometry.laneHeader + geometry.track / 2};
  });
  const height = top + lanes.length * laneHeight + geometry.axis;
  const frame = {width, height, x, window: [+x.invert(0), +x.invert(width)] as [number, number], lanes};
  const eras = placeEras(model, x, width);
  if (!withGlyphs) return {...frame, eras, items: new Int32Array(0), eventCount: 0, glyphs: [], labels: []};

  // 1. Window: items that touch the visible time, with half a hit target to spare at each edge.
  const pad = geometry.hitSize / 2;
  const t0 = +x.invert(-pad);
  const t1 = +x.invert(width + pad);
  const {index, itemEvent, itemLane} = assignment;
  const [lo, hi] = windowRange(index, t0, t1);
  const project = projectionOf(x);

  // 2. Where each visible item's symbol sits, in typed arrays: at a wide zoom of a large dataset
  // this runs for every event on every frame, so it makes no objects. A point sits at the middle
  // of its day, which can be off screen while the day is not; so can a band drawn as a point.
  const visible = new Int32Array(Math.max(0, hi - lo));
  const cxOf = new Float64Array(visible.length);
  const perLane = new Int32Array(lanes.length + 1);
  let count = 0;
  for (let i = lo; i < hi; i++) {
    const to = index.to[i] as number;
    if (to < t0) continue;
    // The same rules as markAt's, on numbers.
    const x0 = project(index.from[i] as number);
    const x1 = markEnd(x0, to, project, width);
    const point = pointAt(model.itemKind[i] === POINT, x0, x1);
    if ((point ?? x1) < -pad || (point ?? x0) > width + pad) continue;
    visible[count] = i;
    cxOf[count++] = point ?? x0;
    const lane = (itemLane[i] as number) + 1;
    perLane[lane] = (perLane[lane] as number) + 1;
  }

  // 3. Glyphs, lane by lane: marks too close to tell apart merge into counted clusters. The visible
  // items are put in lane order by counting (lists per lane cost half as much again at 100,000).
  for (let l = 1; l < perLane.length; l++) perLane[l] = (perLane[l] as number) + (perLane[l - 1] as number);
  const order = new Int32Array(count);
  const next = perLane.slice();
  for (let k = 0; k < count; k++) {
    const lane = itemLane[visible[k] as number] as number;
    order[next[lane] as number] = k;
    next[lane] = (next[lane] as number) + 1;
  }
  const sortedCx = new Float64Array(count);
  const sortedEvents = new Int32Array(count);
  const glyphs: Glyph[] = [];
  lanes.forEach(({trackY: cy}, lane) => {
    const start = perLane[lane] as number;
    const end = perLane[lane + 1] as number;
    sortByPosition(order, cxOf, start, end);
    for (let p = start; p < end; p++) {
      sortedCx[p] = cxOf[order[p] as number] as number;
      sortedEvents[p] = itemEvent[visible[order[p] as number] as number] as number;
    }
    for (const run of groupRuns(sortedCx, geometry.hitSize, start, end)) {
      const item = visible[order[run.start] as number] as number;
      const event = itemEvent[item] as number;
      glyphs.push(
        run.end - run.start > 1
          ? {
              type: 'cluster',
              cluster: {lane, cx: run.cx, cy, events: sortedEvents.subarray(run.start, run.end)},
            }
          : {
              type: 'mark',
              mark: markAt(timeline.events[event] as ParsedEvent, item, event, lane, project, cy, width),
            }
      );
    }
  });

  // 4. Labels, most important first; a cluster is labelled by its selected or most important event.
  // One pass over each glyph's members for its lead and rank: clusters can hold thousands of events.
  // From a typed array: a cluster's lead is looked for among all its members on every frame.
  const {importance} = eventColumns(timeline);
  const leads = new Int32Array(glyphs.length);
  const ranks = new Float64Array(glyphs.length);
  glyphs.forEach((glyph, g) => {
    let lead = glyph.type === 'mark' ? glyph.mark.event : (glyph.cluster.events[0] as number);
    let hasSelected = lead === selected;
    if (glyph.type === 'cluster' && !hasSelected) {
      let best = importance[lead] as number;
      for (const e of glyph.cluster.events) {
        if (e === selected) {
          lead = e;
          hasSelected = true;
          break;
        }
        if ((importance[e] as number) > best) {
          best = importance[e] as number;
          lead = e;
        }
      }
    }
    leads[g] = lead;
    ranks[g] = (hasSelected ? 10 : 0) + (importance[lead] as number);
  });
  const byRank = glyphs.map((_, g) => g).sort((a, b) => (ranks[b] as number) - (ranks[a] as number) || a - b);
  // Narrow charts (a phone column) get shorter labels, so that more of them fit.
  const maxLabel = Math.round(Math.min(geometry.maxLabelWidth, Math.max(100, width * 0.45)) / 10) * 10;
  const labelTexts = new Map<number, {text: string; width: number}>();
  const labelOf = (g: number): {text: string; width: number} => {
    let label = labelTexts.get(g);
    if (label) return label;
    const glyph = glyphs[g] as Glyph;
    label = model.label(leads[g] as number, maxLabel);
    if (glyph.type === 'cluster') {
      // Measured in two parts: the title's width is cached, and the few counts recur, where each
      // whole text would be new (and measured) whenever a zoom frame changes the cluster's size.
      const more = ` +${glyph.cluster.events.length - 1}`;
      label = {text: label.text + more, width: label.width + model.measure(more)};
    }
    labelTexts.set(g, label);
    return label;
  };
  const requests: LabelRequest[] = byRank.flatMap((g) => {
    const glyph = glyphs[g] as Glyph;
    const [x0, x1, lane] =
      glyph.type === 'cluster'
        ? [glyph.cluster.cx - clusterRadius, glyph.cluster.cx + clusterRadius, glyph.cluster.lane]
        : markExtent(glyph.mark);
    // No label for a glyph drawn wholly off screen (it is kept for its hit area only).
    if (x1 <= 0 || x0 >= width) return [];
    // The width is measured only when a row still has room for the label: most glyphs of a dense
    // view find every row taken, and measuring text is the costly part of placing a label.
    return [
      {
        key: g,
        lane,
        x0: Math.max(0, x0),
        x1: Math.min(width, x1),
        get width() {
          return labelOf(g).width;
        },
      },
    ];
  });
  const labelTop = geometry.laneHeader + geometry.track;
  const labels = placeLabels(requests, lanes.length, width).map((p) => ({
    glyph: p.key,
    event: leads[p.key] ?? 0,
    text: labelOf(p.key).text,
    x: p.x,
    y: (lanes[p.lane]?.top ?? 0) + labelTop + p.row * geometry.labelRow + 12,
    width: p.width,
  }));

  const items = visible.subarray(0, count);
  return {
    ...frame,
    eras,
    items,
    eventCount: countEvents(assignment, items, timeline.events.length),
    glyphs,
    labels,
  };
}

/** Era bands on scale `x`; their titles share one row, each after the one before it ends (overlapping eras). */
function placeEras(model: LayoutModel, x: TimeScale, width: number): EraBox[] {
  let taken = 0;
  return model.timeline.eras.map((era) => {
    const x0 = x(new Date(era.start.start));
    const x1 = x(new Date(era.end.end));
    const textX = Math.max(x0, 0, taken) + 4;
    const room = Math.min(x1, width) - textX - 4;
    let title = room < 24 ? '' : fitText(era.title, room, model.measure).text;
    if (title === '…') title = '';
    if (title) taken = textX + model.measure(title) + 8;
    return {title, x0, x1, textX};
  });
}

/** The mark of every visible item of `layout`, in start order (for tests and tools; a frame never needs them all). */
export function visibleMarks({timeline, assignment}: LayoutModel, layout: TimelineLayout): Mark[] {
  const project = projectionOf(layout.x);
  return Array.from(layout.items, (item) => {
    const event = assignment.itemEvent[item] as number;
    const lane = assignment.itemLane[item] as number;
    const cy = layout.lanes[lane]?.trackY ?? 0;
    return markAt(timeline.events[event] as ParsedEvent, item, event, lane, project, cy, layout.width);
  });
}

/** How many distinct events the `items` show: an event with several actors has an item in each of their lanes. */
function countEvents(assignment: LaneAssignment, items: Int32Array, eventCount: number): number {
  // One item per event (every lane mode but actors): no pass over 100,000 items on every frame.
  if (assignment.itemEvent.length === eventCount) return items.length;
  const seen = new Uint8Array(eventCount);
  let count = 0;
  for (const item of items) {
    const event = assignment.itemEvent[item] as number;
    count += 1 - (seen[event] as number);
    seen[event] = 1;
  }
  return count;
}
