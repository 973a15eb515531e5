import {expect} from '@open-wc/testing';
import {geometry} from '../../src/layout/geometry.js';
import {placeLabels, type LabelPlacement, type LabelRequest} from '../../src/layout/labels.js';
import {randomInt, randomLcg} from '../fixtures/random.js';

const GAP = 8; // geometry.labelGap, written out so a change to it shows up here

/** A label request for a point mark at `cx` (the mark is 12 px wide). */
const point = (key: number, cx: number, width: number, lane = 0): LabelRequest => ({
  key,
  lane,
  x0: cx - 6,
  x1: cx + 6,
  width,
});

/** 500 requests over 4 lanes of an 800 px chart: mostly points, some bands and bars, widths 20–220 px. */
function denseRequests(seed: number, width: number): LabelRequest[] {
  const random = randomLcg(seed);
  return Array.from({length: 500}, (_, key) => {
    const x0 = randomInt(random, 0, width);
    const x1 = random() < 0.7 ? Math.min(width, x0 + 12) : Math.min(width, x0 + randomInt(random, 12, 300));
    return {key, lane: randomInt(random, 0, 4), x0, x1, width: randomInt(random, 20, 221) + random()};
  });
}

describe('placeLabels', () => {
  it('placeLabels(requests, lanes, width) never places two labels of one lane and row closer than the gap, on 500 dense requests', () => {
    expect(geometry.labelGap).to.equal(GAP);
    for (const seed of [1, 2, 3]) {
      const width = 800;
      const requests = denseRequests(seed, width);
      const placed = placeLabels(requests, 4, width);
      // Dense enough that some are left out, sparse enough that many fit.
      expect(placed.length).to.be.within(40, 499);
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) {
          const a = placed[i] as LabelPlacement;
          const b = placed[j] as LabelPlacement;
          if (a.lane !== b.lane || a.row !== b.row) continue;
          const apart = a.x + a.width + GAP <= b.x || b.x + b.width + GAP <= a.x;
          expect(apart, `labels ${a.key} and ${b.key} overlap in lane ${a.lane}, row ${a.row}`).to.equal(
            true
          );
        }
      }
    }
  });

  it('placeLabels(requests, lanes, width) keeps every label inside [0, width], at or under its mark, once', () => {
    const width = 800;
    const requests = denseRequests(4, width);
    const placed = placeLabels(requests, 4, width);
    expect(new Set(placed.map((p) => p.key)).size).to.equal(placed.length);
    for (const p of placed) {
      const r = requests[p.key] as LabelRequest;
      expect(p.x).to.be.at.least(0);
      expect(p.x + p.width).to.be.at.most(width);
      expect([p.lane, p.width]).to.deep.equal([r.lane, r.width]);
      expect(p.row).to.be.oneOf([0, 1]);
      const middle = (r.x0 + r.x1) / 2;
      const under = p.x <= middle && middle <= p.x + p.width; // pushed inside, still under its mark
      expect(p.x === r.x0 || p.x === r.x1 - r.width || under, `label ${p.key} at ${p.x}`).to.equal(true);
    }
  });

  it('placeLabels(requests, lanes, width) gives the place to the earlier (more important) request', () => {
    const first = placeLabels([point(7, 106, 100), point(3, 106, 100), point(5, 106, 100)], 1, 800);
    expect(first).to.deep.equal([
      {key: 7, lane: 0, row: 0, x: 100, width: 100},
      {key: 3, lane: 0, row: 1, x: 100, width: 100},
    ]);
    const reversed = placeLabels([point(5, 106, 100), point(3, 106, 100), point(7, 106, 100)], 1, 800);
    expect(reversed.map((p) => [p.key, p.row])).to.deep.equal([
      [5, 0],
      [3, 1],
    ]);
  });

  it('placeLabels(requests, lanes, width) tries start at mark, then end at mark, in row 0 before row 1', () => {
    // A bar from 100 to 300: the first label starts at 100, the second ends at 300, both in row 0.
    const bar = (key: number): LabelRequest => ({key, lane: 0, x0: 100, x1: 300, width: 50});
    expect(placeLabels([bar(0), bar(1), bar(2)], 1, 800)).to.deep.equal([
      {key: 0, lane: 0, row: 0, x: 100, width: 50},
      {key: 1, lane: 0, row: 0, x: 250, width: 50},
      {key: 2, lane: 0, row: 1, x: 100, width: 50},
    ]);
  });

  it('placeLabels(requests, lanes, width) ends a label at its mark when starting there would cross the right edge', () => {
    expect(placeLabels([point(0, 786, 100)], 1, 800)).to.deep.equal([
      {key: 0, lane: 0, row: 0, x: 692, width: 100},
    ]);
  });

  it('placeLabels(requests, lanes, width) pushes a label inside the chart, under its mark, as a last resort', () => {
    // Starting at 344 would end at 844, ending at 356 would start at -144: it moves to 300.
    expect(placeLabels([point(0, 350, 500)], 1, 800)).to.deep.equal([
      {key: 0, lane: 0, row: 0, x: 300, width: 500},
    ]);
    // Anchored places in any row come first.
    const placed = placeLabels([point(0, 400, 100), point(1, 400, 100)], 1, 800);
    expect(placed.map((p) => [p.key, p.row, p.x])).to.deep.equal([
      [0, 0, 394],
      [1, 1, 394],
    ]);
  });

  it('placeLabels(requests, lanes, width) leaves out a label that fits nowhere', () => {
    // Rows taken near the mark, and the only free space would take it away from its mark.
    const blocked = placeLabels(
      [point(0, 100, 190), point(1, 100, 190), point(2, 330, 100), point(3, 330, 100), point(4, 420, 400)],
      1,
      800
    );
    expect(blocked.map((p) => p.key)).to.not.include(4);
    // Wider than the chart.
    expect(placeLabels([point(0, 10, 801)], 1, 800)).to.deep.equal([]);
    // Both rows taken.
    const three = placeLabels([point(0, 400, 100), point(1, 400, 100), point(2, 400, 100)], 1, 800);
    expect(three.map((p) => p.key)).to.deep.equal([0, 1]);
  });

  it('placeLabels(requests, lanes, width) shares a row between labels that are far enough apart', () => {
    const placed = placeLabels([point(0, 106, 100), point(1, 236, 100)], 1, 800);
    expect(placed.map((p) => [p.key, p.row, p.x])).to.deep.equal([
      [0, 0, 100],
      [1, 0, 230],
    ]);
  });

  it('placeLabels(requests, lanes, width) keeps lanes apart: the same spot is free in every lane', () => {
    const placed = placeLabels([point(0, 106, 100, 0), point(1, 106, 100, 1), point(2, 106, 100, 2)], 3, 800);
    expect(placed.map((p) => [p.key, p.lane, p.row, p.x])).to.deep.equal([
      [0, 0, 0, 100],
      [1, 1, 0, 100],
      [2, 2, 0, 100],
    ]);
  });

  it('placeLabels(requests, lanes, width, 1) uses only one row', () => {
    expect(placeLabels([point(0, 106, 100), point(1, 106, 100)], 1, 800, 1).map((p) => p.key)).to.deep.equal([
      0,
    ]);
  });

  it('placeLabels(requests, lanes, width) leaves out a request for a lane that does not exist', () => {
    expect(placeLabels([point(0, 106, 100, 2)], 2, 800)).to.deep.equal([]);
  });

  it('placeLabels(requests, lanes, width) reads the width (a measurement) only of labels that may still fit', () => {
    const width = 800;
    // A wide view of a large dataset: four times the dense set, most of it with nowhere to go.
    const requests = [4, 5, 6, 7].flatMap((seed, i) =>
      denseRequests(seed, width).map((r) => ({...r, key: r.key + i * 500}))
    );
    let reads = 0;
    const lazy = requests.map(({width: labelWidth, ...rest}) => ({
      ...rest,
      get width() {
        reads++;
        return labelWidth;
      },
    }));
    const placed = placeLabels(lazy, 4, width);
    expect(placed).to.deep.equal(placeLabels(requests, 4, width));
    // Where a lane's rows are taken at the mark, its label is left out unmeasured.
    expect(reads, `${placed.length} placed`).to.be.below(requests.length * 0.4);
    expect(reads).to.be.at.least(placed.length);
  });

  it('placeLabels([], lanes, width) places nothing', () => {
    expect(placeLabels([], 3, 800)).to.deep.equal([]);
  });
});
