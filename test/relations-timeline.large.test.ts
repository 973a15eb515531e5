import {expect} from '@open-wc/testing';
import {mount, nextOutcome, reduceMotion} from './harness.js';
import {smallDataset} from './fixtures/small-dataset.js';
import type {TimelineData} from '../src/types.js';
import {nextTask} from '../src/data/next-task.js';

/**
 * Datasets of thousands of events are read in chunks, and their layout is prepared a task at a time
 * before the render. What the reader sees must not depend on that: these tests set what can change
 * meanwhile (new data, lanes) or differ from the prepared wide view (a window, a selection).
 */
function largeDataset(count = 3000): TimelineData {
  return {
    title: 'Large',
    actors: {IN: {name: 'India'}, RU: {name: 'Russia'}},
    categories: {talks: {label: 'Talks'}, trade: {label: 'Trade'}},
    events: Array.from({length: count}, (_, i) => ({
      id: `e${i}`,
      date: `${1950 + (i % 70)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Meeting ${i}`,
      category: i % 2 ? 'talks' : 'trade',
      actors: [i % 3 ? 'IN' : 'RU'],
    })),
  };
}

describe('<relations-timeline> with a large dataset', () => {
  before(reduceMotion);

  it('draws every event and reports it loaded', async () => {
    const t = await mount({data: largeDataset()});
    expect(t.state()).to.equal('chart');
    expect(t.chartName()).to.match(/^3,000 events from .*1950/);
    expect(t.laneNames()).to.deep.equal(['Talks', 'Trade']);
  });

  it('shows the newer data when small data replaces it while it is still being read or prepared', async function () {
    this.timeout(20_000);
    for (let tasks = 0; tasks < 8; tasks++) {
      const t = await mount({data: smallDataset});
      t.el.data = largeDataset();
      for (let i = 0; i < tasks; i++) await nextTask();
      t.el.data = {...smallDataset, title: 'Newer'};
      await new Promise((resolve) => setTimeout(resolve, 200));
      await t.settle();
      expect(t.heading(), `after ${tasks} tasks`).to.equal('Newer');
      expect(t.shownEvents()).to.equal(smallDataset.events.length);
    }
  });

  it('draws the lanes asked for while the data was being read, whenever they change', async function () {
    this.timeout(20_000);
    // Reading and preparing take a few tasks each: the change lands in each of them in turn.
    for (let tasks = 0; tasks < 8; tasks++) {
      const t = await mount({data: smallDataset});
      const loaded = nextOutcome(t.el);
      t.el.data = largeDataset();
      for (let i = 0; i < tasks; i++) await nextTask();
      t.el.lanes = 'actor';
      await loaded;
      await t.settle();
      expect(t.laneNames(), `after ${tasks} tasks`).to.deep.equal(['India', 'Russia']);
    }
  });

  it('opens on the `start`–`end` window, not the prepared view of everything', async () => {
    // Sized before the data comes, as in a page: the wide view can be prepared at that width.
    const t = await mount({
      data: smallDataset,
      attributes: {start: '2000-01', end: '2000-06', lang: 'en-GB'},
    });
    const loaded = nextOutcome(t.el);
    t.el.data = largeDataset();
    await loaded;
    await t.settle();
    const ticks = t.axisTicks();
    expect(ticks[0]).to.match(/2000/);
    expect(ticks.some((tick) => /^(Feb|Mar|Apr)$/.test(tick))).to.equal(true);
  });

  it('opens on everything when no window is asked for', async () => {
    const t = await mount({data: smallDataset, attributes: {lang: 'en-GB'}});
    const loaded = nextOutcome(t.el);
    t.el.data = largeDataset();
    await loaded;
    await t.settle();
    expect(t.axisTicks()).to.include.members(['1960', '1980', '2000']);
  });

  it('opens on a linked or selected event where it is', async () => {
    const data = largeDataset();
    const t = await mount({data, attributes: {selected: 'e1234'}});
    expect(t.el.selected).to.equal('e1234');
    expect(t.card()?.title).to.equal('Meeting 1234');
  });
});
