import {expect} from '@open-wc/testing';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {assignLanes} from '../../src/layout/lanes.js';
import {navigate} from '../../src/layout/navigation.js';
import {smallDataset} from '../fixtures/small-dataset.js';

// Events in date order: 0 mig-21 (1962, treaty), 1 treaty-1971 (treaty), 2 soyuz-t11 (1984, space),
// 3 summit-2021 (summit), 4 crude-2022 (no category).
const timeline = parseTimeline(smallDataset);
const lanes = assignLanes(timeline, 'category');
const ids = (i: number): string => timeline.events[i]?.id ?? '';

describe('navigate', () => {
  it('navigate(lanes, n, current, "next" | "previous") walks date order and stops at the ends', () => {
    expect(ids(navigate(lanes, 5, 0, 'next'))).to.equal('treaty-1971');
    expect(ids(navigate(lanes, 5, 4, 'next'))).to.equal('crude-2022');
    expect(ids(navigate(lanes, 5, 0, 'previous'))).to.equal('mig-21');
    expect(ids(navigate(lanes, 5, -1, 'next'))).to.equal('mig-21');
    expect(ids(navigate(lanes, 5, -1, 'previous'))).to.equal('crude-2022');
  });

  it('navigate(lanes, n, current, "first" | "last") jumps to the ends', () => {
    expect(ids(navigate(lanes, 5, 2, 'first'))).to.equal('mig-21');
    expect(ids(navigate(lanes, 5, 2, 'last'))).to.equal('crude-2022');
  });

  it('navigate(lanes, n, current, "lane-down" | "lane-up") goes to the nearest event in time in the next lane', () => {
    expect(ids(navigate(lanes, 5, 1, 'lane-down'))).to.equal('soyuz-t11');
    expect(ids(navigate(lanes, 5, 2, 'lane-down'))).to.equal('summit-2021');
    expect(ids(navigate(lanes, 5, 3, 'lane-down'))).to.equal('crude-2022');
    expect(ids(navigate(lanes, 5, 2, 'lane-up'))).to.equal('treaty-1971');
    expect(ids(navigate(lanes, 5, 0, 'lane-up'))).to.equal('mig-21'); // top lane: stays
  });

  it('navigate(lanes, 0, …) has nowhere to go', () => {
    expect(navigate(lanes, 0, -1, 'next')).to.equal(-1);
  });
});
