import {expect} from '@open-wc/testing';
import {categoryIndex, countCategories} from '../../src/data/category-index.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';

const timeline = parseTimeline({
  categories: {defence: {label: 'Defence'}, summit: {label: 'Summits'}},
  events: [
    {date: '1971-08-09', title: 'Treaty of friendship', category: 'treaty'},
    {date: '1990-01-01', title: 'Talks'},
    {date: '2000-10-04', title: 'First annual summit', category: 'summit'},
    {date: '2021-12-06', title: '2+2 dialogue', category: 'defence'},
    {date: '2021-12-06', title: 'Annual summit', category: 'summit'},
  ],
});

describe('categoryIndex', () => {
  it('categoryIndex(timeline) lists declared categories first, then others in date order, "" for none', () => {
    const index = categoryIndex(timeline);
    expect(index.keys).to.deep.equal(['defence', 'summit', 'treaty', '']);
    expect(timeline.events.map((e) => index.keys[index.ofEvent[timeline.events.indexOf(e)]!])).to.deep.equal(
      timeline.events.map((e) => e.event.category ?? '')
    );
  });

  it('categoryIndex(timeline) is worked out once per timeline', () => {
    expect(categoryIndex(timeline)).to.equal(categoryIndex(timeline));
  });
});

describe('countCategories', () => {
  it('countCategories(index, events) counts the events by category, in the order they first show them', () => {
    const index = categoryIndex(timeline);
    const summits = timeline.events.flatMap((e, i) => (e.event.category === 'summit' ? [i] : []));
    const {counts, order} = countCategories(index, [...summits, 0, 3]);
    expect(order.map((p) => index.keys[p])).to.deep.equal(['summit', 'treaty', 'defence']);
    expect([...counts]).to.deep.equal([1, 2, 1, 0]);
  });

  it('countCategories(index, []) counts nothing', () => {
    const {counts, order} = countCategories(categoryIndex(timeline), []);
    expect(order).to.deep.equal([]);
    expect([...counts]).to.deep.equal([0, 0, 0, 0]);
  });
});
