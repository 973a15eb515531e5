import {expect} from '@open-wc/testing';
import {computeTicks, createTickFormat, tickCount} from '../../src/layout/ticks.js';
import {applyZoom, createBaseScale, timeScale, zoomForWindow} from '../../src/layout/time-scale.js';
import {utcTime} from '../../src/data/partial-date.js';

const utc = (y: number, m = 1, d = 1, h = 0, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));
const scale = (d0: Date, d1: Date, width: number) => timeScale(+d0, +d1, 0, width);

describe('tickCount', () => {
  it('tickCount(width) asks for one tick per 90 px, at least two', () => {
    expect([0, 100, 179, 180, 320, 800, 1600].map(tickCount)).to.deep.equal([2, 2, 2, 2, 3, 8, 17]);
  });
});

describe('createTickFormat', () => {
  const format = createTickFormat('en-GB');

  it('createTickFormat("en-GB") labels 1 January with the year', () => {
    expect(format(utc(1971), 0)).to.equal('1971');
    expect(format(utc(1971), 3)).to.equal('1971');
  });

  it('createTickFormat("en-GB") labels the 1st of a month with the month, and the year on the first tick', () => {
    expect(format(utc(1971, 8), 2)).to.equal('Aug');
    expect(format(utc(1971, 8), 0)).to.equal('Aug 1971');
  });

  it('createTickFormat("en-GB") labels any other day with day and month, and the year on the first tick', () => {
    expect(format(utc(1971, 8, 9), 1)).to.equal('9 Aug');
    expect(format(utc(1971, 8, 9), 0)).to.equal('9 Aug 1971');
  });

  it('createTickFormat("en-GB") labels a time of day with the time, and the date and year on the first tick', () => {
    expect(format(utc(1971, 8, 9, 6), 1)).to.equal('6:00');
    expect(format(utc(1971, 8, 9, 18, 30), 1)).to.equal('18:30');
    expect(format(utc(1971, 8, 9, 6), 0)).to.equal('9 Aug 1971, 6:00');
  });

  it('createTickFormat("en-GB") names the era for years before 1000', () => {
    expect(format(new Date(utcTime(71)), 1)).to.equal('71 AD');
    expect(format(new Date(utcTime(-43)), 1)).to.equal('44 BC');
  });

  it('createTickFormat("en-US") follows the locale', () => {
    const us = createTickFormat('en-US');
    expect(us(utc(1971, 8, 9), 1)).to.equal('Aug 9');
    expect(us(utc(1971, 8, 1), 0)).to.equal('Aug 1971');
  });

  it('createTickFormat(undefined) formats in UTC whatever the local zone', () => {
    // 1 January 1971 00:00 UTC is still 1970 in America; a local formatter would say "1970".
    expect(createTickFormat(undefined)(utc(1971), 1)).to.equal('1971');
  });
});

describe('computeTicks', () => {
  it('computeTicks(x, 800) on four decades gives a tick every five years, each on 1 January', () => {
    const ticks = computeTicks(scale(utc(1950), utc(1990), 800), 800);
    expect(ticks.map((t) => t.toISOString().slice(0, 10))).to.deep.equal(
      [1950, 1955, 1960, 1965, 1970, 1975, 1980, 1985, 1990].map((y) => `${y}-01-01`)
    );
    const format = createTickFormat('en-GB');
    expect(ticks.map(format)).to.deep.equal([
      '1950',
      '1955',
      '1960',
      '1965',
      '1970',
      '1975',
      '1980',
      '1985',
      '1990',
    ]);
  });

  it('computeTicks(x, 800) zoomed from 1947–2025 to August 1971 goes from decades to days', () => {
    const base = createBaseScale([+utc(1947), +utc(2025)], 800);
    const format = createTickFormat('en-GB');
    expect(computeTicks(base, 800).map(format)).to.deep.equal([
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ]);
    const august = applyZoom(base, zoomForWindow(base, +utc(1971, 8, 1), +utc(1971, 9, 1)));
    const ticks = computeTicks(august, 800);
    // Weekly ticks on Sundays; 1 August 1971 was a Sunday.
    expect(ticks.map((t) => t.toISOString())).to.deep.equal(
      [1, 8, 15, 22, 29].map((d) => utc(1971, 8, d).toISOString())
    );
    expect(ticks.map(format)).to.deep.equal(['Aug 1971', '8 Aug', '15 Aug', '22 Aug', '29 Aug']);
  });

  it('computeTicks(x, width) gives more ticks on a wider chart', () => {
    const counts = [320, 800, 1600].map(
      (width) => computeTicks(scale(utc(1950), utc(1990), width), width).length
    );
    // Every 10, 5 and 2 years.
    expect(counts).to.deep.equal([5, 9, 21]);
  });
});
