import {expect} from '@open-wc/testing';
import {fromCSV, looksLikeCSV} from '../../src/data/from-csv.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {TimelineProblem} from '../../src/types.js';

const warning = (path: string, message: string): TimelineProblem => ({path, message, severity: 'warning'});
const error = (path: string, message: string): TimelineProblem => ({path, message, severity: 'error'});
const lines = (...rows: string[]) => rows.join('\n');

describe('fromCSV', () => {
  describe('columns named as the event fields', () => {
    it('fromCSV(text) reads one event per row', () => {
      expect(
        fromCSV(
          lines(
            'date,end,title,summary,id,category,actors,location,series,seriesNumber,importance,tags',
            '1971-08-09,,Indo-Soviet Treaty,Signed in Delhi.,treaty,agreement,IN;SU,New Delhi,,,3,treaty;defence',
            '2021-12-06,2021-12-07,21st annual summit,,,summit, IN ; RU ;,New Delhi,annual-summit,21,2,'
          )
        )
      ).to.deep.equal({
        data: {
          events: [
            {
              date: '1971-08-09',
              title: 'Indo-Soviet Treaty',
              summary: 'Signed in Delhi.',
              id: 'treaty',
              category: 'agreement',
              actors: ['IN', 'SU'],
              location: 'New Delhi',
              importance: 3,
              tags: ['treaty', 'defence'],
            },
            {
              date: '2021-12-06',
              end: '2021-12-07',
              title: '21st annual summit',
              category: 'summit',
              actors: ['IN', 'RU'],
              location: 'New Delhi',
              series: 'annual-summit',
              seriesNumber: 21,
              importance: 2,
              id: '2021-12-06-21st-annual-summit',
            },
          ],
        },
        problems: [],
      });
    });

    it('fromCSV(text) matches column names without regard to case, spaces, _ and -', () => {
      const {data, problems} = fromCSV(lines('DATE, Title ,Series_Number,series-x', '2021,Summit,4,'));
      expect(data.events).to.deep.equal([
        {date: '2021', title: 'Summit', seriesNumber: 4, id: '2021-summit'},
      ]);
      expect(problems).to.deep.equal([
        warning('rows[0].series-x', 'line 1: unknown column "series-x" is ignored'),
      ]);
    });

    it('fromCSV(text) reads sources from source + source_url pairs and a sources column', () => {
      const {data, problems} = fromCSV(
        lines(
          'date,title,source,source_url,source2,source2_url,source3_url,sources',
          '2021,Summit,MEA,https://mea.gov.in/a,Kremlin,,https://k.example/c,https://x.example/1; mailto:desk@x.example'
        )
      );
      expect(problems).to.deep.equal([]);
      expect(data.events[0]!.sources).to.deep.equal([
        {title: 'MEA', url: 'https://mea.gov.in/a'},
        {title: 'Kremlin'},
        {title: 'https://k.example/c', url: 'https://k.example/c'},
        {title: 'https://x.example/1', url: 'https://x.example/1'},
        {title: 'mailto:desk@x.example', url: 'mailto:desk@x.example'},
      ]);
    });

    it('fromCSV(text) reads image, image_alt and image_credit', () => {
      const {data, problems} = fromCSV(
        lines('date,title,image,image alt,image credit', '2021,Summit,https://x.example/a.jpg,Leaders,PIB')
      );
      expect(problems).to.deep.equal([]);
      expect(data.events[0]!.image).to.deep.equal({
        url: 'https://x.example/a.jpg',
        alt: 'Leaders',
        credit: 'PIB',
      });
    });

    it('fromCSV(text) keeps summaries as plain text, HTML and all', () => {
      const {data} = fromCSV(
        lines('date,title,summary', '2021,Summit,"<b>bold</b> &amp; <script>x</script>"')
      );
      expect(data.events[0]!.summary).to.equal('<b>bold</b> &amp; <script>x</script>');
    });
  });

  describe('CSV syntax', () => {
    it('fromCSV(text) reads quoted fields with commas, doubled quotes and line breaks', () => {
      const {data, problems} = fromCSV(
        lines(
          'date,title,summary',
          '1971,"Treaty, signed","He said ""peace"".',
          '',
          'Second paragraph."',
          '1972,Next,'
        )
      );
      expect(problems).to.deep.equal([]);
      expect(data.events.map((e) => [e.title, e.summary])).to.deep.equal([
        ['Treaty, signed', 'He said "peace".\n\nSecond paragraph.'],
        ['Next', undefined],
      ]);
    });

    it('fromCSV(text) accepts a byte-order mark, CRLF line ends, blank rows and a missing final line end', () => {
      const {data, problems} = fromCSV('\uFEFFdate,title\r\n\r\n2021,A\r\n , \r\n,,\r\n2022,B');
      expect(problems).to.deep.equal([]);
      expect(data.events.map((e) => e.title)).to.deep.equal(['A', 'B']);
    });

    it('fromCSV(text) reads semicolon- and tab-separated files', () => {
      const semicolons = fromCSV(lines('date;title;actors;summary', '2021;Summit;"IN;RU";Delhi, India'));
      expect(semicolons.problems).to.deep.equal([]);
      expect(semicolons.data.events[0]).to.deep.equal({
        date: '2021',
        title: 'Summit',
        actors: ['IN', 'RU'],
        summary: 'Delhi, India',
        id: '2021-summit',
      });
      const tabs = fromCSV(lines('date\ttitle\tsummary', '2021\tSummit\tDelhi, India; Moscow'));
      expect(tabs.problems).to.deep.equal([]);
      expect(tabs.data.events[0]!.summary).to.equal('Delhi, India; Moscow');
    });

    it('fromCSV(text) skips blank lines before the header', () => {
      const {data, problems} = fromCSV('\n\n date , title \n2021,A\n');
      expect(problems).to.deep.equal([]);
      expect(data.events.map((e) => e.title)).to.deep.equal(['A']);
    });
  });

  describe('problems', () => {
    it('fromCSV(text) reports a bad cell at rows[n].Column with its line', () => {
      const {data, problems} = fromCSV(
        lines(
          'Date,End,Title,Importance',
          '2021-13-01,,Bad date,',
          '"2021","2020",Backwards,',
          '2022,,,',
          '2023,,Important,high',
          ',,No date,'
        )
      );
      expect(data.events.map((e) => e.title)).to.deep.equal(['Important']);
      expect(problems).to.deep.equal([
        error('rows[1].Date', 'line 2: "2021-13-01" is not a valid date: there is no month 13'),
        error('rows[2].End', 'line 3: "2020" is before the date "2021"'),
        error('rows[3].Title', 'line 4: is required'),
        warning('rows[4].Importance', 'line 5: expected 1, 2 or 3, got "high"'),
        error('rows[5].Date', 'line 6: is required'),
      ]);
    });

    it('fromCSV(text) counts lines inside quoted cells when it says where a row is', () => {
      const {problems} = fromCSV(lines('date,title,summary', '2021,A,"one', 'two', 'three"', 'soon,B,'));
      expect(problems).to.deep.equal([
        error('rows[2].date', 'line 5: "soon" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD'),
      ]);
    });

    it('fromCSV(text) reports duplicate ids', () => {
      expect(fromCSV(lines('date,title,id', '2021,A,x', '2022,B,x')).problems).to.deep.equal([
        error('rows[2].id', 'line 3: duplicate id "x", already used by events[0]'),
      ]);
    });

    it('fromCSV(text) leaves out javascript: links and images with a warning', () => {
      const {data, problems} = fromCSV(
        lines(
          'date,title,source,source_url,image,image_alt',
          '2021,A,Evil,javascript:alert(1),javascript:alert(2),x'
        )
      );
      expect(data.events[0]).to.deep.equal({
        date: '2021',
        title: 'A',
        sources: [{title: 'Evil'}],
        id: '2021-a',
      });
      expect(problems).to.deep.equal([
        warning(
          'rows[1].source_url',
          'line 2: "javascript:alert(1)" is not an http, https or mailto link; the link is left out'
        ),
        warning(
          'rows[1].image',
          'line 2: "javascript:alert(2)" is not an http or https address; the image is left out'
        ),
      ]);
    });

    it('fromCSV(text) reports a header without the required columns, once', () => {
      expect(fromCSV(lines('when,what,who', '2021,Summit,IN'))).to.deep.equal({
        data: {events: []},
        problems: [
          error(
            'rows[0]',
            'line 1: the header needs a "date" column and a "title" column (columns found: "when", "what", "who")'
          ),
        ],
      });
      expect(fromCSV(lines('date,headline', '2021,Summit')).problems).to.deep.equal([
        error('rows[0]', 'line 1: the header needs a "title" column (columns found: "date", "headline")'),
      ]);
      const wide = fromCSV(`${Array.from({length: 12}, (_, i) => `c${i}`).join(',')}\n1,2\n`);
      expect(wide.problems).to.deep.equal([
        error(
          'rows[0]',
          'line 1: the header needs a "date" column and a "title" column (columns found: "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", …)'
        ),
      ]);
    });

    it('fromCSV(text) reports ragged rows and reads what it can', () => {
      const {data, problems} = fromCSV(
        lines('date,title,summary', '2021,A', '2022,B,s,extra', '2023,C,s,,  ')
      );
      expect(data.events.map((e) => e.title)).to.deep.equal(['A', 'B', 'C']);
      expect(problems).to.deep.equal([
        warning('rows[1]', 'line 2: has 2 fields but the header has 3; the missing ones are read as blank'),
        warning('rows[2]', 'line 3: has 4 fields but the header has 3; the extra ones are ignored'),
      ]);
    });

    it('fromCSV(text) reports a quote never closed, leaves its row out and reads the rest', () => {
      const {data, problems} = fromCSV(lines('date,title', '2021,"Summit', '2022,Visit', ''));
      expect(data.events.map((e) => e.title)).to.deep.equal(['Visit']);
      expect(problems).to.deep.equal([
        error('rows[1]', 'line 2: a quoted field is never closed; the row is left out'),
      ]);
    });

    it('fromCSV(text) keeps text after a closing quote, with a warning', () => {
      const {data, problems} = fromCSV(lines('date,title', '2021,"Sum"mit'));
      expect(data.events.map((e) => e.title)).to.deep.equal(['Summit']);
      expect(problems).to.deep.equal([
        warning('rows[1]', 'line 2: text follows a closing quote; it is kept'),
      ]);
    });

    it('fromCSV(text) reads the first of two columns with the same name', () => {
      const {data, problems} = fromCSV(lines('date,title,Title', '2021,A,B'));
      expect(data.events.map((e) => e.title)).to.deep.equal(['A']);
      expect(problems).to.deep.equal([
        warning('rows[0].Title', 'line 1: column "Title" appears again; only the first is read'),
      ]);
    });

    it('fromCSV(text) reports empty text and a file of blank lines', () => {
      for (const text of ['', '\uFEFF', '\n\n', ' , \n']) {
        expect(fromCSV(text), JSON.stringify(text)).to.deep.equal({
          data: {events: []},
          problems: [error('', 'the CSV has no header row')],
        });
      }
    });

    it('fromCSV(text) reads a header without rows as no events', () => {
      expect(fromCSV('date,title\n')).to.deep.equal({data: {events: []}, problems: []});
    });
  });

  describe('TimelineJS spreadsheet template', () => {
    const header =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

    it('fromCSV(text) reads the template columns, the title row and era rows', () => {
      expect(
        fromCSV(
          lines(
            header,
            ',,,,,,,,,India &amp; Russia,<p>Seven decades.</p>,https://x.example/cover.jpg,,,,title,,#000',
            '1971,8,9,,,,,,,Treaty,"<p>Signed in <a href=""https://mea.gov.in"">Delhi</a>.</p>",https://x.example/t.jpg,PIB,Signing,,,Agreements,',
            '1984,4,3,14:30,1984,4,11,2:00 PM,,Rakesh Sharma in space,,https://youtu.be/x,,Launch,,,Space,',
            '1947,,,,1991,,,,,Soviet era,,,,,,era,,'
          )
        )
      ).to.deep.equal({
        data: {
          title: 'India & Russia',
          description: 'Seven decades.',
          events: [
            {
              date: '1971-08-09',
              title: 'Treaty',
              summary: 'Signed in Delhi.',
              sources: [{title: 'Delhi', url: 'https://mea.gov.in'}],
              image: {url: 'https://x.example/t.jpg', alt: 'Signing', credit: 'PIB'},
              category: 'agreements',
              id: '1971-08-09-treaty',
            },
            {
              date: '1984-04-03T14:30',
              end: '1984-04-11T14:00',
              title: 'Rakesh Sharma in space',
              sources: [{title: 'Launch', url: 'https://youtu.be/x'}],
              category: 'space',
              id: '1984-04-03-14-30-rakesh-sharma-in-space',
            },
          ],
          categories: {agreements: {label: 'Agreements'}, space: {label: 'Space'}},
          eras: [{start: '1947', end: '1991', title: 'Soviet era'}],
        },
        problems: [],
      });
    });

    it('fromCSV(text) reads template rows that leave out trailing columns, and Markdown links', () => {
      const {data, problems} = fromCSV(
        lines(
          'year,month,day,headline,text,media',
          '1910,,,Admin building,[Postcards](https://lib.example/p) PG 9,a.jpg'
        )
      );
      expect(problems).to.deep.equal([]);
      expect(data.events).to.deep.equal([
        {
          date: '1910',
          title: 'Admin building',
          summary: 'Postcards PG 9',
          sources: [{title: 'Postcards', url: 'https://lib.example/p'}],
          image: {url: 'a.jpg', alt: 'Admin building'},
          id: '1910-admin-building',
        },
      ]);
    });

    it('fromCSV(text) reports template problems at rows[n].Column with its line', () => {
      const {data, problems} = fromCSV(
        lines(
          'Year,Month,Day,Time,End Year,Display Date,Headline,Text,Type,Notes',
          '1971,13,,,,,Bad month,,,',
          '1971,8,9,noon,,,Bad time,,,',
          '1972,,,,1971,,Backwards,,,',
          '1973,,,,,Spring 1973,Shown as written?,,,',
          ',,,,,,Second title,,title,',
          ',,,,,,Third title,,title,',
          '1974,,,,,,,<script>x</script>,,',
          '1975,,,,,,Odd type,,slide,',
          '1947,,,,,,Open era,,era,',
          'MCM,,,,,,Roman,,,'
        )
      );
      expect(data.title).to.equal('Second title');
      expect(data.events.map((e) => e.title)).to.deep.equal(['Shown as written?', 'Odd type']);
      expect(problems).to.deep.equal([
        warning('rows[0].Notes', 'line 1: unknown column "Notes" is ignored'),
        error('rows[1].Month', 'line 2: "13" is out of range (1 to 12)'),
        error('rows[2].Time', 'line 3: "noon" is not a time (use hh:mm or hh:mm:ss)'),
        warning('rows[4].Display Date', 'line 5: "Spring 1973" is ignored: the date is shown from its parts'),
        warning('rows[6].Type', 'line 7: a title row was already read on line 6; this one is ignored'),
        error('rows[7].Headline', 'line 8: is required'),
        warning('rows[8].Type', 'line 9: unknown type "slide"; the row is read as an event'),
        error('rows[9].End Year', 'line 10: is required'),
        error('rows[10].Year', 'line 11: "MCM" is not a whole number'),
        error('rows[3].End Year', 'line 4: "1971" is before the date "1972"'),
      ]);
    });

    it('fromCSV(text) returns data that parseTimeline reads without problems', () => {
      const {data} = fromCSV(
        lines(
          header,
          '1971,8,9,,,,,,,Treaty,Text,https://x.example/a.png,c,d,,,Defence,',
          '1947,,,,1991,,,,,Era,,,,,,era,,'
        )
      );
      const timeline = parseTimeline(data);
      expect(timeline.problems).to.deep.equal([]);
      expect([timeline.events.length, timeline.eras.length, timeline.categories.size]).to.deep.equal([
        1, 1, 1,
      ]);
    });
  });
});

describe('looksLikeCSV', () => {
  it('looksLikeCSV(text) is true when the first line names a known column or has several fields', () => {
    expect(looksLikeCSV('date,title\n2021,x')).to.equal(true);
    expect(looksLikeCSV('\uFEFF\nYear;Headline\n')).to.equal(true);
    expect(looksLikeCSV('title\nx')).to.equal(true);
    expect(looksLikeCSV('when\twhat\n')).to.equal(true);
  });

  it('looksLikeCSV(text) is false for JSON-like, HTML and single-word text', () => {
    expect(looksLikeCSV('{"events": [}')).to.equal(false);
    expect(looksLikeCSV('  [1, 2')).to.equal(false);
    expect(looksLikeCSV('<html>')).to.equal(false);
    expect(looksLikeCSV('events: []')).to.equal(false);
    expect(looksLikeCSV('')).to.equal(false);
  });
});
