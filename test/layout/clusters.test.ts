import {expect} from '@open-wc/testing';
import {groupRuns, sortByPosition} from '../../src/layout/clusters.js';
import {randomLcg} from '../fixtures/random.js';

describe('groupRuns', () => {
  it('groupRuns(xs, gap) keeps positions at least gap apart as runs of one', () => {
    expect(groupRuns([0, 30, 60], 24)).to.deep.equal([
      {cx: 0, start: 0, end: 1},
      {cx: 30, start: 1, end: 2},
      {cx: 60, start: 2, end: 3},
    ]);
  });

  it('groupRuns(xs, gap) merges positions closer than gap at their weighted centre', () => {
    expect(groupRuns([0, 10, 20, 100], 24)).to.deep.equal([
      {cx: 10, start: 0, end: 3},
      {cx: 100, start: 3, end: 4},
    ]);
  });

  it('groupRuns(xs, gap) lets a run grow while each next position is closer than gap to its centre', () => {
    // 0 stands apart; 40 joins 30 (centre 35), 50 joins them (centre 40), 52 too (centre 43); 100 stands apart.
    expect(groupRuns([0, 30, 40, 50, 52, 100], 24)).to.deep.equal([
      {cx: 0, start: 0, end: 1},
      {cx: 43, start: 1, end: 5},
      {cx: 100, start: 5, end: 6},
    ]);
  });

  it('groupRuns(xs, gap, start, end) groups only that range, and the runs name positions in it', () => {
    expect(groupRuns([500, 0, 10, 600], 24, 1, 3)).to.deep.equal([{cx: 5, start: 1, end: 3}]);
    expect(groupRuns([1, 2, 3], 24, 2, 2)).to.deep.equal([]);
  });

  it('groupRuns(xs, gap) leaves no two centres closer than gap and covers every position once, on 2,000 random positions', () => {
    const random = randomLcg(7);
    const xs = Array.from({length: 2000}, () => random() * 1200).sort((a, b) => a - b);
    const runs = groupRuns(xs, 24);
    expect(runs.length).to.be.within(20, 60);
    expect(runs[0]?.start).to.equal(0);
    expect(runs[runs.length - 1]?.end).to.equal(2000);
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i]?.start).to.equal(runs[i - 1]?.end);
      expect(runs[i]!.cx - runs[i - 1]!.cx).to.be.at.least(24);
    }
    for (const run of runs) {
      const mean = xs.slice(run.start, run.end).reduce((a, b) => a + b, 0) / (run.end - run.start);
      expect(run.cx).to.be.closeTo(mean, 1e-6);
    }
  });
});

describe('sortByPosition', () => {
  it('sortByPosition(order, xs, start, end) sorts that part of order by position, stably', () => {
    const xs = new Float64Array([5, 1, 5, 0, 9]);
    const order = new Int32Array([4, 0, 1, 2, 3]);
    sortByPosition(order, xs, 1, 5);
    expect([...order]).to.deep.equal([4, 3, 1, 0, 2]);
  });

  it('sortByPosition(order, xs) sorts a shuffled order too (past its insertion-sort budget)', () => {
    const random = randomLcg(3);
    const xs = Float64Array.from({length: 5000}, () => Math.floor(random() * 100));
    const order = Int32Array.from({length: 5000}, (_, i) => 4999 - i);
    sortByPosition(order, xs);
    const expected = Array.from({length: 5000}, (_, i) => 4999 - i).sort((a, b) => xs[a]! - xs[b]!);
    expect([...order]).to.deep.equal(expected);
  });
});
