import {expect} from '@open-wc/testing';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {ParsedEvent} from '../../src/data/parse-event.js';
import {markAt, markKind, projectionOf, type Mark} from '../../src/layout/marks.js';
import {timeScale, type TimeScale} from '../../src/layout/time-scale.js';
import {mixedPrecision} from '../fixtures/mixed-precision.js';

const DAY = 86_400_000;
const timeline = parseTimeline(mixedPrecision);

function event(id: string): ParsedEvent {
  const found = timeline.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

/** A UTC scale from `d0` to `d1` over [0, width]. */
const scale = (d0: number, d1: number, width: number) => timeScale(d0, d1, 0, width);

/** Pixel of `t` on that scale, computed by hand. */
const px = (t: number, d0: number, d1: number, width: number): number => ((t - d0) / (d1 - d0)) * width;

const ids = {item: 3, event: 5, lane: 2};

/** The mark of `event` with `ids` on the scale `x`, on a track centred at `cy`. */
const markOn = (event: ParsedEvent, {item, event: index, lane}: typeof ids, x: TimeScale, cy: number): Mark =>
  markAt(event, item, index, lane, projectionOf(x), cy, x.range()[1] ?? 0);

describe('markKind', () => {
  it('markKind(event) gives a bar to a span, a band to coarse dates and a point to a day or finer', () => {
    expect(timeline.problems).to.deep.equal([]);
    const kinds = Object.fromEntries(timeline.events.map((e) => [e.id, markKind(e)]));
    expect(kinds).to.deep.equal({
      century: 'band',
      decade: 'band',
      year: 'band',
      season: 'band',
      month: 'band',
      day: 'point',
      minute: 'point',
      second: 'point',
      span: 'bar',
      approximate: 'band',
      uncertain: 'point',
    });
  });
});

describe('markAt', () => {
  it('markOn(yearEvent, ids, x, cy) is a band covering exactly that year', () => {
    const d0 = Date.UTC(1970, 0, 1);
    const d1 = Date.UTC(1974, 0, 1);
    const mark = markOn(event('year'), ids, scale(d0, d1, 1000), 29);
    const x0 = px(Date.UTC(1971, 0, 1), d0, d1, 1000); // 365 / 1461 of the width
    const x1 = px(Date.UTC(1972, 0, 1), d0, d1, 1000);
    expect(mark.kind).to.equal('band');
    expect(mark.x0).to.be.closeTo(x0, 1e-9);
    expect(mark.x1).to.be.closeTo(x1, 1e-9);
    expect(mark.cx).to.be.closeTo(x0, 1e-9);
    expect([mark.item, mark.event, mark.lane, mark.cy]).to.deep.equal([3, 5, 2, 29]);
  });

  it('markOn(monthEvent, ids, x, cy) is a band from the first of the month to the first of the next', () => {
    const d0 = Date.UTC(1971, 0, 1);
    const d1 = Date.UTC(1972, 0, 1);
    const mark = markOn(event('month'), ids, scale(d0, d1, 365), 0); // one pixel per day
    expect(mark.kind).to.equal('band');
    expect(mark.x0).to.be.closeTo(212, 1e-9);
    expect(mark.x1).to.be.closeTo(243, 1e-9);
  });

  it('markOn(monthEvent, ids, x, cy) turns a band narrower than half a point (6 px) into a point at its middle', () => {
    const d0 = Date.UTC(1971, 0, 1);
    const d1 = Date.UTC(1972, 0, 1);
    // 60 px for the year: August is 31 × 60 / 365 = 5.10 px wide.
    const narrow = markOn(event('month'), ids, scale(d0, d1, 60), 7);
    const middle = (px(Date.UTC(1971, 7, 1), d0, d1, 60) + px(Date.UTC(1971, 8, 1), d0, d1, 60)) / 2;
    expect(narrow.kind).to.equal('point');
    expect(narrow.cx).to.be.closeTo(middle, 1e-9);
    expect(narrow.x0).to.equal(narrow.cx);
    expect(narrow.x1).to.equal(narrow.cx);
    // 72 px for the year: August is 6.11 px wide, and stays a band.
    const wide = markOn(event('month'), ids, scale(d0, d1, 72), 7);
    expect(wide.kind).to.equal('band');
    expect(wide.x1 - wide.x0).to.be.closeTo((31 * 72) / 365, 1e-9);
  });

  it('markOn(dayEvent, ids, x, cy) is a point at the middle of the day', () => {
    const d0 = Date.UTC(1971, 7, 1);
    const d1 = Date.UTC(1971, 8, 1);
    const mark = markOn(event('day'), ids, scale(d0, d1, 310), 0); // ten pixels per day
    expect(mark.kind).to.equal('point');
    expect(mark.cx).to.be.closeTo(85, 1e-9);
    expect([mark.x0, mark.x1]).to.deep.equal([mark.cx, mark.cx]);
  });

  it('markOn(minuteEvent, ids, x, cy) is a point at the middle of the minute', () => {
    const d0 = Date.UTC(1971, 7, 9, 10);
    const d1 = Date.UTC(1971, 7, 9, 11);
    const mark = markOn(event('minute'), ids, scale(d0, d1, 600), 0); // ten pixels per minute
    expect(mark.kind).to.equal('point');
    expect(mark.cx).to.be.closeTo(305, 1e-9);
  });

  it('markOn(spanEvent, ids, x, cy) is a bar from the start of the first day to the end of the last', () => {
    const d0 = Date.UTC(1971, 7, 1);
    const d1 = Date.UTC(1971, 8, 1);
    const mark = markOn(event('span'), ids, scale(d0, d1, 310), 0);
    expect(mark.kind).to.equal('bar');
    expect(mark.x0).to.be.closeTo(80, 1e-9); // 9 August
    expect(mark.x1).to.be.closeTo(200, 1e-9); // end of 20 August
    expect(mark.cx).to.be.closeTo(80, 1e-9);
  });

  it('markOn(spanEvent, ids, x, cy) turns a bar narrower than 6 px into a point at its middle, like a band', () => {
    const d0 = Date.UTC(1971, 0, 1);
    const d1 = Date.UTC(1972, 0, 1);
    const mark = markOn(event('span'), ids, scale(d0, d1, 73), 0); // 12 days × 0.2 px
    expect(mark.kind).to.equal('point');
    expect(mark.cx).to.be.closeTo(((220 + 232) / 2) * 0.2, 1e-9);
  });

  it('markOn(centuryEvent, ids, x, cy) covers the whole century', () => {
    const d0 = Date.UTC(1900, 0, 1);
    const d1 = Date.UTC(2000, 0, 1);
    const mark = markOn(event('century'), ids, scale(d0 - 10 * DAY, d1 + 10 * DAY, 1000), 0);
    expect(mark.kind).to.equal('band');
    expect(mark.x0).to.be.closeTo(px(d0, d0 - 10 * DAY, d1 + 10 * DAY, 1000), 1e-9);
    expect(mark.x1).to.be.closeTo(px(d1, d0 - 10 * DAY, d1 + 10 * DAY, 1000), 1e-9);
  });
});
