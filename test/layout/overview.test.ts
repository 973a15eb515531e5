import {expect} from '@open-wc/testing';
import {computeDensity, densityPath} from '../../src/layout/overview.js';

describe('computeDensity', () => {
  it('computeDensity(starts, t0, t1, bins) counts the starts in each equal slice, the last one closed', () => {
    const starts = Float64Array.from([0, 1, 2, 5, 9, 10]);
    expect([...computeDensity(starts, 0, 10, 2)]).to.deep.equal([3, 3]);
    expect([...computeDensity(starts, 0, 10, 5)]).to.deep.equal([2, 1, 1, 0, 2]);
  });

  it('computeDensity(starts, t0, t1, bins) leaves out starts before t0, and is empty for no bins', () => {
    const starts = Float64Array.from([-5, 1, 2]);
    expect([...computeDensity(starts, 0, 4, 2)]).to.deep.equal([1, 1]);
    expect([...computeDensity(starts, 0, 4, 0)]).to.deep.equal([]);
  });
});

describe('densityPath', () => {
  it('densityPath(counts, width, height) draws one bar per non-empty bin, the fullest at full height', () => {
    const path = densityPath(Uint32Array.from([4, 0, 1]), 30, 20);
    expect(path.match(/M/g)).to.have.length(2);
    expect(path).to.include('M0.0,20h9.5v-20.0');
    expect(path).to.include('M20.0,20h9.5v-10.0'); // √1/√4 of the height
  });

  it('densityPath(counts, …) is empty when there is nothing to draw', () => {
    expect(densityPath(Uint32Array.from([0, 0]), 10, 10)).to.equal('');
  });
});
