import {expect} from '@open-wc/testing';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {countCategories, eventColumns, markKinds} from '../../src/layout/event-columns.js';

const timeline = parseTimeline({
  categories: {defence: {label: 'Defence'}, summit: {label: 'Summits'}},
  events: [
    {date: '1971-08-09', title: 'Treaty of friendship', category: 'treaty', importance: 3},
    {date: '1990', title: 'Talks'},
    {date: '2000-10', end: '2000-12', title: 'First annual summit', category: 'summit'},
    {date: '2021-12-06', title: '2+2 dialogue', category: 'defence'},
    {date: '2021-12-06', title: 'Annual summit', category: 'summit', importance: 2},
  ],
});

describe('eventColumns', () => {
  it('eventColumns(timeline) holds each event’s times, mark kind and importance, in event order', () => {
    const columns = eventColumns(timeline);
    expect([...columns.from]).to.deep.equal(timeline.events.map((e) => e.from));
    expect([...columns.to]).to.deep.equal(timeline.events.map((e) => e.to));
    expect([...columns.kind].map((k) => markKinds[k])).to.deep.equal([
      'point',
      'band',
      'bar',
      'point',
      'point',
    ]);
    expect([...columns.importance]).to.deep.equal(timeline.events.map((e) => e.importance));
  });

  it('eventColumns(timeline) lists declared categories first, then others in date order, "" for none', () => {
    const columns = eventColumns(timeline);
    expect(columns.categoryKeys).to.deep.equal(['defence', 'summit', 'treaty', '']);
    expect([...columns.category].map((p) => columns.categoryKeys[p])).to.deep.equal(
      timeline.events.map((e) => e.event.category ?? '')
    );
  });

  it('eventColumns(timeline) is worked out once per timeline', () => {
    expect(eventColumns(timeline)).to.equal(eventColumns(timeline));
  });
});

describe('countCategories', () => {
  it('countCategories(columns, events) counts the events by category, in the order they first show them', () => {
    const columns = eventColumns(timeline);
    const {counts, order} = countCategories(columns, [2, 4, 0, 3]);
    expect(order.map((p) => columns.categoryKeys[p])).to.deep.equal(['summit', 'treaty', 'defence']);
    expect([...counts]).to.deep.equal([1, 2, 1, 0]);
  });

  it('countCategories(columns) counts every event', () => {
    const {counts, order} = countCategories(eventColumns(timeline));
    expect([...counts]).to.deep.equal([1, 2, 1, 1]);
    expect(order).to.deep.equal([2, 3, 1, 0]);
  });

  it('countCategories(columns, []) counts nothing', () => {
    const {counts, order} = countCategories(eventColumns(timeline), []);
    expect(order).to.deep.equal([]);
    expect([...counts]).to.deep.equal([0, 0, 0, 0]);
  });
});
