import {expect} from '@open-wc/testing';
import {
  daysInMonth,
  daysToMonth,
  parseCommonDate,
  parsePartialDate,
  parsePartialDateByPattern,
  utcTime,
  type PartialDate,
} from '../../src/data/partial-date.js';

/**
 * Expected milliseconds, computed without the code under test: `Date.UTC` in
 * year 2000, then `setUTCFullYear` (because `Date.UTC(99, 0)` means 1999).
 */
function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** Expected milliseconds from an ISO 8601 (expanded-year) UTC string, a second independent route. */
function iso(text: string): number {
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new Error(`bad test date ${text}`);
  return time;
}

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${result.reason}`);
  return result.date;
}

function reason(text: unknown): string {
  const result = parsePartialDate(text as string);
  if (result.ok) throw new Error(`${JSON.stringify(text)} parsed, but should not`);
  return result.reason;
}

const plain = {approximate: false, uncertain: false};
const NO_MATCH = 'expected YYYY, YYYY-MM or YYYY-MM-DD';

describe('utcTime', () => {
  it('utcTime(year, monthIndex, day) is the UTC midnight of that calendar day', () => {
    expect(utcTime(1971, 7, 9)).to.equal(Date.UTC(1971, 7, 9));
    expect(utcTime(1971, 7, 9)).to.equal(iso('1971-08-09T00:00:00Z'));
  });

  it('utcTime(year) defaults to 1 January 00:00:00', () => {
    expect(utcTime(2021)).to.equal(iso('2021-01-01T00:00:00Z'));
  });

  it('utcTime(year, …, hour, minute, second) keeps the time of day', () => {
    expect(utcTime(2021, 11, 6, 10, 30, 15)).to.equal(iso('2021-12-06T10:30:15Z'));
  });

  it('utcTime(99) is the year 99, not 1999 (the Date.UTC pitfall)', () => {
    expect(utcTime(99)).to.equal(iso('0099-01-01T00:00:00Z'));
    expect(utcTime(99)).to.not.equal(Date.UTC(99, 0));
    expect(new Date(utcTime(99)).getUTCFullYear()).to.equal(99);
  });

  it('utcTime(0) is 1 January of year 0 (1 BC)', () => {
    expect(utcTime(0)).to.equal(iso('0000-01-01T00:00:00Z'));
  });

  it('utcTime(-43, 2, 15) is 15 March 44 BC', () => {
    expect(utcTime(-43, 2, 15)).to.equal(iso('-000043-03-15T00:00:00Z'));
  });

  it('utcTime(year, 12) rolls over into January of the next year', () => {
    expect(utcTime(1971, 12)).to.equal(iso('1972-01-01T00:00:00Z'));
    expect(utcTime(1971, 1, 29)).to.equal(iso('1971-03-01T00:00:00Z'));
  });
});

describe('daysInMonth', () => {
  it('daysInMonth(year, 2) follows the Gregorian leap-year rule', () => {
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2100, 2)).to.equal(28);
    expect(daysInMonth(2021, 2)).to.equal(28);
  });

  it('daysInMonth(year, 2) is proleptic for year 0 and negative years', () => {
    expect(daysInMonth(0, 2)).to.equal(29);
    expect(daysInMonth(-4, 2)).to.equal(29);
    expect(daysInMonth(-1, 2)).to.equal(28);
    expect(daysInMonth(-100, 2)).to.equal(28);
    expect(daysInMonth(-400, 2)).to.equal(29);
  });

  it('daysInMonth(year, month) gives 30 days to April, June, September and November, 31 to the rest', () => {
    const days = Array.from({length: 12}, (_, i) => daysInMonth(2021, i + 1));
    expect(days).to.deep.equal([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('parsePartialDate', () => {
  describe('precision', () => {
    it('parsePartialDate(text) keeps day precision for "1971-08-09"', () => {
      expect(parsePartialDate('1971-08-09')).to.deep.equal({
        ok: true,
        date: {
          year: 1971,
          month: 8,
          day: 9,
          precision: 'day',
          ...plain,
          start: Date.UTC(1971, 7, 9),
          end: Date.UTC(1971, 7, 10),
        },
      });
    });

    it('parsePartialDate(text) keeps month precision for "1971-08"', () => {
      expect(parsePartialDate('1971-08')).to.deep.equal({
        ok: true,
        date: {
          year: 1971,
          month: 8,
          precision: 'month',
          ...plain,
          start: Date.UTC(1971, 7, 1),
          end: Date.UTC(1971, 8, 1),
        },
      });
    });

    it('parsePartialDate(text) keeps year precision for "1971"', () => {
      expect(parsePartialDate('1971')).to.deep.equal({
        ok: true,
        date: {
          year: 1971,
          precision: 'year',
          ...plain,
          start: Date.UTC(1971, 0, 1),
          end: Date.UTC(1972, 0, 1),
        },
      });
    });

    it('parsePartialDate(text) ends December at 1 January of the next year', () => {
      const date = parsed('1971-12');
      expect([date.start, date.end]).to.deep.equal([
        iso('1971-12-01T00:00:00Z'),
        iso('1972-01-01T00:00:00Z'),
      ]);
      const last = parsed('1971-12-31');
      expect([last.start, last.end]).to.deep.equal([
        iso('1971-12-31T00:00:00Z'),
        iso('1972-01-01T00:00:00Z'),
      ]);
    });

    it('parsePartialDate(text) keeps minute precision for "2021-12-06T10:30"', () => {
      expect(parsePartialDate('2021-12-06T10:30')).to.deep.equal({
        ok: true,
        date: {
          year: 2021,
          month: 12,
          day: 6,
          hour: 10,
          minute: 30,
          precision: 'minute',
          ...plain,
          start: Date.UTC(2021, 11, 6, 10, 30),
          end: Date.UTC(2021, 11, 6, 10, 31),
        },
      });
    });

    it('parsePartialDate(text) keeps second precision for "2021-12-06T10:30:15"', () => {
      expect(parsePartialDate('2021-12-06T10:30:15')).to.deep.equal({
        ok: true,
        date: {
          year: 2021,
          month: 12,
          day: 6,
          hour: 10,
          minute: 30,
          second: 15,
          precision: 'second',
          ...plain,
          start: Date.UTC(2021, 11, 6, 10, 30, 15),
          end: Date.UTC(2021, 11, 6, 10, 30, 16),
        },
      });
    });

    it('parsePartialDate(text) reads "T00:00" and "T23:59:59" as the first and last moments of a day', () => {
      expect(parsed('2021-12-06T00:00').start).to.equal(Date.UTC(2021, 11, 6));
      expect(parsed('2021-12-06T23:59:59').end).to.equal(Date.UTC(2021, 11, 7));
    });
  });

  describe('time zones', () => {
    it('parsePartialDate(text) treats a time without a zone as UTC, whatever the runner’s zone', () => {
      const date = parsed('2021-12-06T10:30');
      expect(date.start).to.equal(iso('2021-12-06T10:30:00Z'));
      expect(date).to.not.have.property('offset');
    });

    it('parsePartialDate(text) reads "Z" as offset 0', () => {
      const date = parsed('2021-12-06T10:30:15Z');
      expect([date.offset, date.start, date.precision]).to.deep.equal([
        0,
        Date.UTC(2021, 11, 6, 10, 30, 15),
        'second',
      ]);
    });

    it('parsePartialDate(text) shifts "+05:30" back to UTC but keeps the written hour and minute', () => {
      const date = parsed('2021-12-06T10:30+05:30');
      expect([date.offset, date.hour, date.minute]).to.deep.equal([330, 10, 30]);
      expect(date.start).to.equal(Date.UTC(2021, 11, 6, 5, 0));
      expect(date.end).to.equal(Date.UTC(2021, 11, 6, 5, 1));
    });

    it('parsePartialDate(text) accepts "+0530" and "+05" as offsets', () => {
      expect(parsed('2021-12-06T10:30+0530').offset).to.equal(330);
      expect(parsed('2021-12-06T10:30+05').offset).to.equal(300);
      expect(parsed('2021-12-06T10:30+05').start).to.equal(Date.UTC(2021, 11, 6, 5, 30));
    });

    it('parsePartialDate(text) shifts a negative offset forward, across midnight and the year', () => {
      const date = parsed('2021-12-31T23:30-01:00');
      expect([date.offset, date.year, date.month, date.day]).to.deep.equal([-60, 2021, 12, 31]);
      expect(date.start).to.equal(iso('2022-01-01T00:30:00Z'));
    });

    it('parsePartialDate(text) accepts offsets up to ±14:00', () => {
      expect(parsed('2021-12-06T10:30+14:00').offset).to.equal(840);
      expect(parsed('2021-12-06T10:30-12:00').offset).to.equal(-720);
    });

    it('parsePartialDate(text) rejects offsets beyond 14 hours or with 60 minutes', () => {
      expect(reason('2021-12-06T10:30+15:00')).to.equal('+15:00 is not a time zone offset');
      expect(reason('2021-12-06T10:30+05:60')).to.equal('+05:60 is not a time zone offset');
    });

    it('parsePartialDate(text) rejects a zone without a time and malformed zones', () => {
      expect(reason('2021-12-06Z')).to.equal(NO_MATCH);
      expect(reason('2021-12-06T10:30+5')).to.equal(NO_MATCH);
      expect(reason('2021-12-06T10:30+05:3')).to.equal(NO_MATCH);
      expect(reason('2021-12-06T10:30 UTC')).to.equal(NO_MATCH);
    });
  });

  describe('qualifiers', () => {
    it('parsePartialDate(text) marks "1990~" approximate, not uncertain, with the same interval', () => {
      const date = parsed('1990~');
      expect([date.approximate, date.uncertain, date.precision]).to.deep.equal([true, false, 'year']);
      expect([date.start, date.end]).to.deep.equal([Date.UTC(1990, 0, 1), Date.UTC(1991, 0, 1)]);
    });

    it('parsePartialDate(text) marks "2009-06-16?" uncertain, not approximate', () => {
      const date = parsed('2009-06-16?');
      expect([date.approximate, date.uncertain, date.precision]).to.deep.equal([false, true, 'day']);
      expect(date.start).to.equal(Date.UTC(2009, 5, 16));
    });

    it('parsePartialDate(text) marks "1990%" both approximate and uncertain', () => {
      const date = parsed('1990%');
      expect([date.approximate, date.uncertain]).to.deep.equal([true, true]);
    });

    it('parsePartialDate(text) accepts a qualifier after a month, a season, a decade and a time', () => {
      expect(parsed('1971-08~').approximate).to.equal(true);
      expect(parsed('2001-21?').uncertain).to.equal(true);
      expect(parsed('198X~').approximate).to.equal(true);
      const time = parsed('2021-12-06T10:30Z?');
      expect([time.uncertain, time.offset]).to.deep.equal([true, 0]);
    });

    it('parsePartialDate(text) rejects two qualifiers, a leading qualifier and unknown marks', () => {
      for (const text of ['1990~?', '~1990', '?1990', '1990!', '1990 ~']) {
        expect(reason(text), text).to.equal(NO_MATCH);
      }
    });
  });

  describe('years before 1000', () => {
    it('parsePartialDate(text) reads "0099" as the year 99, not 1999', () => {
      const date = parsed('0099');
      expect(date.year).to.equal(99);
      expect(date.start).to.equal(utc(99));
      expect(date.start).to.equal(iso('0099-01-01T00:00:00Z'));
      expect(date.start).to.not.equal(Date.UTC(99, 0));
      expect(date.end).to.equal(iso('0100-01-01T00:00:00Z'));
    });

    it('parsePartialDate(text) keeps days and months of years 1–99 in those years', () => {
      const day = parsed('0071-03-15');
      expect([day.year, day.start, day.end]).to.deep.equal([71, utc(71, 3, 15), utc(71, 3, 16)]);
      expect(parsed('0001-02-03').start).to.equal(iso('0001-02-03T00:00:00Z'));
      const december = parsed('0099-12');
      expect([december.start, december.end]).to.deep.equal([utc(99, 12), utc(100, 1)]);
      expect(parsed('0050-06-01T12:00').start).to.equal(utc(50, 6, 1, 12));
    });

    it('parsePartialDate(text) reads "0000" as year 0 (1 BC)', () => {
      const date = parsed('0000');
      expect(date.year).to.equal(0);
      expect([date.start, date.end]).to.deep.equal([
        iso('0000-01-01T00:00:00Z'),
        iso('0001-01-01T00:00:00Z'),
      ]);
    });

    it('parsePartialDate(text) reads "-0000" as year 0, not -0', () => {
      expect(Object.is(parsed('-0000').year, 0)).to.equal(true);
    });

    it('parsePartialDate(text) reads "-0043" as the astronomical year -43 (44 BC)', () => {
      const date = parsed('-0043');
      expect([date.year, date.precision]).to.deep.equal([-43, 'year']);
      expect([date.start, date.end]).to.deep.equal([
        iso('-000043-01-01T00:00:00Z'),
        iso('-000042-01-01T00:00:00Z'),
      ]);
      expect(date.start).to.equal(utc(-43));
    });

    it('parsePartialDate(text) reads negative years with months, days and qualifiers', () => {
      const ides = parsed('-0043-03-15');
      expect([ides.year, ides.month, ides.day, ides.start]).to.deep.equal([
        -43,
        3,
        15,
        iso('-000043-03-15T00:00:00Z'),
      ]);
      const approx = parsed('-0500~');
      expect([approx.year, approx.approximate]).to.deep.equal([-500, true]);
    });
  });

  describe('long years', () => {
    it('parsePartialDate(text) reads "Y12345" and "Y-12345" as long years', () => {
      const future = parsed('Y12345');
      expect([future.year, future.precision, future.start]).to.deep.equal([
        12345,
        'year',
        iso('+012345-01-01T00:00:00Z'),
      ]);
      expect(future.end).to.equal(iso('+012346-01-01T00:00:00Z'));
      const past = parsed('Y-12345');
      expect([past.year, past.start]).to.deep.equal([-12345, iso('-012345-01-01T00:00:00Z')]);
    });

    it('parsePartialDate(text) reads a long year with a month and a day', () => {
      const date = parsed('Y12345-06-07');
      expect([date.year, date.month, date.day, date.precision]).to.deep.equal([12345, 6, 7, 'day']);
      expect(date.start).to.equal(iso('+012345-06-07T00:00:00Z'));
    });

    it('parsePartialDate(text) accepts years up to ±270000 and refuses beyond', () => {
      expect(parsed('Y270000').year).to.equal(270000);
      expect(parsed('Y-270000').year).to.equal(-270000);
      expect(reason('Y270001')).to.equal('year 270001 is out of range');
      expect(reason('Y-270001')).to.equal('year -270001 is out of range');
    });

    it('parsePartialDate(text) rejects "Y" before four digits, seven digits, and five digits without "Y"', () => {
      for (const text of ['Y2021', 'Y1234567', '12345', 'y12345', 'Y']) {
        expect(reason(text), text).to.equal(NO_MATCH);
      }
    });
  });

  describe('unspecified digits', () => {
    it('parsePartialDate(text) reads "19XX" as the century 1900–1999', () => {
      expect(parsePartialDate('19XX')).to.deep.equal({
        ok: true,
        date: {
          year: 1900,
          precision: 'century',
          ...plain,
          start: Date.UTC(1900, 0, 1),
          end: Date.UTC(2000, 0, 1),
        },
      });
    });

    it('parsePartialDate(text) reads "198X" as the decade 1980–1989', () => {
      expect(parsePartialDate('198X')).to.deep.equal({
        ok: true,
        date: {
          year: 1980,
          precision: 'decade',
          ...plain,
          start: Date.UTC(1980, 0, 1),
          end: Date.UTC(1990, 0, 1),
        },
      });
    });

    it('parsePartialDate(text) reads "-198X" as the ten years -1989…-1980', () => {
      const date = parsed('-198X');
      expect([date.year, date.precision]).to.deep.equal([-1989, 'decade']);
      expect([date.start, date.end]).to.deep.equal([utc(-1989), utc(-1979)]);
    });

    it('parsePartialDate(text) reads "-01XX" as the hundred years -199…-100', () => {
      const date = parsed('-01XX');
      expect([date.year, date.precision]).to.deep.equal([-199, 'century']);
      expect([date.start, date.end]).to.deep.equal([
        iso('-000199-01-01T00:00:00Z'),
        iso('-000099-01-01T00:00:00Z'),
      ]);
    });

    it('parsePartialDate(text) reads "00XX" as the years 0–99', () => {
      const date = parsed('00XX');
      expect([date.year, date.start, date.end]).to.deep.equal([0, utc(0), utc(100)]);
    });

    it('parsePartialDate(text) reads "1985-XX" as the year 1985', () => {
      expect(parsePartialDate('1985-XX')).to.deep.equal({
        ok: true,
        date: {
          year: 1985,
          precision: 'year',
          ...plain,
          start: Date.UTC(1985, 0, 1),
          end: Date.UTC(1986, 0, 1),
        },
      });
    });

    it('parsePartialDate(text) reads "1985-04-XX" as April 1985', () => {
      expect(parsePartialDate('1985-04-XX')).to.deep.equal({
        ok: true,
        date: {
          year: 1985,
          month: 4,
          precision: 'month',
          ...plain,
          start: Date.UTC(1985, 3, 1),
          end: Date.UTC(1985, 4, 1),
        },
      });
    });

    it('parsePartialDate(text) reads "1985-XX-XX" (EDTF level 1) as the year 1985', () => {
      expect(parsePartialDate('1985-XX-XX')).to.deep.equal({
        ok: true,
        date: {
          year: 1985,
          precision: 'year',
          ...plain,
          start: Date.UTC(1985, 0, 1),
          end: Date.UTC(1986, 0, 1),
        },
      });
    });

    it('parsePartialDate(text) refuses a known day in an unknown month', () => {
      expect(reason('1985-XX-12')).to.equal('a day needs a month');
    });

    it('parsePartialDate(text) refuses a month after an unspecified year', () => {
      expect(reason('19XX-04')).to.equal('a month cannot follow an unspecified year');
      expect(reason('198X-04-01')).to.equal('a month cannot follow an unspecified year');
      expect(reason('198X-XX')).to.equal('a month cannot follow an unspecified year');
    });

    it('parsePartialDate(text) rejects other placements of X and lower-case x', () => {
      for (const text of ['1XXX', 'XXXX', '1X85', '19xx', '198x', '1985-X4', '1985-04-1X']) {
        expect(reason(text), text).to.equal(NO_MATCH);
      }
    });
  });

  describe('seasons', () => {
    it('parsePartialDate(text) reads "2001-21" as spring: March to May', () => {
      expect(parsePartialDate('2001-21')).to.deep.equal({
        ok: true,
        date: {
          year: 2001,
          month: 3,
          season: 21,
          precision: 'season',
          ...plain,
          start: Date.UTC(2001, 2, 1),
          end: Date.UTC(2001, 5, 1),
        },
      });
    });

    it('parsePartialDate(text) reads "2001-22" and "2001-23" as summer and autumn', () => {
      const summer = parsed('2001-22');
      expect([summer.season, summer.month, summer.start, summer.end]).to.deep.equal([
        22,
        6,
        Date.UTC(2001, 5, 1),
        Date.UTC(2001, 8, 1),
      ]);
      const autumn = parsed('2001-23');
      expect([autumn.season, autumn.month, autumn.start, autumn.end]).to.deep.equal([
        23,
        9,
        Date.UTC(2001, 8, 1),
        Date.UTC(2001, 11, 1),
      ]);
    });

    it('parsePartialDate(text) reads "2001-24" as winter, running into February of the next year', () => {
      const winter = parsed('2001-24');
      expect([winter.season, winter.month, winter.year]).to.deep.equal([24, 12, 2001]);
      expect([winter.start, winter.end]).to.deep.equal([Date.UTC(2001, 11, 1), Date.UTC(2002, 2, 1)]);
    });

    it('parsePartialDate(text) rejects months 13–20 and 25 or more', () => {
      expect(reason('2001-20')).to.equal('there is no month 20');
      expect(reason('2001-25')).to.equal('there is no month 25');
      expect(reason('2001-99')).to.equal('there is no month 99');
    });

    it('parsePartialDate(text) refuses a day after a season', () => {
      expect(reason('2001-21-05')).to.equal('a day cannot follow a season');
    });
  });

  describe('calendar checks', () => {
    it('parsePartialDate(text) accepts 29 February in the leap years 2000 and 2024', () => {
      expect(parsed('2000-02-29').start).to.equal(Date.UTC(2000, 1, 29));
      expect(parsed('2024-02-29').end).to.equal(Date.UTC(2024, 2, 1));
    });

    it('parsePartialDate(text) refuses 29 February 1900 and 2021', () => {
      expect(reason('1900-02-29')).to.equal('there is no day 29 in that month (it has 28 days)');
      expect(reason('2021-02-29')).to.equal('there is no day 29 in that month (it has 28 days)');
    });

    it('parsePartialDate(text) applies the leap-year rule to year 0 and negative years', () => {
      expect(parsed('0000-02-29').day).to.equal(29);
      expect(parsed('-0004-02-29').start).to.equal(iso('-000004-02-29T00:00:00Z'));
      expect(reason('-0001-02-29')).to.equal('there is no day 29 in that month (it has 28 days)');
    });

    it('parsePartialDate(text) refuses month 13 and month 00', () => {
      expect(reason('2021-13-01')).to.equal('there is no month 13');
      expect(reason('2021-00-10')).to.equal('there is no month 00');
      expect(reason('2021-13')).to.equal('there is no month 13');
    });

    it('parsePartialDate(text) refuses 31 April, day 00 and 32 January', () => {
      expect(reason('2021-04-31')).to.equal('there is no day 31 in that month (it has 30 days)');
      expect(reason('2021-04-00')).to.equal('there is no day 00 in that month (it has 30 days)');
      expect(reason('2021-01-32')).to.equal('there is no day 32 in that month (it has 31 days)');
    });

    it('parsePartialDate(text) refuses 24:00, minute 60 and second 60', () => {
      expect(reason('2021-12-06T24:00')).to.equal('there is no time 24:00');
      expect(reason('2021-12-06T10:60')).to.equal('there is no time 10:60');
      expect(reason('2021-12-06T10:30:60')).to.equal('there is no time 10:30:60');
    });

    it('parsePartialDate(text) checks the day before the time', () => {
      expect(reason('2021-02-30T10:30')).to.equal('there is no day 30 in that month (it has 28 days)');
    });
  });

  describe('text shape', () => {
    it('parsePartialDate(text) ignores surrounding whitespace', () => {
      expect(parsed('  1971-08-09\n')).to.deep.equal(parsed('1971-08-09'));
      expect(parsed('\t1990~ ')).to.deep.equal(parsed('1990~'));
    });

    it('parsePartialDate(text) refuses the empty string and whitespace', () => {
      expect(parsePartialDate('')).to.deep.equal({ok: false, reason: NO_MATCH});
      expect(reason('   ')).to.equal(NO_MATCH);
    });

    it('parsePartialDate(text) refuses other date notations', () => {
      const texts = [
        'August 1971',
        '9 August 1971',
        '1971/08/09',
        '09.08.1971',
        '71',
        '971',
        '1971-8',
        '1971-8-9',
        '1971-08-9',
        '19710809',
        '1971-W32',
        '1971-221',
        '2021-12-06 10:30',
        '2021-12-06T10',
        '2021-12-06T1030',
        '2021-12-06T10:30:15.5',
        '2021-12-06t10:30',
        '2021-12-06T10:30z',
        '+1971',
        '--1971',
        '1971-',
        '1971--08',
        '1971-08-09/1971-08-10',
        '1971-08-09-',
        '١٩٧١',
        '1971 08',
        'null',
      ];
      for (const text of texts) expect(reason(text), text).to.equal(NO_MATCH);
    });

    it('parsePartialDate(text) refuses non-strings with a reason instead of throwing', () => {
      expect(parsePartialDate(1971 as unknown as string)).to.deep.equal({
        ok: false,
        reason: 'expected a date as text, got a number (1971)',
      });
      expect(reason(null)).to.equal('expected a date as text, got null');
      expect(reason(undefined)).to.equal('expected a date as text, got undefined');
      expect(reason(true)).to.equal('expected a date as text, got a boolean (true)');
      expect(reason({})).to.equal('expected a date as text, got an object');
      expect(reason(['1971'])).to.equal('expected a date as text, got an array');
      expect(reason(new Date(0))).to.equal('expected a date as text, got an object');
    });

    it('parsePartialDate(text) returns UTC calendar fields that do not depend on the runner’s zone', () => {
      for (const text of ['1971-08-09', '0099-12-31', '-0043-03-15', '2021-12-31']) {
        const date = parsed(text);
        const at = new Date(date.start);
        expect(
          [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours()],
          text
        ).to.deep.equal([date.year, date.month, date.day, 0]);
        expect(date.end - date.start, text).to.equal(86_400_000);
      }
    });

    it('parsePartialDate(text) returns a fresh object on every call', () => {
      const first = parsed('1971');
      first.year = 0;
      expect(parsed('1971').year).to.equal(1971);
    });
  });
});

describe('daysToMonth', () => {
  it('daysToMonth(year, month) counts the days from 1970-01-01, as utcTime does, for years -400 to 10000', () => {
    const wrong: string[] = [];
    for (let year = -400; year <= 10_000; year++) {
      for (let month = 1; month <= 12; month++) {
        if (daysToMonth(year, month) * 86_400_000 !== utcTime(year, month - 1))
          wrong.push(`${year}-${month}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('daysToMonth(year, month) is 0 for January 1970 and counts leap days', () => {
    expect(daysToMonth(1970, 1)).to.equal(0);
    expect(daysToMonth(1970, 2)).to.equal(31);
    expect(daysToMonth(2000, 3) - daysToMonth(2000, 2)).to.equal(29);
    expect(daysToMonth(1900, 3) - daysToMonth(1900, 2)).to.equal(28);
    expect(daysToMonth(0, 1)).to.equal(-719_528);
  });
});

