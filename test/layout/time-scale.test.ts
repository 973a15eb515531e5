import {expect} from '@open-wc/testing';
import {scaleUtc} from 'd3-scale';
import {zoomIdentity} from 'd3-zoom';
import {
  applyZoom,
  computeExtent,
  createBaseScale,
  identityZoom,
  maxZoom,
  timeScale,
  zoomForWindow,
} from '../../src/layout/time-scale.js';

const DAY = 86_400_000;
const ms = (d: Date | number): number => +d;

/** computeExtent of a list of intervals, as columns. */
const extentOf = (intervals: {from: number; to: number}[]): [number, number] =>
  computeExtent(
    intervals.map((i) => i.from),
    intervals.map((i) => i.to)
  );

describe('timeScale', () => {
  // d3-scale's scaleUtc is the reference: the chart's scale is the part of it that the chart uses.
  const t0 = Date.UTC(1947, 7, 15);
  const t1 = Date.UTC(2025, 11, 5);
  const ours = timeScale(t0, t1, 0, 1200);
  const d3 = scaleUtc().domain([t0, t1]).range([0, 1200]);

  it('timeScale(t0, t1, r0, r1) maps times and pixels as d3’s scaleUtc does, both ways', () => {
    for (const t of [t0, Date.UTC(1971, 7, 9), Date.UTC(2021, 11, 6), t1, Date.UTC(2100, 0, 1)]) {
      expect(ours(t)).to.be.closeTo(d3(t), 1e-9);
      expect(ours(new Date(t))).to.be.closeTo(d3(new Date(t)), 1e-9);
    }
    for (const px of [-50, 0, 333.3, 1200, 1500]) expect(+ours.invert(px)).to.be.closeTo(+d3.invert(px), 1);
    expect(ours.domain().map(ms)).to.deep.equal([t0, t1]);
    expect(ours.range()).to.deep.equal([0, 1200]);
  });

  it('timeScale(…).ticks(count) picks the ticks d3’s scaleUtc picks, from decades down to hours', () => {
    for (const [a, b] of [
      [t0, t1],
      [Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)],
      [Date.UTC(2021, 11, 1), Date.UTC(2021, 11, 10)],
      [Date.UTC(2021, 11, 6, 9), Date.UTC(2021, 11, 6, 18)],
    ] as const) {
      for (const count of [2, 5, 13]) {
        expect(timeScale(a, b, 0, 800).ticks(count).map(ms)).to.deep.equal(
          scaleUtc().domain([a, b]).range([0, 800]).ticks(count).map(ms)
        );
      }
    }
  });
});

describe('computeExtent', () => {
  it('computeExtent(from, to) pads a long range by 3% of its length on each side', () => {
    const lo = Date.UTC(1900, 0, 1);
    const hi = Date.UTC(2000, 0, 1);
    const pad = 0.03 * (hi - lo); // about three years, more than 30 days
    expect(
      extentOf([
        {from: lo, to: lo},
        {from: hi - DAY, to: hi},
      ])
    ).to.deep.equal([lo - pad, hi + pad]);
  });

  it('computeExtent(from, to) pads a short range by 30 days on each side', () => {
    const from = Date.UTC(1971, 7, 9);
    expect(extentOf([{from, to: from + DAY}])).to.deep.equal([from - 30 * DAY, from + 31 * DAY]);
  });

  it('computeExtent(from, to) takes the earliest start and the latest end, not the first and last items', () => {
    const a = Date.UTC(1950, 0, 1);
    const b = Date.UTC(1960, 0, 1);
    const c = Date.UTC(2010, 0, 1);
    const extent = extentOf([
      {from: b, to: b + DAY},
      {from: a, to: c},
      {from: b, to: b},
    ]);
    const pad = 0.03 * (c - a);
    expect(extent).to.deep.equal([a - pad, c + pad]);
  });

  it('computeExtent([], []) is ten years around 1 January 2000', () => {
    // 5 × 365.2425 days = 157,784,760,000 ms on each side of 946,684,800,000.
    expect(extentOf([])).to.deep.equal([788_900_040_000, 1_104_469_560_000]);
  });
});

describe('createBaseScale', () => {
  it('createBaseScale(extent, width) maps the extent onto [0, width]', () => {
    const x = createBaseScale([Date.UTC(1970, 0, 1), Date.UTC(1980, 0, 1)], 800);
    expect(x(new Date(Date.UTC(1970, 0, 1)))).to.equal(0);
    expect(x(new Date(Date.UTC(1980, 0, 1)))).to.equal(800);
    expect(x(new Date(Date.UTC(1975, 0, 1)))).to.be.closeTo((1826 / 3652) * 800, 1e-9);
  });

  it('createBaseScale(extent, 0) keeps a range of one pixel', () => {
    expect(createBaseScale([0, DAY], 0).range()).to.deep.equal([0, 1]);
  });
});

