import {expect} from '@open-wc/testing';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {ParsedEvent} from '../../src/data/parse-event.js';
import {
  clusterRadius,
  computeLayout,
  createLayoutModel,
  visibleMarks,
  estimateTextWidth,
  fitText,
  type LayoutModel,
  type PlacedLabel,
  type TimelineLayout,
} from '../../src/layout/compute-layout.js';
import type {Glyph} from '../../src/layout/clusters.js';
import {createBaseScale, identityZoom, zoomForWindow, type TimeScale} from '../../src/layout/time-scale.js';
import {centurySpan} from '../fixtures/century-span.js';
import {empty} from '../fixtures/empty.js';
import {events500, generateTimeline} from '../fixtures/events-500.js';
import {oneEvent} from '../fixtures/one-event.js';
import {sameDayCluster} from '../fixtures/same-day-cluster.js';
import {yearOnly} from '../fixtures/year-only.js';

// The chart's fixed sizes, written out so the tests check geometry.ts rather than repeat it.
const LANE_HEIGHT = 18 + 22 + 2 * 17 + 4; // header, track, two label rows, padding
const AXIS = 28;
const ERA_ROW = 20;
const PAD = 12; // half the 24 px hit target
const HALF_POINT = 6;
const GAP = 8;
const MAX_LABEL = 220;
const DAY = 86_400_000;

const sevenPx = (text: string): number => text.length * 7;

/** Where a mark should be, worked out from the event and the scale alone. */
function expectedExtent(parsed: ParsedEvent, x: TimeScale): [number, number] {
  const a = x(new Date(parsed.from));
  const b = x(new Date(parsed.to));
  const fine = !parsed.end && ['day', 'minute', 'second'].includes(parsed.start.precision);
  if (fine || b - a < HALF_POINT) return [(a + b) / 2, (a + b) / 2];
  return [a, b];
}

/** Event indices (one item per event, category lanes) whose mark reaches into [-PAD, width + PAD]. */
function expectedVisible(events: readonly ParsedEvent[], x: TimeScale, width: number): number[] {
  const out: number[] = [];
  events.forEach((e, i) => {
    const [x0, x1] = expectedExtent(e, x);
    if (x1 >= -PAD && x0 <= width + PAD) out.push(i);
  });
  return out;
}

/** The lane a glyph is drawn in. */
function laneOf(glyph: Glyph | undefined): number {
  return glyph?.type === 'mark' ? glyph.mark.lane : (glyph?.cluster.lane ?? NaN);
}

/** The label row (0 or 1) from a label's baseline. */
function rowOf(layout: TimelineLayout, label: PlacedLabel): number {
  const top = layout.lanes[laneOf(layout.glyphs[label.glyph])]?.top ?? NaN;
  return (label.y - 12 - top - 18 - 22) / 17;
}

function checkLabels(layout: TimelineLayout, model: LayoutModel): void {
  const {labels, glyphs, width} = layout;
  const marks = visibleMarks(model, layout);
  for (const label of labels) {
    const glyph = glyphs[label.glyph];
    // The mark of the event that names the glyph: its own, or a cluster member's.
    const mark = marks.find((m) => m.event === label.event && m.lane === laneOf(glyph));
    expect(mark, `label ${label.text}`).to.not.equal(undefined);
    if (!mark || !glyph) continue;
    const half = mark.kind === 'point' ? HALF_POINT : 0;
    // The glyph is on screen (a mark, or a cluster badge), and the label starts or ends at it.
    const [x0, x1] =
      glyph.type === 'cluster'
        ? [glyph.cluster.cx - clusterRadius, glyph.cluster.cx + clusterRadius]
        : [mark.x0 - half, mark.x1 + half];
    expect(x1, `mark of ${label.text}`).to.be.greaterThan(0);
    expect(x0, `mark of ${label.text}`).to.be.lessThan(width);
    const start = Math.max(0, x0);
    const end = Math.min(width, x1);
    const middle = (start + end) / 2;
    const under = label.x <= middle && middle <= label.x + label.width; // pushed inside the chart
    const anchored =
      Math.abs(label.x - start) < 1e-6 || Math.abs(label.x + label.width - end) < 1e-6 || under;
    expect(anchored, `${label.text} at ${label.x}, mark ${start}–${end}`).to.equal(true);
    expect(label.x).to.be.at.least(0);
    expect(label.x + label.width).to.be.at.most(width);
    expect(rowOf(layout, label)).to.be.oneOf([0, 1]);
    const suffix = glyph.type === 'cluster' ? ` +${glyph.cluster.events.length - 1}` : '';
    expect(label.text).to.equal(`${model.label(mark.event).text}${suffix}`);
  }
  // No two labels overlap: boxes x..x + width, on the same text line when baselines are less than 12 px apart.
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i] as PlacedLabel;
      const b = labels[j] as PlacedLabel;
      if (Math.abs(a.y - b.y) >= 12) continue;
      const apart = a.x + a.width + GAP <= b.x || b.x + b.width + GAP <= a.x;
      expect(apart, `"${a.text}" and "${b.text}" overlap at y ${a.y}`).to.equal(true);
    }
  }
}

