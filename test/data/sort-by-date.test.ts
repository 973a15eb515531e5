import {expect} from '@open-wc/testing';
import type {ParsedEvent} from '../../src/data/parse-event.js';
import {sortByDate} from '../../src/data/sort-by-date.js';
import {randomLcg} from '../fixtures/random.js';

/** Just the fields the order reads. */
const at = (from: number, to: number, inputIndex: number) => ({from, to, inputIndex}) as ParsedEvent;

function byDate(a: ParsedEvent, b: ParsedEvent): number {
  return a.from - b.from || (a.to === b.to ? 0 : a.to < b.to ? -1 : 1) || a.inputIndex - b.inputIndex;
}

describe('sortByDate', () => {
  it('sortByDate(events) orders by start, then end, then input order, across signs, magnitudes and Infinity', () => {
    const random = randomLcg(5);
    // Times from 270,000 BC to 270,000 AD, clustered so that starts and ends tie often.
    const times = [
      -8.5e15, -6.2e13, -1e12, -86_400_000, -1, -0, 0, 1, 86_400_000, 1e12, 1.7e12, 6.2e13, 8.5e15,
    ];
    const pick = () => times[Math.floor(random() * times.length)]!;
    const events = Array.from({length: 5000}, (_, i) => {
      const from = pick();
      return at(from, random() < 0.1 ? Infinity : Math.max(from, pick()), i);
    });
    const expected = [...events].sort(byDate).map((e) => e.inputIndex);
    expect(sortByDate(events).map((e) => e.inputIndex)).to.deep.equal(expected);
  });

  it('sortByDate(events) orders short runs of equal starts by their ends too', () => {
    const random = randomLcg(9);
    const day = 86_400_000;
    const events = Array.from({length: 3000}, (_, i) => {
      const from = Math.floor(random() * 1500 - 500) * day;
      return at(from, random() < 0.2 ? Infinity : from + Math.floor(random() * 4) * day, i);
    });
    const expected = [...events].sort(byDate).map((e) => e.inputIndex);
    expect(sortByDate(events).map((e) => e.inputIndex)).to.deep.equal(expected);
  });

  it('sortByDate(events) orders whole days across the years -11,000 to 11,000, and one time of day among them', () => {
    const random = randomLcg(11);
    const day = 86_400_000;
    const limit = 4_000_000; // days: some 11,000 years either side of 1970
    const events = Array.from({length: 4000}, (_, i) => {
      const from = (Math.floor(random() * 40) - 20) * Math.floor(random() * (limit / 20)) * day;
      return at(from, random() < 0.1 ? Infinity : from + Math.floor(random() * 3) * day, i);
    });
    const expected = [...events].sort(byDate).map((e) => e.inputIndex);
    expect(sortByDate([...events]).map((e) => e.inputIndex)).to.deep.equal(expected);
    // A time of day (or a date beyond those years) takes the other way, to the same order.
    events.push(at(events[7]!.from + 3_600_000, Infinity, events.length));
    const withTime = [...events].sort(byDate).map((e) => e.inputIndex);
    expect(sortByDate(events).map((e) => e.inputIndex)).to.deep.equal(withTime);
  });

  it('sortByDate(events) keeps events with equal times in input order, -0 and 0 included', () => {
    const events = [at(0, 5, 0), at(-0, 5, 1), at(0, 5, 2), at(-1, 0, 3)];
    expect(sortByDate(events).map((e) => e.inputIndex)).to.deep.equal([3, 0, 1, 2]);
  });

  it('sortByDate(sortedEvents) returns them as they are', () => {
    const events = [at(1, 2, 0), at(1, 3, 1), at(2, 2, 2)];
    const copy = [...events];
    expect(sortByDate(events)).to.deep.equal(copy);
  });
});