describe('applyZoom', () => {
  const extent: [number, number] = [Date.UTC(1947, 0, 1), Date.UTC(2025, 0, 1)];

  it("applyZoom(base, {k, x}) equals d3-zoom's zoomIdentity.translate(x, 0).scale(k).rescaleX(base)", () => {
    const base = createBaseScale(extent, 800);
    for (const [k, x] of [
      [1, 0],
      [1, 250],
      [2, -400],
      [8, -2800],
      [37.5, -12_345.6],
      [0.5, 100],
      [1000, -399_600],
    ] as const) {
      const d3Base = scaleUtc().domain(base.domain()).range(base.range());
      const expected = zoomIdentity.translate(x, 0).scale(k).rescaleX(d3Base).domain().map(ms);
      expect(applyZoom(base, {k, x}).domain().map(ms), `k=${k} x=${x}`).to.deep.equal(expected);
    }
  });

  it('applyZoom(base, {k, x}) puts time t at k·base(t) + x', () => {
    const base = createBaseScale(extent, 800);
    const zoomed = applyZoom(base, {k: 8, x: -2800});
    for (const t of [Date.UTC(1971, 7, 9), Date.UTC(1985, 2, 11), Date.UTC(2000, 9, 3)]) {
      expect(zoomed(new Date(t))).to.be.closeTo(8 * base(new Date(t)) - 2800, 1e-6);
    }
  });

  it('applyZoom(base, identityZoom) keeps the domain and range, and never mutates the base', () => {
    const base = createBaseScale(extent, 800);
    const zoomed = applyZoom(base, identityZoom);
    expect(zoomed.domain().map(ms)).to.deep.equal(extent);
    expect(zoomed.range()).to.deep.equal([0, 800]);
    applyZoom(base, {k: 4, x: -100});
    expect(base.domain().map(ms)).to.deep.equal(extent);
    expect(base.range()).to.deep.equal([0, 800]);
  });
});

describe('zoomForWindow', () => {
  const extent: [number, number] = [Date.UTC(1947, 0, 1), Date.UTC(2025, 0, 1)];

  it('zoomForWindow(base, t0, t1) then applyZoom shows exactly [t0, t1] (within 1 ms)', () => {
    for (const width of [320, 800, 1234]) {
      const base = createBaseScale(extent, width);
      for (const [t0, t1] of [
        [Date.UTC(1971, 7, 1), Date.UTC(1971, 8, 1)],
        [Date.UTC(1971, 7, 9), Date.UTC(1971, 7, 10)],
        [Date.UTC(1947, 3, 13), Date.UTC(1991, 11, 26)],
        [Date.UTC(1940, 0, 1), Date.UTC(2030, 0, 1)],
      ] as const) {
        const [d0, d1] = applyZoom(base, zoomForWindow(base, t0, t1))
          .domain()
          .map(ms);
        expect(d0, `t0 at width ${width}`).to.be.closeTo(t0, 1);
        expect(d1, `t1 at width ${width}`).to.be.closeTo(t1, 1);
      }
    }
  });

  it('zoomForWindow(base, t0, t1) zooms by the ratio of the extent to the window', () => {
    const base = createBaseScale(extent, 800);
    const t0 = Date.UTC(1971, 0, 1);
    const t1 = Date.UTC(1972, 0, 1);
    const {k, x} = zoomForWindow(base, t0, t1);
    const expectedK = (extent[1] - extent[0]) / (t1 - t0);
    expect(k).to.be.closeTo(expectedK, expectedK * 1e-9);
    expect(x).to.be.closeTo((-(t0 - extent[0]) / (extent[1] - extent[0])) * 800 * expectedK, 1e-3);
  });

  it('zoomForWindow(base, t, t) zooms to a few milliseconds at t instead of dividing by zero', () => {
    const base = createBaseScale(extent, 800);
    const t = Date.UTC(1971, 7, 9);
    const zoom = zoomForWindow(base, t, t);
    // One millisecond is 3e-10 px on this base, below the 1e-9 px floor: k stops at 800 / 1e-9.
    expect(zoom.k).to.be.closeTo(8e11, 1);
    const [d0, d1] = applyZoom(base, zoom).domain().map(ms);
    expect(d0).to.be.closeTo(t, 1);
    expect((d1 ?? NaN) - (d0 ?? NaN)).to.be.within(1, 5);
  });
});

describe('maxZoom', () => {
  it('maxZoom(extent) lets about two days fill the width', () => {
    expect(maxZoom([0, 100 * DAY])).to.equal(50);
    expect(maxZoom([Date.UTC(1947, 0, 1), Date.UTC(2025, 0, 1)])).to.equal(28_490 / 2);
  });

  it('maxZoom(extent) is never below 1, even for an extent shorter than two days', () => {
    expect(maxZoom([0, DAY])).to.equal(1);
    expect(maxZoom([0, 0])).to.equal(1);
  });
});
