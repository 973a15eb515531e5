import {expect} from '@open-wc/testing';
import {detectDelimiter, parseCsvRecords} from '../../src/data/csv-records.js';

const fields = (text: string, delimiter?: ',' | ';' | '\t') =>
  parseCsvRecords(text, delimiter).records.map((record) => record.fields);

describe('parseCsvRecords', () => {
  it('parseCsvRecords(text) splits records and fields', () => {
    expect(parseCsvRecords('a,b\n1,2\n')).to.deep.equal({
      records: [
        {fields: ['a', 'b'], line: 1},
        {fields: ['1', '2'], line: 2},
      ],
      issues: [],
    });
  });

  it('parseCsvRecords(text) accepts CRLF, LF and CR line ends and no final line end', () => {
    expect(fields('a,b\r\n1,2\r3,4\n5,6')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('parseCsvRecords(text) reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const {records, issues} = parseCsvRecords('t,s\n"Delhi, India","say ""hi""\r\nand go",""\nnext,x\n');
    expect(records).to.deep.equal([
      {fields: ['t', 's'], line: 1},
      {fields: ['Delhi, India', 'say "hi"\r\nand go', ''], line: 2},
      {fields: ['next', 'x'], line: 4},
    ]);
    expect(issues).to.deep.equal([]);
  });

  it('parseCsvRecords(text) keeps empty fields and blank records', () => {
    expect(fields(',,\n\na,')).to.deep.equal([['', '', ''], [''], ['a', '']]);
  });

  it('parseCsvRecords(text) reads a quote inside an unquoted field as a character', () => {
    expect(fields('5\'10",a"b"c')).to.deep.equal([['5\'10"', 'a"b"c']]);
  });

  it('parseCsvRecords(text) keeps text after a closing quote and reports it', () => {
    expect(parseCsvRecords('"ab"cd,e')).to.deep.equal({
      records: [{fields: ['abcd', 'e'], line: 1}],
      issues: [
        {record: 0, line: 1, message: 'text follows a closing quote; it is kept', severity: 'warning'},
      ],
    });
  });

  it('parseCsvRecords(text) reports a quote never closed and reads on after it', () => {
    expect(parseCsvRecords('a,b\n1,"open\n2,two\n')).to.deep.equal({
      records: [
        {fields: ['a', 'b'], line: 1},
        {fields: ['1', '"open'], line: 2, broken: true},
        {fields: ['2', 'two'], line: 3},
      ],
      issues: [
        {
          record: 1,
          line: 2,
          message: 'a quoted field is never closed; the row is left out',
          severity: 'error',
        },
      ],
    });
  });

  it('parseCsvRecords(text, delimiter) splits on the delimiter given', () => {
    expect(fields('a;b,c\n1;"2;3"', ';')).to.deep.equal([
      ['a', 'b,c'],
      ['1', '2;3'],
    ]);
    expect(fields('a\tb\n1\t2', '\t')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('parseCsvRecords(text) returns no records for empty text', () => {
    expect(parseCsvRecords('')).to.deep.equal({records: [], issues: []});
  });
});

describe('detectDelimiter', () => {
  it('detectDelimiter(text) picks the delimiter of the first line', () => {
    expect(detectDelimiter('date,title,actors\n2021,"a;b;c;d;e",x')).to.equal(',');
    expect(detectDelimiter('date;title;summary\n2021;"a, b, c, d";x')).to.equal(';');
    expect(detectDelimiter('date\ttitle\tsummary, with comma\n')).to.equal('\t');
  });

  it('detectDelimiter(text) ignores delimiters inside quotes and falls back to a comma', () => {
    expect(detectDelimiter('"a;b;c",d\n')).to.equal(',');
    expect(detectDelimiter('title\n')).to.equal(',');
    expect(detectDelimiter('')).to.equal(',');
  });
});
