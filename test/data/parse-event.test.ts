import {expect} from '@open-wc/testing';
import {parseEvent, readEvent, type EventDraft} from '../../src/data/parse-event.js';
import {parsePartialDate, type PartialDate} from '../../src/data/partial-date.js';
import {ProblemList} from '../../src/data/read-fields.js';
import type {TimelineProblem} from '../../src/types.js';

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

/** Parses one event at `events[0]`; returns the draft and every problem. */
function read(
  input: unknown,
  path = 'events[0]',
  index = 0
): {draft?: EventDraft; problems: TimelineProblem[]} {
  const problems = new ProblemList();
  const draft = parseEvent(input, path, index, problems);
  return {...(draft ? {draft} : {}), problems: problems.items};
}

/** Parses an event that must be kept; returns its cleaned event and the problems. */
function kept(input: Record<string, unknown>) {
  const {draft, problems} = read({date: '1971-08-09', title: 'Treaty', ...input});
  if (!draft) throw new Error(`event was dropped: ${JSON.stringify(problems)}`);
  return {event: draft.event, problems};
}

const warning = (path: string, message: string): TimelineProblem => ({path, message, severity: 'warning'});
const error = (path: string, message: string): TimelineProblem => ({path, message, severity: 'error'});

describe('parseEvent', () => {
  describe('valid events', () => {
    it('parseEvent(input, path, index, problems) returns the cleaned event, its dates and defaults', () => {
      const {draft, problems} = read({date: '1971-08-09', title: 'Indo-Soviet Treaty'}, 'events[3]', 3);
      expect(problems).to.deep.equal([]);
      expect(draft).to.deep.equal({
        event: {date: '1971-08-09', title: 'Indo-Soviet Treaty'},
        start: parsed('1971-08-09'),
        from: Date.UTC(1971, 7, 9),
        to: Date.UTC(1971, 7, 10),
        importance: 1,
        inputIndex: 3,
      });
    });

    it('parseEvent(input, path, index, problems) keeps every valid field, trimmed', () => {
      const {draft, problems} = read({
        date: ' 2021-12-06 ',
        end: '2021-12-07',
        title: ' 21st annual summit ',
        summary: 'Putin visits.\n\nTwenty-eight agreements.',
        id: '2021-21st-summit',
        category: ' summit ',
        actors: ['IN', ' RU '],
        location: 'Hyderabad House, New Delhi',
        series: 'annual-summit',
        seriesNumber: 21,
        importance: 3,
        sources: [
          {title: 'MEA', url: 'https://mea.gov.in/x'},
          {title: 'Press desk', url: 'mailto:press@mea.gov.in'},
        ],
        image: {url: 'https://example.com/a.jpg', alt: 'Modi and Putin', credit: 'PIB'},
        tags: ['agreements', ' S-400 '],
      });
      expect(problems).to.deep.equal([]);
      expect(draft!.event).to.deep.equal({
        date: '2021-12-06',
        end: '2021-12-07',
        title: '21st annual summit',
        summary: 'Putin visits.\n\nTwenty-eight agreements.',
        category: 'summit',
        actors: ['IN', 'RU'],
        location: 'Hyderabad House, New Delhi',
        series: 'annual-summit',
        seriesNumber: 21,
        importance: 3,
        sources: [
          {title: 'MEA', url: 'https://mea.gov.in/x'},
          {title: 'Press desk', url: 'mailto:press@mea.gov.in'},
        ],
        image: {url: 'https://example.com/a.jpg', alt: 'Modi and Putin', credit: 'PIB'},
        tags: ['agreements', 'S-400'],
      });
      expect(draft!.importance).to.equal(3);
    });

    it('parseEvent(input, …) leaves the id to the dataset (the draft has none)', () => {
      const {draft} = read({date: '1971', title: 'x', id: 'keep-me'});
      expect(draft!.event).to.not.have.property('id');
      expect(draft).to.not.have.property('id');
    });

    it('parseEvent(input, …) spans from the start of `date` to the end of `end`', () => {
      const {draft, problems} = read({date: '1984-04-03', end: '1984-04-11', title: 'Soyuz T-11'});
      expect(problems).to.deep.equal([]);
      expect(draft!.end).to.deep.equal(parsed('1984-04-11'));
      expect([draft!.from, draft!.to]).to.deep.equal([Date.UTC(1984, 3, 3), Date.UTC(1984, 3, 12)]);
      expect(draft!.event.end).to.equal('1984-04-11');
    });

    it('parseEvent(input, …) accepts an `end` on the same day or covering the date', () => {
      expect(read({date: '1984-04-03', end: '1984-04-03', title: 'x'}).draft!.to).to.equal(
        Date.UTC(1984, 3, 4)
      );
      expect(read({date: '1971-08-09', end: '1971', title: 'x'}).draft!.to).to.equal(Date.UTC(1972, 0, 1));
    });

    it('parseEvent(input, …) reads a null `end` as no end', () => {
      const {draft, problems} = read({date: '1971', end: null, title: 'x'});
      expect(problems).to.deep.equal([]);
      expect(draft!.event).to.deep.equal({date: '1971', title: 'x'});
      expect(draft).to.not.have.property('end');
    });

    it('parseEvent(input, …) keeps a month-precision date as the whole month', () => {
      const {draft} = read({date: '1971-08', title: 'x'});
      expect([draft!.from, draft!.to]).to.deep.equal([Date.UTC(1971, 7, 1), Date.UTC(1971, 8, 1)]);
      expect(draft!.start.precision).to.equal('month');
    });

    it('parseEvent(input, …) reads an integer date as a year, padded to four digits', () => {
      const modern = read({date: 1971, end: 1991, title: 'x'});
      expect(modern.problems).to.deep.equal([]);
      expect(modern.draft!.event).to.deep.equal({date: '1971', end: '1991', title: 'x'});
      expect([modern.draft!.from, modern.draft!.to]).to.deep.equal([
        Date.UTC(1971, 0, 1),
        Date.UTC(1992, 0, 1),
      ]);
      const early = read({date: 44, title: 'x'});
      expect([early.draft!.event.date, early.draft!.start.year]).to.deep.equal(['0044', 44]);
    });

    it('parseEvent(input, …) reads a negative integer date as a BC year', () => {
      const {draft, problems} = read({date: -44, title: 'Caesar'});
      expect(problems).to.deep.equal([]);
      expect([draft!.event.date, draft!.start.year]).to.deep.equal(['-0044', -44]);
      expect(draft!.from).to.equal(Date.parse('-000044-01-01T00:00:00Z'));
    });

    it('parseEvent(input, …) reads a numeric title as text', () => {
      expect(kept({title: 2021}).event.title).to.equal('2021');
    });

    it('parseEvent(input, …) treats null and empty optional fields as absent, silently', () => {
      const {event, problems} = kept({
        summary: '',
        category: null,
        actors: [],
        location: '  ',
        series: null,
        seriesNumber: null,
        importance: null,
        sources: null,
        image: null,
        tags: '',
      });
      expect(problems).to.deep.equal([]);
      expect(event).to.deep.equal({date: '1971-08-09', title: 'Treaty'});
    });
  });

  describe('required fields', () => {
    it('parseEvent(input, …) reports a missing date as an error and drops the event', () => {
      expect(read({title: 'x'}, 'events[5]', 5)).to.deep.equal({
        problems: [error('events[5].date', 'is required')],
      });
    });

    it('parseEvent(input, …) reports an invalid date with the value and the reason', () => {
      expect(read({date: '2021-13-01', title: 'x'}, 'events[3]', 3)).to.deep.equal({
        problems: [error('events[3].date', '"2021-13-01" is not a valid date: there is no month 13')],
      });
      expect(read({date: '', title: 'x'}).problems).to.deep.equal([
        error('events[0].date', '"" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD'),
      ]);
      expect(read({date: '2021-02-29', title: 'x'}).problems).to.deep.equal([
        error(
          'events[0].date',
          '"2021-02-29" is not a valid date: there is no day 29 in that month (it has 28 days)'
        ),
      ]);
    });

    it('parseEvent(input, …) reports a date of the wrong type', () => {
      const cases: [unknown, string][] = [
        [null, 'expected a date as text, got null'],
        [1971.5, 'expected a date as text, got a number (1971.5)'],
        [true, 'expected a date as text, got a boolean (true)'],
        [{year: 1971}, 'expected a date as text, got an object'],
        [['1971'], 'expected a date as text, got an array'],
      ];
      for (const [date, message] of cases) {
        expect(read({date, title: 'x'}), message).to.deep.equal({
          problems: [error('events[0].date', message)],
        });
      }
    });

    it('parseEvent(input, …) reports an integer year beyond four digits as not a valid date', () => {
      expect(read({date: 12345, title: 'x'}).problems).to.deep.equal([
        error('events[0].date', '"12345" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD'),
      ]);
    });

    it('parseEvent(input, …) reports a missing, empty or mistyped title as an error', () => {
      expect(read({date: '1971'}).problems).to.deep.equal([error('events[0].title', 'is required')]);
      expect(read({date: '1971', title: '   '}).problems).to.deep.equal([
        error('events[0].title', 'is empty'),
      ]);
      expect(read({date: '1971', title: {text: 'x'}}).problems).to.deep.equal([
        error('events[0].title', 'expected text, got an object'),
      ]);
      expect(read({date: '1971', title: 'x'.repeat(2)}).draft).to.not.equal(undefined);
    });

    it('parseEvent(input, …) reports both a missing date and a missing title', () => {
      expect(read({})).to.deep.equal({
        problems: [error('events[0].date', 'is required'), error('events[0].title', 'is required')],
      });
    });

    it('parseEvent(input, …) reports an input that is not an object', () => {
      const cases: [unknown, string][] = [
        [null, 'expected an event object, got null'],
        [undefined, 'expected an event object, got undefined'],
        [42, 'expected an event object, got a number (42)'],
        ['1971 treaty', 'expected an event object, got "1971 treaty"'],
        [true, 'expected an event object, got a boolean (true)'],
        [[{date: '1971', title: 'x'}], 'expected an event object, got an array'],
      ];
      for (const [input, message] of cases) {
        expect(read(input, 'events[2]', 2), message).to.deep.equal({problems: [error('events[2]', message)]});
      }
    });
  });

  describe('end', () => {
    it('parseEvent(input, …) reports an `end` before `date` as an error and drops the event', () => {
      expect(read({date: '1971-08-09', end: '1971-08-08', title: 'x'})).to.deep.equal({
        problems: [error('events[0].end', '"1971-08-08" is before the date "1971-08-09"')],
      });
      expect(read({date: '1991', end: '1947', title: 'x'}).problems).to.deep.equal([
        error('events[0].end', '"1947" is before the date "1991"'),
      ]);
    });

    it('parseEvent(input, …) reports an invalid `end` and drops the event', () => {
      expect(read({date: '1971', end: '1971-13', title: 'x'})).to.deep.equal({
        problems: [error('events[0].end', '"1971-13" is not a valid date: there is no month 13')],
      });
      expect(read({date: '1971', end: {}, title: 'x'})).to.deep.equal({
        problems: [error('events[0].end', 'expected a date as text, got an object')],
      });
    });

    it('parseEvent(input, …) reads `end: ".."` as an ongoing span that ends at Infinity', () => {
      const result = read({date: '2021', end: '..', title: 'x'});
      expect(result.problems).to.deep.equal([]);
      expect(result.draft?.ongoing).to.equal(true);
      expect(result.draft?.to).to.equal(Infinity);
      expect(result.draft?.event.end).to.equal('..');
    });

    it('parseEvent(input, …) reads a blank `end` (an empty spreadsheet cell) as no end', () => {
      const result = read({date: '1971', end: '  ', title: 'x'});
      expect(result.problems).to.deep.equal([]);
      expect(result.draft?.end).to.equal(undefined);
      expect(result.draft?.event.end).to.equal(undefined);
    });

    it('parseEvent(input, …) reports a bad `end` and a missing title together', () => {
      expect(read({date: '1971-08-09', end: '1971-08-01'})).to.deep.equal({
        problems: [
          error('events[0].title', 'is required'),
          error('events[0].end', '"1971-08-01" is before the date "1971-08-09"'),
        ],
      });
    });
  });

  describe('unknown fields', () => {
    it('parseEvent(input, …) warns about an unknown field, keeps the event and drops the field', () => {
      const {event, problems} = kept({colour: 'red'});
      expect(problems).to.deep.equal([warning('events[0].colour', 'unknown field "colour" is ignored')]);
      expect(event).to.not.have.property('colour');
    });

    it('parseEvent(input, …) suggests our names for fields from other tools', () => {
      const hints: [string, string][] = [
        ['start', 'date'],
        ['start_date', 'date'],
        ['startDate', 'date'],
        ['end_date', 'end'],
        ['endDate', 'end'],
        ['headline', 'title'],
        ['name', 'title'],
        ['description', 'summary'],
        ['text', 'summary'],
        ['group', 'category'],
      ];
      for (const [field, ours] of hints) {
        const input: Record<string, unknown> = {date: '1971', title: 'x', [field]: 'v'};
        delete input[ours];
        const {problems} = read(input);
        expect(problems[0], field).to.deep.equal(
          warning(`events[0].${field}`, `unknown field "${field}": did you mean "${ours}"?`)
        );
      }
    });

    it('parseEvent(input, …) reports TimelineJS `start_date` and `headline` alongside the missing fields', () => {
      expect(read({start_date: {year: 1971}, text: {headline: 'Treaty'}})).to.deep.equal({
        problems: [
          warning('events[0].start_date', 'unknown field "start_date": did you mean "date"?'),
          warning('events[0].text', 'unknown field "text": did you mean "summary"?'),
          error('events[0].date', 'is required'),
          error('events[0].title', 'is required'),
        ],
      });
      expect(read({start: '1971', headline: 'Treaty'}).problems).to.deep.equal([
        warning('events[0].start', 'unknown field "start": did you mean "date"?'),
        warning('events[0].headline', 'unknown field "headline": did you mean "title"?'),
        error('events[0].date', 'is required'),
        error('events[0].title', 'is required'),
      ]);
    });

    it('parseEvent(input, …) gives no hint when our field is there too', () => {
      expect(kept({start: '1970'}).problems).to.deep.equal([
        warning('events[0].start', 'unknown field "start" is ignored'),
      ]);
    });

    it('parseEvent(input, …) treats "constructor", "__proto__" and "toString" as plain unknown fields', () => {
      const input = JSON.parse(
        '{"date": "1971", "title": "x", "constructor": {"prototype": {"polluted": 1}},' +
          ' "__proto__": {"polluted": 1}, "toString": "x", "hasOwnProperty": 1}'
      );
      const {draft, problems} = read(input);
      expect(problems).to.deep.equal([
        warning('events[0].constructor', 'unknown field "constructor" is ignored'),
        warning('events[0].__proto__', 'unknown field "__proto__" is ignored'),
        warning('events[0].toString', 'unknown field "toString" is ignored'),
        warning('events[0].hasOwnProperty', 'unknown field "hasOwnProperty" is ignored'),
      ]);
      expect(draft!.event).to.deep.equal({date: '1971', title: 'x'});
      expect(Object.getPrototypeOf(draft!.event)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });

  describe('optional fields of the wrong type', () => {
    const cases: [string, unknown, string][] = [
      ['summary', {text: 'x'}, 'expected text, got an object'],
      ['summary', ['a'], 'expected text, got an array'],
      ['category', ['summit'], 'expected text, got an array'],
      ['category', true, 'expected text, got a boolean (true)'],
      ['actors', 5, 'expected a list of text, got a number (5)'],
      ['actors', {IN: true}, 'expected a list of text, got an object'],
      ['location', false, 'expected text, got a boolean (false)'],
      ['series', {key: 'annual'}, 'expected text, got an object'],
      ['seriesNumber', '21', 'expected a whole number from 1, got "21"'],
      ['seriesNumber', 0, 'expected a whole number from 1, got a number (0)'],
      ['seriesNumber', -1, 'expected a whole number from 1, got a number (-1)'],
      ['seriesNumber', 2.5, 'expected a whole number from 1, got a number (2.5)'],
      ['importance', '3', 'expected 1, 2 or 3, got "3"'],
      ['importance', 0, 'expected 1, 2 or 3, got a number (0)'],
      ['importance', 4, 'expected 1, 2 or 3, got a number (4)'],
      ['importance', 2.5, 'expected 1, 2 or 3, got a number (2.5)'],
      ['importance', true, 'expected 1, 2 or 3, got a boolean (true)'],
      ['sources', 'MEA', 'expected a list of {title, url}, got "MEA"'],
      ['sources', {title: 'MEA'}, 'expected a list of {title, url}, got an object'],
      ['image', 'https://example.com/a.jpg', 'expected {url, alt, credit}, got "https://example.com/a.jpg"'],
      ['image', ['a.jpg'], 'expected {url, alt, credit}, got an array'],
      ['tags', 7, 'expected a list of text, got a number (7)'],
      ['tags', {a: 1}, 'expected a list of text, got an object'],
    ];
    for (const [field, value, message] of cases) {
      it(`parseEvent(input, …) warns about ${field}: ${JSON.stringify(value)}, drops it and keeps the event`, () => {
        const {event, problems} = kept({[field]: value});
        expect(problems).to.deep.equal([warning(`events[0].${field}`, message)]);
        expect(event).to.deep.equal({date: '1971-08-09', title: 'Treaty'});
      });
    }

    it('parseEvent(input, …) reads a lone string as a one-item list for actors and tags', () => {
      const {event, problems} = kept({actors: 'IN', tags: ' treaty '});
      expect(problems).to.deep.equal([]);
      expect([event.actors, event.tags]).to.deep.equal([['IN'], ['treaty']]);
    });

    it('parseEvent(input, …) keeps the good items of a list and warns about the others', () => {
      const {event, problems} = kept({actors: ['IN', 3, '', 'RU'], tags: [null, 'x']});
      expect(event.actors).to.deep.equal(['IN', 'RU']);
      expect(event.tags).to.deep.equal(['x']);
      expect(problems).to.deep.equal([
        warning('events[0].actors[1]', 'expected text, got a number (3)'),
        warning('events[0].actors[2]', 'expected text, got ""'),
        warning('events[0].tags[0]', 'expected text, got null'),
      ]);
    });

    it('parseEvent(input, …) reports every bad optional field of one event', () => {
      const {event, problems} = kept({summary: 1n, importance: 'high', seriesNumber: 'x', location: []});
      expect(event).to.deep.equal({date: '1971-08-09', title: 'Treaty'});
      expect(problems.map((p) => p.path)).to.deep.equal([
        'events[0].summary',
        'events[0].location',
        'events[0].seriesNumber',
        'events[0].importance',
      ]);
      expect(problems.every((p) => p.severity === 'warning')).to.equal(true);
    });

    it('parseEvent(input, …) uses importance 1 when it is absent or wrong', () => {
      expect(read({date: '1971', title: 'x'}).draft!.importance).to.equal(1);
      expect(read({date: '1971', title: 'x', importance: 5}).draft!.importance).to.equal(1);
      expect(read({date: '1971', title: 'x', importance: 2}).draft!.importance).to.equal(2);
    });
  });

  describe('sources', () => {
    it('parseEvent(input, …) reads a string source as its title', () => {
      expect(kept({sources: ['Ministry of External Affairs']}).event.sources).to.deep.equal([
        {title: 'Ministry of External Affairs'},
      ]);
    });

    it('parseEvent(input, …) uses the url as the title of a source without one', () => {
      const {event, problems} = kept({sources: [{url: 'https://mea.gov.in/x'}]});
      expect(problems).to.deep.equal([]);
      expect(event.sources).to.deep.equal([{title: 'https://mea.gov.in/x', url: 'https://mea.gov.in/x'}]);
    });

    it('parseEvent(input, …) keeps relative and mailto: source links', () => {
      const {event, problems} = kept({
        sources: [
          {title: 'Archive', url: '/archive/1971.pdf'},
          {title: 'Desk', url: 'mailto:desk@example.com'},
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(event.sources).to.deep.equal([
        {title: 'Archive', url: '/archive/1971.pdf'},
        {title: 'Desk', url: 'mailto:desk@example.com'},
      ]);
    });

    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      it(`parseEvent(input, …) removes the source link ${JSON.stringify(url)} with a warning, keeping its title`, () => {
        const {event, problems} = kept({sources: [{title: 'Trap', url}]});
        expect(event.sources).to.deep.equal([{title: 'Trap'}]);
        const shown = JSON.stringify(url.trim().length > 40 ? `${url.trim().slice(0, 40)}…` : url.trim());
        expect(problems).to.deep.equal([
          warning(
            'events[0].sources[0].url',
            `${shown} is not an http, https or mailto link; the link is left out`
          ),
        ]);
      });
    }

    it('parseEvent(input, …) drops a source with neither a title nor a safe url', () => {
      const {event, problems} = kept({sources: [{url: 'javascript:alert(1)'}, {}, {title: 'Kept'}]});
      expect(event.sources).to.deep.equal([{title: 'Kept'}]);
      expect(problems).to.deep.equal([
        warning(
          'events[0].sources[0].url',
          '"javascript:alert(1)" is not an http, https or mailto link; the link is left out'
        ),
        warning('events[0].sources[0]', 'a source needs a title or a url'),
        warning('events[0].sources[1]', 'a source needs a title or a url'),
      ]);
    });

    it('parseEvent(input, …) warns about bad source items and unknown source fields', () => {
      const {event, problems} = kept({
        sources: [42, null, {title: 'MEA', url: 'https://mea.gov.in', date: '1971'}, {title: {}, url: 5}],
      });
      expect(event.sources).to.deep.equal([
        {title: 'MEA', url: 'https://mea.gov.in'},
        {title: '5', url: '5'},
      ]);
      expect(problems).to.deep.equal([
        warning('events[0].sources[0]', 'expected {title, url}, got a number (42)'),
        warning('events[0].sources[1]', 'expected {title, url}, got null'),
        warning('events[0].sources[2].date', 'unknown field "date" is ignored'),
        warning('events[0].sources[3].title', 'expected text, got an object'),
      ]);
    });

    it('parseEvent(input, …) leaves out `sources` when no item survives', () => {
      const {event} = kept({sources: [{}]});
      expect(event).to.not.have.property('sources');
    });
  });

  describe('image', () => {
    it('parseEvent(input, …) keeps an image with a relative url and no credit', () => {
      const {event, problems} = kept({image: {url: 'images/treaty.jpg', alt: 'Signing'}});
      expect(problems).to.deep.equal([]);
      expect(event.image).to.deep.equal({url: 'images/treaty.jpg', alt: 'Signing'});
    });

    it('parseEvent(input, …) warns about an image without alt text and keeps it with alt ""', () => {
      const {event, problems} = kept({image: {url: 'https://example.com/a.jpg'}});
      expect(event.image).to.deep.equal({url: 'https://example.com/a.jpg', alt: ''});
      expect(problems).to.deep.equal([
        warning('events[0].image.alt', 'is missing: describe the picture for readers who cannot see it'),
      ]);
    });

    it('parseEvent(input, …) drops an image without a url', () => {
      const {event, problems} = kept({image: {alt: 'Signing'}});
      expect(event).to.not.have.property('image');
      expect(problems).to.deep.equal([warning('events[0].image.url', 'is required; the image is left out')]);
    });

    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:image/png;base64,AAAA',
      'vbscript:x',
      'mailto:a@b.example',
    ]) {
      it(`parseEvent(input, …) drops an image whose url is ${JSON.stringify(url)}, with a warning`, () => {
        const {event, problems} = kept({image: {url, alt: 'x'}});
        expect(event).to.not.have.property('image');
        expect(problems).to.deep.equal([
          warning(
            'events[0].image.url',
            `${JSON.stringify(url.trim())} is not an http or https address; the image is left out`
          ),
        ]);
      });
    }

    it('parseEvent(input, …) warns about unknown image fields and a mistyped credit', () => {
      const {event, problems} = kept({image: {url: 'a.jpg', alt: 'x', credit: {}, width: 10}});
      expect(event.image).to.deep.equal({url: 'a.jpg', alt: 'x'});
      expect(problems).to.deep.equal([
        warning('events[0].image.width', 'unknown field "width" is ignored'),
        warning('events[0].image.credit', 'expected text, got an object'),
      ]);
    });
  });

  it('parseEvent(input, path, …) uses the given path in every message', () => {
    const {problems} = read({date: '1971', title: 'x', foo: 1, importance: 9}, 'data.events[12]', 12);
    expect(problems.map((p) => p.path)).to.deep.equal(['data.events[12].foo', 'data.events[12].importance']);
  });

  it('parseEvent(input, …) does not change its input', () => {
    const input = {date: ' 1971 ', title: ' x ', actors: [' IN '], sources: ['MEA'], importance: 9};
    const copy = structuredClone(input);
    read(input);
    expect(input).to.deep.equal(copy);
  });
});

describe('parseEvent: how fields are found', () => {
  it('parseEvent(input, …) lists unknown fields in the order of Object.keys, integer-like keys first', () => {
    const {problems} = read({date: '1971', b: 1, title: 'x', 2: 'two', a: 1, 1: 'one'});
    expect(problems.map((p) => p.path)).to.deep.equal(
      Object.keys({date: '1971', b: 1, title: 'x', 2: 'two', a: 1, 1: 'one'})
        .filter((key) => !['date', 'title'].includes(key))
        .map((key) => `events[0].${key}`)
    );
    expect(problems.map((p) => p.path)).to.deep.equal([
      'events[0].1',
      'events[0].2',
      'events[0].b',
      'events[0].a',
    ]);
  });

  it('parseEvent(input, …) ignores inherited and non-enumerable keys when looking for unknown fields', () => {
    const proto = {inherited: 1, colour: 'red'};
    const input = Object.assign(Object.create(proto) as Record<string, unknown>, {date: '1971', title: 'x'});
    Object.defineProperty(input, 'hidden', {value: 1, enumerable: false});
    const {draft, problems} = read(input);
    expect(problems).to.deep.equal([]);
    expect(draft!.event).to.deep.equal({date: '1971', title: 'x'});
  });

  it('parseEvent(input, …) still reads known fields that are inherited or not enumerable, as before', () => {
    const input = Object.assign(Object.create({summary: 'From the prototype'}) as Record<string, unknown>, {
      date: '1971',
    });
    Object.defineProperty(input, 'title', {value: 'Hidden title', enumerable: false});
    const {draft, problems} = read(input);
    expect(problems).to.deep.equal([]);
    expect(draft!.event).to.deep.equal({date: '1971', title: 'Hidden title', summary: 'From the prototype'});
  });

  it('parseEvent(input, …) reads an object without a prototype', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, {
      date: '1971',
      title: 'x',
      y: 1,
    });
    const {draft, problems} = read(input);
    expect(problems).to.deep.equal([warning('events[0].y', 'unknown field "y" is ignored')]);
    expect(draft!.event).to.deep.equal({date: '1971', title: 'x'});
  });

  it('parseEvent(input, …) builds the event with its keys in one order, whatever the input’s order', () => {
    const {draft} = read({
      tags: ['t'],
      image: {url: 'https://example.com/a.jpg', alt: 'a'},
      sources: ['s'],
      importance: 2,
      seriesNumber: 3,
      series: 's',
      location: 'l',
      actors: ['IN'],
      category: 'c',
      summary: 'x',
      title: 't',
      end: '1972',
      date: '1971',
    });
    expect(Object.keys(draft!.event)).to.deep.equal([
      'date',
      'title',
      'end',
      'summary',
      'category',
      'actors',
      'location',
      'series',
      'seriesNumber',
      'importance',
      'sources',
      'image',
      'tags',
    ]);
    expect(Object.keys(draft!)).to.deep.equal([
      'event',
      'start',
      'end',
      'from',
      'to',
      'importance',
      'inputIndex',
    ]);
  });
});

describe('readEvent', () => {
  const inputs: unknown[] = [
    {date: '1971-08-09', title: 'Treaty'},
    {date: '1971-08-09', end: '1971-08-20', title: 'Talks', importance: 2, actors: ['IN', ' RU ']},
    {date: '1971', end: '..', title: 'Ongoing', summary: ' s '},
    {date: '1971', end: ' ', title: 'Blank end'},
    {date: -44, title: 'Ides', id: 'x'},
    {date: '1971-13', title: 'Bad date'},
    {date: '1971', end: '1970', title: 'Ends before'},
    'not an event',
  ];

  it('readEvent(input, …) is parseEvent with the final key order and an empty id to fill in', () => {
    inputs.forEach((input, i) => {
      const fromRead = new ProblemList();
      const fromParse = new ProblemList();
      const event = readEvent(input, `events[${i}]`, i, fromRead);
      const draft = parseEvent(input, `events[${i}]`, i, fromParse);
      expect(fromRead.items, String(i)).to.deep.equal(fromParse.items);
      if (!draft) {
        expect(event, String(i)).to.equal(undefined);
        return;
      }
      expect(event, String(i)).to.deep.equal({id: '', ...draft});
      const optional = draft.end ? ['end'] : draft.ongoing ? ['ongoing'] : [];
      expect(Object.keys(event!), String(i)).to.deep.equal([
        'id',
        'event',
        'start',
        'from',
        'to',
        'importance',
        'inputIndex',
        ...optional,
      ]);
    });
  });
});