describe('estimateTextWidth', () => {
  it('estimateTextWidth(text) allows 6.6 px per character', () => {
    expect(estimateTextWidth('Treaty')).to.be.closeTo(39.6, 1e-9);
    expect(estimateTextWidth('')).to.equal(0);
  });
});

describe('fitText', () => {
  it('fitText(text, max, measure) keeps a text that fits, with its width', () => {
    expect(fitText('Treaty', 100, sevenPx)).to.deep.equal({text: 'Treaty', width: 42});
    expect(fitText('Treaty', 42, sevenPx)).to.deep.equal({text: 'Treaty', width: 42});
  });

  it('fitText(text, max, measure) cuts a long text with "…" to the longest prefix that fits', () => {
    expect(fitText('Treaty of Friendship', 70, sevenPx)).to.deep.equal({text: 'Treaty of…', width: 70});
    expect(fitText('Treaty of Friendship', 69, sevenPx)).to.deep.equal({text: 'Treaty o…', width: 63});
    expect(fitText('Treaty of Friendship', 139, sevenPx)).to.deep.equal({
      text: 'Treaty of Friendsh…',
      width: 133,
    });
  });

  it('fitText(text, max, measure) drops the space before the "…"', () => {
    expect(fitText('Treaty of Friendship', 56, sevenPx)).to.deep.equal({text: 'Treaty…', width: 49});
  });

  it('fitText(text, max, measure) never exceeds max, for every max from 7 to 150 px', () => {
    const text = 'Declaration on Strategic Partnership between India and Russia';
    for (let max = 7; max <= 150; max++) {
      const {text: cut, width} = fitText(text, max, sevenPx);
      expect(width, `max ${max}`).to.equal(sevenPx(cut));
      expect(width, `max ${max}`).to.be.at.most(max);
      expect(cut.endsWith('…'), `max ${max}`).to.equal(true);
      const prefix = cut.slice(0, -1);
      expect(text.startsWith(prefix), `max ${max}`).to.equal(true);
      // The next longer cut (a space before the "…" is dropped) would not fit.
      let n = prefix.length + 1;
      while (n <= text.length && `${text.slice(0, n).trimEnd()}…` === cut) n++;
      expect(sevenPx(`${text.slice(0, n).trimEnd()}…`), `max ${max}`).to.be.greaterThan(max);
    }
  });

  it('fitText(text, max, measure) gives a bare "…" when not even one character fits, wider than max', () => {
    // Callers guard against this (era titles need 24 px of room; labels have 220 px).
    expect(fitText('Treaty', 6, sevenPx)).to.deep.equal({text: '…', width: 7});
  });
});

describe('createLayoutModel', () => {
  it('createLayoutModel(timeline, mode, measure) cuts labels to 220 px and measures each event once', () => {
    let calls = 0;
    const measure = (text: string): number => {
      calls++;
      return sevenPx(text);
    };
    const model = createLayoutModel(parseTimeline(oneEvent), 'category', measure);
    expect(calls).to.equal(0);
    const label = model.label(0);
    expect(label).to.deep.equal({text: 'Treaty of Peace, Friendship an…', width: 31 * 7});
    expect(label.width).to.be.at.most(MAX_LABEL);
    const after = calls;
    expect(model.label(0)).to.equal(label);
    expect(calls).to.equal(after);
  });

  it('createLayoutModel(timeline, mode) assigns lanes in that mode and pads the extent', () => {
    const model = createLayoutModel(parseTimeline(oneEvent), 'actor');
    expect(model.assignment.lanes.map((l) => l.label)).to.deep.equal(['India', 'Soviet Union']);
    const from = Date.UTC(1971, 7, 9);
    expect(model.extent).to.deep.equal([from - 30 * DAY, from + 31 * DAY]);
  });
});

