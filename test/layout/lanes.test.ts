import {expect} from '@open-wc/testing';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {assignLanes} from '../../src/layout/lanes.js';
import type {TimelineData} from '../../src/types.js';
import {empty} from '../fixtures/empty.js';
import {events500} from '../fixtures/events-500.js';

/**
 * Sorted by date, the events are: e (1998, no category), a (1999, space),
 * b (2000, culture), c (2001, trade), d (2003, summit, three actors).
 * Declared categories: summit, defence (unused), trade.
 */
const data: TimelineData = {
  categories: {summit: {label: 'Summits'}, defence: {label: 'Defence'}, trade: {label: 'Trade & energy'}},
  actors: {IN: {name: 'India'}, RU: {name: 'Russia'}, CN: {name: 'China'}, US: {name: 'United States'}},
  events: [
    {id: 'c', date: '2001-01-01', title: 'c', category: 'trade', actors: ['RU'], series: 'trade_talks'},
    {id: 'b', date: '2000-01-01', title: 'b', category: 'culture', actors: ['FR']},
    {id: 'e', date: '1998-01-01', title: 'e', series: 'annual-summit'},
    {
      id: 'd',
      date: '2003-01-01',
      title: 'd',
      category: 'summit',
      actors: ['IN', 'RU', 'CN'],
      series: 'annual-summit',
    },
    {id: 'a', date: '1999-01-01', title: 'a', category: 'space'},
  ],
};

describe('assignLanes', () => {
  const timeline = parseTimeline(data);

  it('assignLanes(timeline, mode) sees the events in date order (e, a, b, c, d)', () => {
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['e', 'a', 'b', 'c', 'd']);
  });

  it('assignLanes(timeline, "category") puts declared categories first in declared order, then unknown keys in date order, then the catch-all', () => {
    const {lanes, itemEvent, itemLane} = assignLanes(timeline, 'category');
    expect(lanes).to.deep.equal([
      {key: 'summit', label: 'Summits'},
      {key: 'trade', label: 'Trade & energy'},
      {key: 'space', label: 'space'},
      {key: 'culture', label: 'culture'},
      {key: '', label: ''},
    ]);
    expect([...itemEvent]).to.deep.equal([0, 1, 2, 3, 4]);
    expect([...itemLane]).to.deep.equal([4, 2, 3, 1, 0]);
  });

  it('assignLanes(timeline, "category") leaves out a declared category that no event uses', () => {
    expect(assignLanes(timeline, 'category').lanes.map((l) => l.key)).not.to.include('defence');
  });

  it('assignLanes(timeline, "actor") gives an event with three actors three items, one in each actor lane', () => {
    const {lanes, itemEvent, itemLane} = assignLanes(timeline, 'actor');
    expect(lanes).to.deep.equal([
      {key: 'IN', label: 'India'},
      {key: 'RU', label: 'Russia'},
      {key: 'CN', label: 'China'},
      {key: 'FR', label: 'FR'},
      {key: '', label: ''},
    ]);
    // e → '', a → '', b → FR, c → RU, d → IN, RU, CN.
    expect([...itemEvent]).to.deep.equal([0, 1, 2, 3, 4, 4, 4]);
    expect([...itemLane]).to.deep.equal([4, 4, 3, 1, 0, 1, 2]);
  });

  it('assignLanes(timeline, "series") labels a lane with its key, dashes and underscores read as spaces', () => {
    const {lanes, itemLane} = assignLanes(timeline, 'series');
    expect(lanes).to.deep.equal([
      {key: 'annual-summit', label: 'annual summit'},
      {key: 'trade_talks', label: 'trade talks'},
      {key: '', label: ''},
    ]);
    expect([...itemLane]).to.deep.equal([0, 2, 2, 1, 0]);
  });

  it('assignLanes(timeline, "none") puts every event in one unnamed lane', () => {
    const {lanes, itemEvent, itemLane} = assignLanes(timeline, 'none');
    expect(lanes).to.deep.equal([{key: '', label: ''}]);
    expect([...itemEvent]).to.deep.equal([0, 1, 2, 3, 4]);
    expect([...itemLane]).to.deep.equal([0, 0, 0, 0, 0]);
  });

  it('assignLanes(emptyTimeline, mode) has no lanes and no items', () => {
    for (const mode of ['none', 'category', 'actor', 'series'] as const) {
      const {lanes, itemEvent, index} = assignLanes(parseTimeline(empty), mode);
      expect([lanes.length, itemEvent.length, index.from.length], mode).to.deep.equal([0, 0, 0]);
    }
  });

  it('assignLanes(timeline, "actor") lists the items of 500 events in start order, each event once per actor', () => {
    const big = parseTimeline(events500);
    const {lanes, itemEvent, itemLane, index} = assignLanes(big, 'actor');
    const expectedItems = big.events.reduce((n, e) => n + (e.event.actors?.length ?? 1), 0);
    expect(itemEvent.length).to.equal(expectedItems);
    expect(lanes.map((l) => l.key)).to.deep.equal(['IN', 'SU', 'RU', 'CN', 'US']);
    for (let i = 0; i < itemEvent.length; i++) {
      const event = big.events[itemEvent[i] ?? -1];
      expect(index.from[i]).to.equal(event?.from);
      expect(index.to[i]).to.equal(event?.to);
      expect(event?.event.actors).to.include(lanes[itemLane[i] ?? -1]?.key);
      if (i > 0) expect(index.from[i]).to.be.at.least(index.from[i - 1] ?? -Infinity);
    }
  });
});
