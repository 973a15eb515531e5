import {expect} from '@open-wc/testing';
import {
  dateFormatter,
  englishDateWords,
  formatDateRange,
  formatPartialDate,
  precisionOptions,
  type DateWords,
} from '../../src/data/format-date.js';
import {parsePartialDate, type PartialDate} from '../../src/data/partial-date.js';

// Expected strings are what Intl gives in the test Chromium (ICU); ranges use
// an en dash (U+2013) with spaces in English.

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${result.reason}`);
  return result.date;
}

const format = (text: string, locale?: string, words?: DateWords) =>
  formatPartialDate(parsed(text), locale, words);
const range = (from: string, to: string, locale?: string, words?: DateWords) =>
  formatDateRange(parsed(from), parsed(to), locale, words);

const german: DateWords = {
  approximate: 'ca. {date}',
  uncertain: '{date} (?)',
  decade: '{year}er',
  seasons: ['Frühling', 'Sommer', 'Herbst', 'Winter'],
};

describe('englishDateWords', () => {
  it('englishDateWords holds the English templates and season names', () => {
    expect(englishDateWords).to.deep.equal({
      approximate: 'c. {date}',
      uncertain: '{date}?',
      decade: '{year}s',
      seasons: ['Spring', 'Summer', 'Autumn', 'Winter'],
    });
  });
});

describe('dateFormatter', () => {
  it('dateFormatter(locale, options) always formats in UTC', () => {
    const formatter = dateFormatter('en-GB', {year: 'numeric', month: 'long', day: 'numeric'});
    expect(formatter.resolvedOptions().timeZone).to.equal('UTC');
    expect(formatter.format(new Date(Date.UTC(1971, 7, 9)))).to.equal('9 August 1971');
    expect(formatter.format(new Date(Date.UTC(1971, 7, 9, 23, 59)))).to.equal('9 August 1971');
  });

  it('dateFormatter(locale, options) uses the requested locale', () => {
    expect(dateFormatter('en-US', {month: 'long'}).resolvedOptions().locale).to.equal('en-US');
    expect(dateFormatter('ru', {month: 'long'}).resolvedOptions().locale).to.equal('ru');
  });

  it('dateFormatter(locale, options) caches one formatter per locale and options', () => {
    const a = dateFormatter('en-GB', {year: 'numeric'});
    expect(dateFormatter('en-GB', {year: 'numeric'})).to.equal(a);
    expect(dateFormatter('en-US', {year: 'numeric'})).to.not.equal(a);
    expect(dateFormatter('en-GB', {year: '2-digit'})).to.not.equal(a);
  });

  it('dateFormatter(locale, options) falls back to the default locale for an invalid tag', () => {
    const fallback = dateFormatter('not a locale!!', {year: 'numeric'});
    expect(fallback.resolvedOptions().locale).to.equal(new Intl.DateTimeFormat().resolvedOptions().locale);
    expect(fallback.resolvedOptions().timeZone).to.equal('UTC');
  });
});

describe('precisionOptions', () => {
  it('precisionOptions(date) asks for exactly the written fields', () => {
    expect(precisionOptions(parsed('1971'))).to.deep.equal({year: 'numeric'});
    expect(precisionOptions(parsed('1971-08'))).to.deep.equal({year: 'numeric', month: 'long'});
    expect(precisionOptions(parsed('1971-08-09'))).to.deep.equal({
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    expect(precisionOptions(parsed('1971-08-09T10:30'))).to.deep.equal({
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    });
    expect(precisionOptions(parsed('1971-08-09T10:30:15'))).to.deep.equal({
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    });
  });

  it('precisionOptions(date) shows only the year for seasons, decades and centuries', () => {
    expect(precisionOptions(parsed('2001-21'))).to.deep.equal({year: 'numeric'});
    expect(precisionOptions(parsed('198X'))).to.deep.equal({year: 'numeric'});
    expect(precisionOptions(parsed('19XX'))).to.deep.equal({year: 'numeric'});
  });

  it('precisionOptions(date) adds the era before the year 1000 only', () => {
    expect(precisionOptions(parsed('0999'))).to.deep.equal({year: 'numeric', era: 'short'});
    expect(precisionOptions(parsed('1000'))).to.deep.equal({year: 'numeric'});
    expect(precisionOptions(parsed('0000-03'))).to.deep.equal({year: 'numeric', month: 'long', era: 'short'});
    expect(precisionOptions(parsed('-0043-03-15'))).to.deep.equal({
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      era: 'short',
    });
  });
});

describe('formatPartialDate', () => {
  it('formatPartialDate(date, "en-GB") writes a day as "9 August 1971"', () => {
    expect(format('1971-08-09', 'en-GB')).to.equal('9 August 1971');
  });

  it('formatPartialDate(date, "en-US") writes a day as "August 9, 1971"', () => {
    expect(format('1971-08-09', 'en-US')).to.equal('August 9, 1971');
  });

  it('formatPartialDate(date, locale) writes a month without a day: "August 1971"', () => {
    expect(format('1971-08', 'en-GB')).to.equal('August 1971');
    expect(format('1971-08', 'en-US')).to.equal('August 1971');
    expect(format('1985-04-XX', 'en-GB')).to.equal('April 1985');
  });

  it('formatPartialDate(date, locale) writes a year alone: "1971"', () => {
    expect(format('1971', 'en-GB')).to.equal('1971');
    expect(format('1971', 'en-US')).to.equal('1971');
    expect(format('1985-XX', 'en-GB')).to.equal('1985');
    expect(format('1985-XX-XX', 'en-GB')).to.equal('1985');
  });

  it('formatPartialDate(date, locale) writes the first and last days of a year on those days (UTC)', () => {
    expect(format('1971-01-01', 'en-GB')).to.equal('1 January 1971');
    expect(format('1971-12-31', 'en-GB')).to.equal('31 December 1971');
    expect(format('1971-12', 'en-GB')).to.equal('December 1971');
  });

  it('formatPartialDate(date, locale) prefixes approximate dates: "c. 1990"', () => {
    expect(format('1990~', 'en-GB')).to.equal('c. 1990');
    expect(format('1971-08~', 'en-US')).to.equal('c. August 1971');
  });

  it('formatPartialDate(date, locale) suffixes uncertain dates: "16 June 2009?"', () => {
    expect(format('2009-06-16?', 'en-GB')).to.equal('16 June 2009?');
    expect(format('2009-06-16?', 'en-US')).to.equal('June 16, 2009?');
  });

  it('formatPartialDate(date, locale) writes "%" as both: "c. 1990?"', () => {
    expect(format('1990%', 'en-GB')).to.equal('c. 1990?');
  });

  it('formatPartialDate(date, locale) writes BC years with an era', () => {
    expect(format('-0043', 'en-GB')).to.equal('44 BC');
    expect(format('0000', 'en-GB')).to.equal('1 BC');
    expect(format('-0043-03-15', 'en-GB')).to.equal('15 March 44 BC');
    expect(format('-0043-03-15', 'en-US')).to.equal('March 15, 44 BC');
    expect(format('-0500~', 'en-GB')).to.equal('c. 501 BC');
  });

  it('formatPartialDate(date, locale) writes early AD years with an era so they read as years', () => {
    expect(format('0071', 'en-GB')).to.equal('71 AD');
    expect(format('0071-03-15', 'en-US')).to.equal('March 15, 71 AD');
    expect(format('0999-12', 'en-GB')).to.equal('December 999 AD');
    expect(format('1000', 'en-GB')).to.equal('1000');
  });

  it('formatPartialDate(date, locale) writes decades and centuries as "1980s" and "1900s"', () => {
    expect(format('198X', 'en-GB')).to.equal('1980s');
    expect(format('19XX', 'en-US')).to.equal('1900s');
    expect(format('198X~', 'en-GB')).to.equal('c. 1980s');
  });

  it('formatPartialDate(date, locale) writes seasons with their name and year', () => {
    expect(format('2001-21', 'en-GB')).to.equal('Spring 2001');
    expect(format('2001-22', 'en-GB')).to.equal('Summer 2001');
    expect(format('2001-23?', 'en-GB')).to.equal('Autumn 2001?');
    expect(format('2001-24', 'en-US')).to.equal('Winter 2001');
  });

  it('formatPartialDate(date, locale) writes minutes and seconds in the locale’s clock', () => {
    expect(format('2021-12-06T10:30', 'en-GB')).to.equal('6 December 2021 at 10:30');
    expect(format('2021-12-06T10:30', 'en-US')).to.equal('December 6, 2021 at 10:30 AM');
    expect(format('2021-12-06T10:30:15Z', 'en-GB')).to.equal('6 December 2021 at 10:30:15');
    expect(format('2021-12-06T22:05', 'en-US')).to.equal('December 6, 2021 at 10:05 PM');
  });

  it('formatPartialDate(date, locale) shows the time as written, not shifted by its offset', () => {
    expect(format('2021-12-06T10:30+05:30', 'en-GB')).to.equal('6 December 2021 at 10:30');
    expect(format('2021-12-31T23:30-01:00', 'en-GB')).to.equal('31 December 2021 at 23:30');
  });

  it('formatPartialDate(date, "hi") uses the Hindi month name', () => {
    const text = format('1971-08-09', 'hi');
    expect(text).to.include('अगस्त');
    expect(text).to.include('1971');
    expect(text).to.not.include('August');
    expect(format('1971-08', 'hi')).to.include('अगस्त');
  });

  it('formatPartialDate(date, "ru") uses the Russian month name', () => {
    const text = format('1971-08-09', 'ru');
    expect(text).to.include('августа');
    expect(text).to.include('1971');
    expect(text).to.not.include('August');
    expect(format('1971-08', 'ru')).to.include('август');
  });

  it('formatPartialDate(date, locale) localises eras too', () => {
    expect(format('-0043', 'ru')).to.not.include('BC');
    expect(format('-0043', 'ru')).to.include('44');
    expect(format('-0043', 'de')).to.equal('44 v. Chr.');
  });

  it('formatPartialDate(date) without a locale uses the default locale', () => {
    const locale = new Intl.DateTimeFormat().resolvedOptions().locale;
    expect(formatPartialDate(parsed('1971-08-09'))).to.equal(formatPartialDate(parsed('1971-08-09'), locale));
  });

  it('formatPartialDate(date, locale) does not throw for an invalid locale', () => {
    expect(format('1971-08-09', 'not a locale!!')).to.equal(format('1971-08-09'));
  });

  it('formatPartialDate(date, locale, words) takes the words Intl lacks from the caller', () => {
    expect(format('1990~', 'de', german)).to.equal('ca. 1990');
    expect(format('2009-06-16?', 'de', german)).to.equal('16. Juni 2009 (?)');
    expect(format('198X', 'de', german)).to.equal('1980er');
    expect(format('2001-22', 'de', german)).to.equal('Sommer 2001');
  });
});

describe('formatDateRange', () => {
  it('formatDateRange(start, end, "en-GB") shares month and year: "3 – 11 April 1984"', () => {
    expect(range('1984-04-03', '1984-04-11', 'en-GB')).to.equal('3 – 11 April 1984');
  });

  it('formatDateRange(start, end, "en-US") shares month and year: "April 3 – 11, 1984"', () => {
    expect(range('1984-04-03', '1984-04-11', 'en-US')).to.equal('April 3 – 11, 1984');
  });

  it('formatDateRange(start, end, locale) joins years and months', () => {
    expect(range('1947', '1991', 'en-GB')).to.equal('1947 – 1991');
    expect(range('1984-04', '1984-05', 'en-GB')).to.equal('April – May 1984');
  });

  it('formatDateRange(start, end, locale) repeats what differs across years', () => {
    expect(range('1984-04-03', '1985-05-11', 'en-GB')).to.equal('3 April 1984 – 11 May 1985');
    expect(range('1984-12-30', '1985-01-02', 'en-US')).to.equal('December 30, 1984 – January 2, 1985');
  });

  it('formatDateRange(start, end, locale) writes one date when both ends are the same day', () => {
    expect(range('1984-04-03', '1984-04-03', 'en-GB')).to.equal('3 April 1984');
  });

  it('formatDateRange(start, end, locale) joins ends of different precision with " – "', () => {
    expect(range('1971', '1971-08', 'en-GB')).to.equal('1971 – August 1971');
    expect(range('1984-04-03', '1984-05', 'en-GB')).to.equal('3 April 1984 – May 1984');
  });

  it('formatDateRange(start, end, locale) keeps qualifiers on each end', () => {
    expect(range('1990~', '2000', 'en-GB')).to.equal('c. 1990 – 2000');
    expect(range('1990', '2000?', 'en-GB')).to.equal('1990 – 2000?');
    expect(range('1984-04-03~', '1984-04-11', 'en-GB')).to.equal('c. 3 April 1984 – 11 April 1984');
  });

  it('formatDateRange(start, end, locale) writes eras across BC and AD', () => {
    expect(range('-0043', '0014', 'en-GB')).to.equal('44 BC – 14 AD');
    expect(range('0071', '1200', 'en-GB')).to.equal('71 – 1200 AD');
  });

  it('formatDateRange(start, end, locale) joins seasons, decades and times with " – "', () => {
    expect(range('2001-21', '2001-24', 'en-GB')).to.equal('Spring 2001 – Winter 2001');
    expect(range('198X', '199X', 'en-GB')).to.equal('1980s – 1990s');
    expect(range('2021-12-06T10:30', '2021-12-06T12:00', 'en-GB')).to.equal(
      '6 December 2021 at 10:30 – 6 December 2021 at 12:00'
    );
  });

  it('formatDateRange(start, end, locale) localises the month names of a span', () => {
    const hindi = range('1984-04-03', '1984-04-11', 'hi');
    expect(hindi).to.include('अप्रैल');
    expect(hindi).to.include('1984');
    const russian = range('1984-04-03', '1984-04-11', 'ru');
    expect(russian).to.include('апреля');
    expect(russian).to.not.include('April');
  });

  it('formatDateRange(start, end, locale, words) uses the caller’s words for the ends', () => {
    expect(range('1990~', '2000', 'de', german)).to.equal('ca. 1990 – 2000');
  });
});