describe('computeLayout', () => {
  const timeline500 = parseTimeline(events500);
  const model500 = createLayoutModel(timeline500, 'category');
  const layout500 = computeLayout(model500, {width: 800, zoom: identityZoom});

  it('computeLayout(model, {width: 800}) on 500 events shows every event, in start order, with no overlapping labels', () => {
    expect(timeline500.events.length).to.equal(500);
    expect(visibleMarks(model500, layout500).length).to.equal(500);
    for (let i = 1; i < visibleMarks(model500, layout500).length; i++) {
      const a = timeline500.events[visibleMarks(model500, layout500)[i - 1]?.event ?? -1];
      const b = timeline500.events[visibleMarks(model500, layout500)[i]?.event ?? -1];
      expect(b?.from).to.be.at.least(a?.from ?? Infinity);
    }
    // Some labels, not all: 500 events do not all fit in 800 px.
    expect(layout500.labels.length).to.be.within(20, 499);
    checkLabels(layout500, model500);
  });

  it('computeLayout(model, {width: 800}) puts each mark where its event and lane say', () => {
    for (const mark of visibleMarks(model500, layout500)) {
      const parsed = timeline500.events[mark.event] as ParsedEvent;
      const [x0, x1] = expectedExtent(parsed, layout500.x);
      expect(mark.x0).to.be.closeTo(x0, 1e-6);
      expect(mark.x1).to.be.closeTo(x1, 1e-6);
      expect(mark.cy).to.equal((layout500.lanes[mark.lane]?.top ?? NaN) + 18 + 11);
      expect(model500.assignment.lanes[mark.lane]?.key).to.equal(parsed.event.category ?? '');
    }
  });

  it('computeLayout(model, {width: 800}) keeps every mark within the window plus the hit-size pad', () => {
    for (const k of [1, 8, 64]) {
      const layout = computeLayout(model500, {width: 800, zoom: {k, x: -(k - 1) * 300}});
      for (const mark of visibleMarks(model500, layout)) {
        expect(mark.x1, `k=${k}`).to.be.at.least(-PAD);
        expect(mark.x0, `k=${k}`).to.be.at.most(800 + PAD);
      }
      expect(visibleMarks(model500, layout).map((m) => m.event)).to.deep.equal(
        expectedVisible(timeline500.events, layout.x, 800)
      );
      checkLabels(layout, model500);
    }
  });

  it('computeLayout(model, {zoom: {k: 8}}) shows fewer marks, and a window 8 times shorter', () => {
    const zoomed = computeLayout(model500, {width: 800, zoom: {k: 8, x: -2800}});
    const [w0, w1] = layout500.window;
    const span = w1 - w0;
    expect(w0).to.be.closeTo(model500.extent[0], 1);
    expect(w1).to.be.closeTo(model500.extent[1], 1);
    expect(zoomed.window[0]).to.be.closeTo(w0 + (span * 350) / 800, 1);
    expect(zoomed.window[1] - zoomed.window[0]).to.be.closeTo(span / 8, 1);
    const expected = expectedVisible(timeline500.events, zoomed.x, 800);
    expect(visibleMarks(model500, zoomed).map((m) => m.event)).to.deep.equal(expected);
    expect(visibleMarks(model500, zoomed).length).to.be.lessThan(visibleMarks(model500, layout500).length);
    expect(visibleMarks(model500, zoomed).length).to.be.greaterThan(0);
  });

  it('computeLayout(model, {selected}) places the label of the selected event, which otherwise had no room', () => {
    const labelled = new Set(layout500.labels.map((l) => l.event));
    const unlabelled = visibleMarks(model500, layout500)
      .filter((m) => !labelled.has(m.event))
      .slice(0, 25);
    expect(unlabelled.length).to.equal(25);
    for (const mark of unlabelled) {
      const layout = computeLayout(model500, {width: 800, zoom: identityZoom, selected: mark.event});
      const label = layout.labels.find((l) => l.event === mark.event);
      expect(label, `event ${mark.event}`).to.not.equal(undefined);
      if (!label) continue;
      // It was placed first: row 0, starting at its glyph (its mark, or the cluster holding it)
      // unless that crosses the right edge.
      const half = mark.kind === 'point' ? HALF_POINT : 0;
      const glyph = layout.glyphs[label.glyph];
      const [x0, x1] =
        glyph?.type === 'cluster'
          ? [glyph.cluster.cx - clusterRadius, glyph.cluster.cx + clusterRadius]
          : [mark.x0 - half, mark.x1 + half];
      const start = Math.max(0, x0);
      const expectedX = start + label.width <= 800 ? start : Math.min(800, x1) - label.width;
      expect([rowOf(layout, label), label.x]).to.deep.equal([0, expectedX]);
      checkLabels(layout, model500);
    }
  });

  it('computeLayout(model, {width}) stacks lanes with no gap: height = lanes × 78 + axis', () => {
    const {lanes, height} = layout500;
    expect(lanes.map((l) => l.key)).to.deep.equal([
      'summit',
      'defence',
      'economy',
      'science',
      'diplomacy',
      'culture',
      '',
    ]);
    lanes.forEach((lane, i) => {
      expect(lane.top).to.equal(i * LANE_HEIGHT);
      expect(lane.trackY).to.equal(i * LANE_HEIGHT + 29);
    });
    expect(height).to.equal(7 * LANE_HEIGHT + AXIS);
  });

  it('computeLayout(model, {width}) adds an era row at the top when the dataset has eras', () => {
    const timeline = parseTimeline(centurySpan);
    const model = createLayoutModel(timeline, 'category');
    const layout = computeLayout(model, {width: 800, zoom: identityZoom});
    expect(layout.lanes.map((l) => [l.label, l.top])).to.deep.equal([
      ['Diplomacy', ERA_ROW],
      ['Trade', ERA_ROW + LANE_HEIGHT],
    ]);
    expect(layout.height).to.equal(ERA_ROW + 2 * LANE_HEIGHT + AXIS);
    // Eras from the scale: the extent is 1900–2000 padded by 3 years (3% of a century) on each side.
    const lo = Date.UTC(1900, 0, 1);
    const hi = Date.UTC(2000, 0, 1);
    const pad = 0.03 * (hi - lo);
    const px = (t: number): number => ((t - (lo - pad)) / (hi - lo + 2 * pad)) * 800;
    const [soviet, russia] = layout.eras;
    expect(soviet?.title).to.equal('Soviet era');
    expect(soviet?.x0).to.be.closeTo(px(Date.UTC(1947, 3, 13)), 1e-6);
    expect(soviet?.x1).to.be.closeTo(px(Date.UTC(1991, 11, 27)), 1e-6);
    expect(soviet?.textX).to.be.closeTo(px(Date.UTC(1947, 3, 13)) + 4, 1e-6);
    // "Russian Federation" (119 px) is cut to the room between the era's edges, less 4 px on each side (about 60 px).
    const room = px(Date.UTC(2001, 0, 1)) - px(Date.UTC(1991, 11, 26)) - 8;
    expect(room).to.be.within(55, 65);
    expect(russia?.title).to.equal('Russian…');
    expect(estimateTextWidth(russia?.title ?? '')).to.be.at.most(room);
  });

  it('computeLayout(model, {glyphs: false}) gives the frame of the full layout (scale, lanes, eras) and no glyphs', () => {
    const model = createLayoutModel(parseTimeline(centurySpan), 'category');
    const zoom = zoomForWindow(
      createBaseScale(model.extent, 800),
      Date.UTC(1950, 0, 1),
      Date.UTC(1995, 0, 1)
    );
    const full = computeLayout(model, {width: 800, zoom});
    const frame = computeLayout(model, {width: 800, zoom, glyphs: false});
    expect(full.glyphs.length, 'the full layout has glyphs to leave out').to.be.greaterThan(0);
    expect([frame.glyphs, frame.labels, [...frame.items]]).to.deep.equal([[], [], []]);
    expect([frame.width, frame.height, frame.window, frame.lanes, frame.eras]).to.deep.equal([
      full.width,
      full.height,
      full.window,
      full.lanes,
      full.eras,
    ]);
    expect(frame.x(new Date(Date.UTC(1971, 7, 9)))).to.equal(full.x(new Date(Date.UTC(1971, 7, 9))));
  });

  it('computeLayout(model, {zoom}) gives an era no title when less than 24 px of it is on screen', () => {
    const timeline = parseTimeline(centurySpan);
    const model = createLayoutModel(timeline, 'category');
    const base = createBaseScale(model.extent, 800);
    // Show 1991-12-10 … 1993-12-10: the Soviet era ends 17 days (≈ 19 px) in, the Russian era fills the rest.
    const zoom = zoomForWindow(base, Date.UTC(1991, 11, 10), Date.UTC(1993, 11, 10));
    const [soviet, russia] = computeLayout(model, {width: 800, zoom}).eras;
    expect(soviet?.title).to.equal('');
    expect(russia?.title).to.equal('Russian Federation');
  });

  it('computeLayout(emptyModel, {width}) has no lanes, marks or labels; only the axis, over 1995–2005', () => {
    const model = createLayoutModel(parseTimeline(empty), 'category');
    const layout = computeLayout(model, {
      width: 800,
      zoom: identityZoom,
    });
    expect([layout.lanes, visibleMarks(model, layout), layout.labels, layout.eras]).to.deep.equal([
      [],
      [],
      [],
      [],
    ]);
    expect(layout.height).to.equal(AXIS);
    expect(layout.window[0]).to.be.closeTo(788_900_040_000, 1);
    expect(layout.window[1]).to.be.closeTo(1_104_469_560_000, 1);
  });

  it('computeLayout(oneEventModel, {width: 800}) draws the day in the middle with its label starting at the point', () => {
    const model = createLayoutModel(parseTimeline(oneEvent), 'category');
    const layout = computeLayout(model, {width: 800, zoom: identityZoom});
    expect(layout.lanes).to.deep.equal([
      {key: 'diplomacy', label: 'Diplomacy & treaties', top: 0, trackY: 29},
    ]);
    expect(layout.height).to.equal(LANE_HEIGHT + AXIS);
    expect(visibleMarks(model, layout)).to.have.length(1);
    const [mark] = visibleMarks(model, layout);
    expect(mark?.kind).to.equal('point');
    expect(mark?.cx).to.be.closeTo(400, 1e-9);
    expect(layout.labels).to.have.length(1);
    const [label] = layout.labels;
    expect(label?.text).to.equal('Treaty of Peace, Friendship and…');
    expect(label?.x).to.be.closeTo(394, 1e-9);
    expect(label?.y).to.equal(18 + 22 + 12);
    expect(label?.width).to.be.closeTo(32 * 6.6, 1e-9);
  });

  it('computeLayout(yearOnlyModel, {width: 800}) draws each year as a band over exactly that year', () => {
    const timeline = parseTimeline(yearOnly);
    const model = createLayoutModel(timeline, 'category');
    const layout = computeLayout(model, {width: 800, zoom: identityZoom});
    // Extent 1947–2001 padded by 3% of its 54 years on each side.
    const lo = Date.UTC(1947, 0, 1);
    const hi = Date.UTC(2001, 0, 1);
    const pad = 0.03 * (hi - lo);
    const px = (t: number): number => ((t - (lo - pad)) / (hi - lo + 2 * pad)) * 800;
    expect(layout.lanes.map((l) => l.label)).to.deep.equal(['Diplomacy', 'Defence']);
    expect(
      visibleMarks(model, layout).map((m) => [timeline.events[m.event]?.id, m.kind, m.lane])
    ).to.deep.equal(
      ['y1947', 'y1953', 'y1955', 'y1962', 'y1971', 'y1988', 'y1993', 'y2000'].map((id) => [
        id,
        'band',
        id === 'y1962' || id === 'y1988' ? 1 : 0,
      ])
    );
    for (const mark of visibleMarks(model, layout)) {
      const year = timeline.events[mark.event]?.start.year ?? NaN;
      expect(mark.x0).to.be.closeTo(px(Date.UTC(year, 0, 1)), 1e-6);
      expect(mark.x1).to.be.closeTo(px(Date.UTC(year + 1, 0, 1)), 1e-6);
      expect(mark.cx).to.equal(mark.x0);
    }
  });

  it('computeLayout(clusterModel, {width}) merges ten same-day events into one counted cluster, labelled by its lead', () => {
    const timeline = parseTimeline(sameDayCluster);
    const model = createLayoutModel(timeline, 'none');
    const idsByRow = (layout: TimelineLayout): [string, number, string][] =>
      layout.labels.map((l) => [timeline.events[l.event]?.id ?? '?', rowOf(layout, l), l.text.slice(-3)]);
    const layout = computeLayout(model, {width: 800, zoom: identityZoom});
    expect(visibleMarks(model, layout)).to.have.length(10);
    expect(new Set(visibleMarks(model, layout).map((m) => m.cx)).size).to.equal(1);
    expect(layout.glyphs).to.have.length(1);
    expect(layout.glyphs[0]?.type === 'cluster' && layout.glyphs[0].cluster.events.length).to.equal(10);
    // The most important event names the cluster; the count says how many more it holds.
    expect(idsByRow(layout)).to.deep.equal([['cluster-6', 0, ' +9']]);
    // A selected member names it instead.
    const selected = timeline.events.findIndex((e) => e.id === 'cluster-2');
    expect(idsByRow(computeLayout(model, {width: 800, zoom: identityZoom, selected}))).to.deep.equal([
      ['cluster-2', 0, ' +9'],
    ]);
  });

  it('computeLayout(model, {zoom}) leaves out a day whose middle is off screen, and gives it no label', () => {
    const model = createLayoutModel(parseTimeline(oneEvent), 'category');
    const base = createBaseScale(model.extent, 800);
    const hour = DAY / 24;
    // Two days shown; the day of 9 August overlaps the window but its middle (noon) is 100 px off the edge.
    for (const t0 of [Date.UTC(1971, 7, 9, 18), Date.UTC(1971, 7, 7, 8)]) {
      const layout = computeLayout(model, {width: 800, zoom: zoomForWindow(base, t0, t0 + 48 * hour)});
      const noon = layout.x(new Date(Date.UTC(1971, 7, 9, 12)));
      expect(Math.abs(noon < 0 ? noon : noon - 800)).to.be.greaterThan(60);
      expect(visibleMarks(model, layout)).to.deep.equal([]);
      expect(layout.labels).to.deep.equal([]);
    }
  });

  it('computeLayout(model, {zoom}) gives no label to a point whose dot is just off screen, inside the pad', () => {
    const model = createLayoutModel(parseTimeline(oneEvent), 'category');
    const base = createBaseScale(model.extent, 800);
    const noon = Date.UTC(1971, 7, 9, 12);
    // 800 px for 8 days: noon sits 9 px left of the chart; its 12 px dot ends 3 px before it.
    const layout = computeLayout(model, {
      width: 800,
      zoom: zoomForWindow(base, noon + 0.09 * DAY, noon + 8.09 * DAY),
    });
    expect(visibleMarks(model, layout)).to.have.length(1);
    expect(visibleMarks(model, layout)[0]?.cx).to.be.closeTo(-9, 1e-6);
    expect(layout.labels).to.deep.equal([]);
  });

  it('computeLayout(model, {zoom}) on 100,000 events in a ten-day window visits only the few visible marks', () => {
    const timeline = parseTimeline(generateTimeline(100_000, 7));
    expect(timeline.events.length).to.equal(100_000);
    const model = createLayoutModel(timeline, 'category');
    const labelled = new Set<number>();
    const label = model.label;
    model.label = (i) => {
      labelled.add(i);
      return label(i);
    };
    const base = createBaseScale(model.extent, 800);
    const zoom = zoomForWindow(base, Date.UTC(1990, 5, 1), Date.UTC(1990, 5, 11));
    const layout = computeLayout(model, {width: 800, zoom});
    const expected = expectedVisible(timeline.events, layout.x, 800);
    expect(visibleMarks(model, layout).map((m) => m.event)).to.deep.equal(expected);
    expect(visibleMarks(model, layout).length).to.be.within(10, 300);
    // Labels were measured for visible events only.
    const visible = new Set(expected);
    expect([...labelled].filter((i) => !visible.has(i))).to.deep.equal([]);
    checkLabels(layout, model);
  });
});