describe('parseCommonDate (the fast path of parsePartialDate)', () => {
  /** The fast path's date, checked against the general reader: the same fields, in the same order. */
  function same(text: string): void {
    const fast = parseCommonDate(text);
    const general = parsePartialDateByPattern(text);
    if (!general.ok) throw new Error(`${JSON.stringify(text)} should be a valid date: ${general.reason}`);
    expect(fast, text).to.deep.equal(general.date);
    expect(Object.keys(fast!), text).to.deep.equal(Object.keys(general.date));
  }

  it('parseCommonDate(text) reads YYYY, YYYY-MM and YYYY-MM-DD exactly as the full pattern does', () => {
    for (const text of ['1971', '1971-08', '1971-08-09', '0044', '0000', '0001', '0099', '0100', '9999'])
      same(text);
    for (const text of ['9999-12', '9999-12-31', '0000-01-01', '0000-02-29', '0099-12-31', '1582-10-10']) {
      same(text);
    }
    for (const text of ['2000-02-29', '2024-02-29', '1600-02-29', '1971-01-31', '1971-04-30', '1971-12-31']) {
      same(text);
    }
  });

  it('parseCommonDate(text) agrees with the full pattern on every day of a leap and a common year', () => {
    for (const year of ['1900', '2000', '2023', '2024', '0004']) {
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        same(`${year}-${mm}`);
        for (let day = 1; day <= daysInMonth(Number(year), month); day++) {
          same(`${year}-${mm}-${String(day).padStart(2, '0')}`);
        }
      }
    }
  });

  it('parseCommonDate(text) agrees with the full pattern on a sweep of years', () => {
    for (let year = 0; year <= 9999; year += 37) {
      const yyyy = String(year).padStart(4, '0');
      same(yyyy);
      same(`${yyyy}-02`);
      same(`${yyyy}-12-31`);
    }
  });

  it('parseCommonDate(text) leaves every other form to the full pattern', () => {
    const others = [
      '-0044',
      '-0044-03-15',
      ' 1971 ',
      '1971 ',
      '\t1971-08',
      '1971-08-09~',
      '1971?',
      '1971%',
      '1985-XX',
      '1985-XX-XX',
      '19XX',
      '198X',
      '2001-21',
      '2001-24',
      'Y12345',
      '2021-12-06T10:30Z',
      '1971-8-9',
      '1971/08/09',
      '1971-08-9',
      '19710809',
      '１９７１',
      '197a',
      '',
    ];
    for (const text of others) expect(parseCommonDate(text), JSON.stringify(text)).to.equal(undefined);
    // The general reader still reads those that are valid, with their own precision.
    expect(parsed(' 1971 ')).to.deep.equal(parsed('1971'));
    expect(parsed('-0044').year).to.equal(-44);
    expect(parsed('1971-08-09~').approximate).to.equal(true);
    expect(parsed('2001-21').precision).to.equal('season');
  });

  it('parseCommonDate(text) leaves invalid dates to the full pattern, which gives the reason', () => {
    const invalid = [
      '1971-02-29',
      '1900-02-29',
      '2001-02-30',
      '1971-04-31',
      '1971-13',
      '1971-00',
      '1971-12-32',
    ];
    for (const text of [...invalid, '1971-08-00', '2001-25', '2001-20']) {
      expect(parseCommonDate(text), text).to.equal(undefined);
      expect(parsePartialDate(text).ok, text).to.equal(false);
    }
    expect(reason('1971-02-29')).to.equal('there is no day 29 in that month (it has 28 days)');
    expect(reason('2001-21-05')).to.equal('a day cannot follow a season');
    expect(reason('1971-13')).to.equal('there is no month 13');
  });

  it('parsePartialDate(text) gives the fast path’s result for common dates', () => {
    for (const text of ['1971', '1971-08', '1971-08-09', '0044', '2000-02-29']) {
      expect(parsePartialDate(text), text).to.deep.equal({ok: true, date: parseCommonDate(text)});
    }
  });
});
