import {expect} from '@open-wc/testing';
import {formatDateParts, formatYear, isBlank, parseTimeOfDay} from '../../src/data/date-parts.js';

describe('formatDateParts', () => {
  it('formatDateParts(parts) keeps the precision written', () => {
    expect(formatDateParts({year: '1971'})).to.deep.equal({date: '1971', issues: []});
    expect(formatDateParts({year: '1971', month: '8'})).to.deep.equal({date: '1971-08', issues: []});
    expect(formatDateParts({year: 1971, month: 8, day: 9})).to.deep.equal({date: '1971-08-09', issues: []});
    expect(
      formatDateParts({year: '2000', month: '01', day: '05', hour: '6', minute: '45', second: '56'})
    ).to.deep.equal({date: '2000-01-05T06:45:56', issues: []});
  });

  it('formatDateParts(parts) reads an hour without minutes as on the hour', () => {
    expect(formatDateParts({year: 2021, month: 12, day: 6, hour: 10})).to.deep.equal({
      date: '2021-12-06T10:00',
      issues: [],
    });
    expect(formatDateParts({year: 2021, month: 12, day: 6, hour: 10, second: 5})).to.deep.equal({
      date: '2021-12-06T10:00:05',
      issues: [],
    });
  });

  it('formatDateParts(parts) reads empty strings and null as missing parts', () => {
    expect(formatDateParts({year: '1943', month: '7', day: '', hour: null, minute: ' '})).to.deep.equal({
      date: '1943-07',
      issues: [],
    });
  });

  it('formatDateParts(parts) writes early, negative and long years as EDTF', () => {
    expect(formatDateParts({year: '602'}).date).to.equal('0602');
    expect(formatDateParts({year: '-300'}).date).to.equal('-0300');
    expect(formatDateParts({year: '+44'}).date).to.equal('0044');
    expect(formatDateParts({year: '0'}).date).to.equal('0000');
    expect(formatDateParts({year: '-13000'}).date).to.equal('Y-13000');
  });

  it('formatDateParts(parts) reports a missing year', () => {
    expect(formatDateParts({month: '8'})).to.deep.equal({
      issues: [{part: 'year', message: 'is required', severity: 'error'}],
    });
  });

  it('formatDateParts(parts) reports each wrong part', () => {
    expect(formatDateParts({year: '1971', month: '13', day: 'ninth'})).to.deep.equal({
      issues: [
        {part: 'month', message: '"13" is out of range (1 to 12)', severity: 'error'},
        {part: 'day', message: '"ninth" is not a whole number', severity: 'error'},
      ],
    });
    expect(formatDateParts({year: 2021, month: 2, day: 29}).issues).to.deep.equal([
      {part: 'day', message: 'a number (29) is out of range (1 to 28)', severity: 'error'},
    ]);
    expect(formatDateParts({year: 1971.5}).issues).to.deep.equal([
      {part: 'year', message: 'a number (1971.5) is not a whole number', severity: 'error'},
    ]);
    expect(formatDateParts({year: '1971', month: {}}).issues).to.deep.equal([
      {part: 'month', message: 'an object is not a whole number', severity: 'error'},
    ]);
    expect(
      formatDateParts({year: '2021', month: '1', day: '1', hour: '24', minute: '60'}).issues
    ).to.deep.equal([
      {part: 'hour', message: '"24" is out of range (0 to 23)', severity: 'error'},
      {part: 'minute', message: '"60" is out of range (0 to 59)', severity: 'error'},
    ]);
  });

  it('formatDateParts(parts) reports years beyond what a date can hold', () => {
    expect(formatDateParts({year: '-13800000000'})).to.deep.equal({
      issues: [
        {part: 'year', message: '"-13800000000" is out of range (-270000 to 270000)', severity: 'error'},
      ],
    });
  });

  it('formatDateParts(parts) ignores, with a warning, a part that has nothing to follow', () => {
    expect(formatDateParts({year: '1971', day: '9'})).to.deep.equal({
      date: '1971',
      issues: [{part: 'day', message: '"9" is ignored: there is no month', severity: 'warning'}],
    });
    expect(formatDateParts({year: '1971', month: '8', hour: '10', minute: '30'})).to.deep.equal({
      date: '1971-08',
      issues: [
        {part: 'hour', message: '"10" is ignored: there is no day', severity: 'warning'},
        {part: 'minute', message: '"30" is ignored: there is no day', severity: 'warning'},
      ],
    });
  });
});

describe('formatYear', () => {
  it('formatYear(year) pads to four digits and prefixes long years with Y', () => {
    expect([7, -7, 2021, 9999, 10000, -270000].map(formatYear)).to.deep.equal([
      '0007',
      '-0007',
      '2021',
      '9999',
      'Y10000',
      'Y-270000',
    ]);
  });
});

describe('isBlank', () => {
  it('isBlank(value) is true for missing, null and white space only', () => {
    expect([undefined, null, '', ' \t', 0, '0', false].map(isBlank)).to.deep.equal([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('parseTimeOfDay', () => {
  it('parseTimeOfDay(text) reads 24-hour and 12-hour times', () => {
    expect(parseTimeOfDay('14:30')).to.deep.equal({hour: 14, minute: 30});
    expect(parseTimeOfDay(' 9:05:07 ')).to.deep.equal({hour: 9, minute: 5, second: 7});
    expect(parseTimeOfDay('2:30 PM')).to.deep.equal({hour: 14, minute: 30});
    expect(parseTimeOfDay('12:00 a.m.')).to.deep.equal({hour: 0, minute: 0});
    expect(parseTimeOfDay('12pm')).to.deep.equal({hour: 12, minute: 0});
  });

  it('parseTimeOfDay(text) rejects a long run of spaces in linear time (no regex backtracking)', () => {
    expect(parseTimeOfDay(`1:00${' '.repeat(100_000)}x`)).to.equal(undefined);
    expect(parseTimeOfDay(`1:00${' '.repeat(100_000)}pm`)).to.deep.equal({hour: 13, minute: 0});
  });

  it('parseTimeOfDay(text) returns undefined for what is not a time', () => {
    for (const text of ['', 'noon', '14', '25:00', '10:60', '13:00 pm', '0 am', '10:30:61']) {
      expect(parseTimeOfDay(text), text).to.equal(undefined);
    }
  });
});
