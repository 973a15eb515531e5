import {expect} from '@open-wc/testing';
import {clusterMarks} from '../../src/layout/clusters.js';
import type {Mark} from '../../src/layout/marks.js';
import {randomLcg} from '../fixtures/random.js';

const mark = (cx: number, lane = 0, item = 0): Mark => ({
  item,
  event: item,
  lane,
  kind: 'point',
  x0: cx,
  x1: cx,
  cx,
  cy: 10,
});

describe('clusterMarks', () => {
  it('clusterMarks(marks, gap) keeps marks at least gap apart as lone marks', () => {
    const glyphs = clusterMarks([mark(0, 0, 0), mark(30, 0, 1), mark(60, 0, 2)], 24);
    expect(glyphs.map((g) => g.type)).to.deep.equal(['mark', 'mark', 'mark']);
  });

  it('clusterMarks(marks, gap) merges marks closer than gap at their weighted centre, in x order', () => {
    const glyphs = clusterMarks([mark(20, 0, 0), mark(0, 0, 1), mark(10, 0, 2), mark(100, 0, 3)], 24);
    expect(glyphs).to.have.length(2);
    const [cluster] = glyphs;
    expect(cluster?.type).to.equal('cluster');
    if (cluster?.type !== 'cluster') return;
    expect(cluster.cluster.members).to.deep.equal([1, 2, 0]);
    expect(cluster.cluster.cx).to.equal(10);
  });

  it('clusterMarks(marks, gap) never merges across lanes', () => {
    const glyphs = clusterMarks([mark(0, 0, 0), mark(0, 1, 1)], 24);
    expect(glyphs.map((g) => g.type)).to.deep.equal(['mark', 'mark']);
  });

  it('clusterMarks(marks, gap) leaves no two glyphs in a lane closer than gap, and counts every mark once', () => {
    const random = randomLcg(7);
    const marks = Array.from({length: 2000}, (_, i) => mark(random() * 1200, i % 3, i));
    const glyphs = clusterMarks(marks, 24);
    const members = glyphs.flatMap((g) => (g.type === 'mark' ? [g.mark] : g.cluster.members));
    expect(new Set(members).size).to.equal(2000);
    for (const lane of [0, 1, 2]) {
      const xs = glyphs
        .filter((g) => (g.type === 'mark' ? marks[g.mark]!.lane : g.cluster.lane) === lane)
        .map((g) => (g.type === 'mark' ? marks[g.mark]!.cx : g.cluster.cx))
        .sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).to.be.at.least(24);
    }
  });
});
