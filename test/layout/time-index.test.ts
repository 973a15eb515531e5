import {expect} from '@open-wc/testing';
import {createTimeIndex, windowRange, type TimeIndex} from '../../src/layout/time-index.js';

/** The intervals that overlap [t0, t1], as the layout reads them: the range, less those ending before t0. */
function queryWindow(index: TimeIndex, t0: number, t1: number): number[] {
  const [lo, hi] = windowRange(index, t0, t1);
  const out: number[] = [];
  for (let i = lo; i < hi; i++) if ((index.to[i] ?? 0) >= t0) out.push(i);
  return out;
}
import {randomInt, randomLcg} from '../fixtures/random.js';

/** The answer by brute force: every interval that touches the closed window [t0, t1]. */
function bruteForce(from: readonly number[], to: readonly number[], t0: number, t1: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < from.length; i++) if ((from[i] ?? 0) <= t1 && (to[i] ?? 0) >= t0) out.push(i);
  return out;
}

/** 2,000 intervals sorted by start: 60% points, 30% short, 10% long spans (up to half the range). */
function randomIntervals(seed: number): {from: number[]; to: number[]} {
  const random = randomLcg(seed);
  const starts = Array.from({length: 2000}, () => randomInt(random, 0, 1_000_000)).sort((a, b) => a - b);
  const to = starts.map((a) => {
    const kind = random();
    return kind < 0.6
      ? a
      : kind < 0.9
        ? a + randomInt(random, 1, 1000)
        : a + randomInt(random, 1000, 500_000);
  });
  return {from: starts, to};
}

describe('createTimeIndex', () => {
  it('createTimeIndex(from, to) keeps the running maximum of the ends in reach', () => {
    const index = createTimeIndex([0, 1, 2, 3], [10, 2, 5, 20]);
    expect([...index.from]).to.deep.equal([0, 1, 2, 3]);
    expect([...index.to]).to.deep.equal([10, 2, 5, 20]);
    expect([...index.reach]).to.deep.equal([10, 10, 10, 20]);
  });

  it('createTimeIndex(from, to) throws on starts that are not sorted, naming the position', () => {
    expect(() => createTimeIndex([0, 5, 3], [1, 6, 4])).to.throw('intervals not sorted at 2');
  });

  it('createTimeIndex(from, to) accepts equal starts', () => {
    expect([...createTimeIndex([4, 4, 4], [4, 9, 5]).reach]).to.deep.equal([4, 9, 9]);
  });

  it('createTimeIndex([], []) is an empty index', () => {
    const index = createTimeIndex([], []);
    expect([index.from.length, index.to.length, index.reach.length]).to.deep.equal([0, 0, 0]);
  });
});

describe('windowRange', () => {
  it('windowRange(index, t0, t1), less the intervals that end before t0, equals a brute-force filter on 2,000 random intervals for 200 random windows', () => {
    const {from, to} = randomIntervals(7);
    const index = createTimeIndex(from, to);
    const random = randomLcg(11);
    let hits = 0;
    let empties = 0;
    let longFromBefore = 0;
    for (let w = 0; w < 200; w++) {
      const t0 = randomInt(random, -100_000, 1_100_000);
      const kind = random();
      // Zero-width windows, narrow windows (often empty) and wide ones.
      const t1 =
        kind < 0.1 ? t0 : kind < 0.5 ? t0 + randomInt(random, 1, 300) : t0 + randomInt(random, 300, 200_000);
      const expected = bruteForce(from, to, t0, t1);
      expect(queryWindow(index, t0, t1), `window [${t0}, ${t1}]`).to.deep.equal(expected);
      hits += expected.length;
      if (!expected.length) empties++;
      longFromBefore += expected.filter((i) => (from[i] ?? 0) < t0 - 100_000).length;
    }
    // The comparison is not vacuous: many hits, some empty windows, and long spans that start far before the window.
    expect(hits).to.be.greaterThan(1000);
    expect(empties).to.be.greaterThan(0);
    expect(longFromBefore).to.be.greaterThan(0);
  });

  it('windowRange(index, t0, t1), less the intervals that end before t0, returns indices in start order', () => {
    const index = createTimeIndex([0, 10, 20, 30], [100, 11, 25, 31]);
    expect(queryWindow(index, 10, 30)).to.deep.equal([0, 1, 2, 3]);
  });

  it('windowRange(emptyIndex, t0, t1) returns nothing', () => {
    expect(queryWindow(createTimeIndex([], []), -Infinity, Infinity)).to.deep.equal([]);
  });

  it('windowRange(index, t0, t1), less the intervals that end before t0, returns nothing for a window before or after all data', () => {
    const index = createTimeIndex([100, 200, 300], [150, 400, 350]);
    expect(queryWindow(index, 0, 99)).to.deep.equal([]);
    expect(queryWindow(index, 401, 1000)).to.deep.equal([]);
    expect(queryWindow(index, 0, 1000)).to.deep.equal([0, 1, 2]);
  });

  it('windowRange(index, t0, t1), less the intervals that end before t0, finds a long span that starts before many short intervals', () => {
    const index = createTimeIndex([0, 10, 20, 30, 40], [1000, 11, 21, 31, 41]);
    expect(queryWindow(index, 500, 600)).to.deep.equal([0]);
    expect(queryWindow(index, 35, 45)).to.deep.equal([0, 4]);
  });

  it('windowRange(index, t0, t1), less the intervals that end before t0, finds points (from == to) inside the window and at either edge', () => {
    const index = createTimeIndex([5, 5, 8], [5, 5, 8]);
    expect(queryWindow(index, 5, 5)).to.deep.equal([0, 1]);
    expect(queryWindow(index, 0, 5)).to.deep.equal([0, 1]);
    expect(queryWindow(index, 8, 9)).to.deep.equal([2]);
    expect(queryWindow(index, 5.5, 7.5)).to.deep.equal([]);
    expect(queryWindow(index, 0, 4.999)).to.deep.equal([]);
  });

  it('windowRange(index, t0, t1), less the intervals that end before t0, treats both window edges as closed: an interval ending exactly at t0 is included', () => {
    // `to` is documented as exclusive, but the window test is to >= t0 so that points (from == to) are found.
    const index = createTimeIndex([0, 20], [10, 30]);
    expect(queryWindow(index, 10, 15)).to.deep.equal([0]);
    expect(queryWindow(index, 15, 20)).to.deep.equal([1]);
  });
});
