import {expect} from '@open-wc/testing';
import {easeCubicInOut, interpolateZoom, pinch, scaleAround} from '../../src/layout/zoom-math.js';
import type {ZoomState} from '../../src/layout/time-scale.js';

/** The base pixel under screen pixel px. */
const baseAt = (state: ZoomState, px: number): number => (px - state.x) / state.k;
const unlimited = [0, Infinity] as const;

describe('scaleAround', () => {
  it('scales by the factor and keeps the point under the pointer where it was', () => {
    const state = {k: 3, x: -700};
    for (const [factor, px] of [
      [2, 100],
      [0.5, 640],
      [1.27, 0],
      [10, 1199],
    ] as const) {
      const next = scaleAround(state, factor, px, unlimited);
      expect(next.k, `×${factor}`).to.be.closeTo(3 * factor, 1e-12);
      expect(baseAt(next, px), `×${factor} at ${px}`).to.be.closeTo(baseAt(state, px), 1e-9);
    }
  });

  it('stops at the scale limits before anchoring: at full depth a zoom in does not slide the view', () => {
    const deepest = {k: 50, x: -20_000};
    expect(scaleAround(deepest, 1.5, 300, [1, 50])).to.deep.equal(deepest);
    const near = scaleAround({k: 40, x: -16_000}, 2, 300, [1, 50]);
    expect(near.k).to.equal(50);
    expect(baseAt(near, 300)).to.be.closeTo(baseAt({k: 40, x: -16_000}, 300), 1e-9);
    expect(scaleAround({k: 1.2, x: -50}, 0.1, 300, [1, 50]).k).to.equal(1);
  });
});

describe('pinch', () => {
  const start = {k: 2, x: -400};

  it('scales by how far the fingers spread, and the point between them follows their midpoint', () => {
    const next = pinch(start, [300, 50], [500, 50], [200, 50], [600, 50], unlimited);
    expect(next.k).to.be.closeTo(4, 1e-12);
    expect(baseAt(next, 400)).to.be.closeTo(baseAt(start, 400), 1e-9);
  });

  it('pans with the fingers when they move together', () => {
    const next = pinch(start, [300, 50], [500, 50], [350, 60], [550, 60], unlimited);
    expect(next.k).to.be.closeTo(2, 1e-12);
    expect(next.x).to.be.closeTo(-350, 1e-9);
  });

  it('measures the spread in both directions, as fingers on a screen do', () => {
    const next = pinch(start, [300, 0], [300, 100], [300, 0], [300, 200], unlimited);
    expect(next.k).to.be.closeTo(4, 1e-12);
  });

  it('keeps the scale when two fingers start on one spot, and stays within the limits', () => {
    expect(pinch(start, [300, 50], [300, 50], [250, 50], [350, 50], unlimited).k).to.equal(2);
    expect(pinch(start, [300, 50], [500, 50], [0, 50], [1000, 50], [1, 5]).k).to.equal(5);
  });
});

describe('interpolateZoom', () => {
  const width = 1000;
  const from = {k: 1, x: 0};
  const to = {k: 16, x: -9000};

  it('starts at `from` and ends exactly at `to`', () => {
    const at = interpolateZoom(from, to, width);
    expect(at(0).k).to.be.closeTo(1, 1e-12);
    expect(at(0).x).to.be.closeTo(0, 1e-9);
    expect(at(1)).to.equal(to);
  });

  it('changes the visible span by a constant ratio and moves its centre evenly', () => {
    const at = interpolateZoom(from, to, width);
    const span = (t: number): number => width / at(t).k;
    expect(span(0.25) / span(0)).to.be.closeTo(span(0.5) / span(0.25), 1e-9);
    expect(span(0.5)).to.be.closeTo(width / 4, 1e-9);
    const centre = (t: number): number => baseAt(at(t), width / 2);
    expect(centre(0.5)).to.be.closeTo((centre(0) + centre(1)) / 2, 1e-9);
  });

  it('jumps to `to` on a chart without width', () => {
    expect(interpolateZoom(from, to, 0)(0.3)).to.equal(to);
  });
});

describe('easeCubicInOut', () => {
  it('runs from 0 to 1, slow at both ends, symmetric about the middle', () => {
    expect(easeCubicInOut(0)).to.equal(0);
    expect(easeCubicInOut(1)).to.equal(1);
    expect(easeCubicInOut(0.5)).to.equal(0.5);
    expect(easeCubicInOut(0.1)).to.be.below(0.1);
    expect(easeCubicInOut(0.9)).to.be.above(0.9);
    expect(easeCubicInOut(0.2) + easeCubicInOut(0.8)).to.be.closeTo(1, 1e-12);
  });
});
