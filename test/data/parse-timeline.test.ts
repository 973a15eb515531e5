import {expect} from '@open-wc/testing';
import {parsePartialDate, type PartialDate} from '../../src/data/partial-date.js';
import {createIdAllocator, deriveEventId} from '../../src/data/event-id.js';
import type {ParsedEvent} from '../../src/data/parse-event.js';
import {
  parseTimeline,
  parseTimelineInChunks,
  problemsOf,
  type ParsedTimeline,
} from '../../src/data/parse-timeline.js';
import type {TimelineProblem} from '../../src/types.js';

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

const warning = (path: string, message: string): TimelineProblem => ({path, message, severity: 'warning'});
const error = (path: string, message: string): TimelineProblem => ({path, message, severity: 'error'});
const ids = (timeline: ParsedTimeline) => timeline.events.map((e) => e.id);

const treaty = {id: 'treaty', date: '1971-08-09', title: 'Indo-Soviet Treaty'};
const aryabhata = {id: 'aryabhata', date: '1975-04-19', title: 'Aryabhata launched'};
const soyuz = {id: 'soyuz', date: '1984-04-03', end: '1984-04-11', title: 'Rakesh Sharma in space'};

describe('parseTimeline', () => {
  describe('input shapes', () => {
    it('parseTimeline(input) reads a bare array as {events}', () => {
      const fromArray = parseTimeline([treaty, aryabhata]);
      const fromObject = parseTimeline({events: [treaty, aryabhata]});
      expect(fromArray).to.deep.equal(fromObject);
      expect(ids(fromArray)).to.deep.equal(['treaty', 'aryabhata']);
      expect(fromArray.problems).to.deep.equal([]);
      expect(fromArray).to.not.have.property('title');
    });

    it('parseTimeline(input) returns the full result shape for a dataset', () => {
      const timeline = parseTimeline({
        title: ' India and Russia ',
        description: 'Milestones',
        actors: {IN: {name: 'India', color: '#ff9933'}},
        categories: {summit: {label: 'Summits'}},
        eras: [{start: '1947', end: '1991', title: 'Soviet era'}],
        events: [treaty],
      });
      expect(timeline.problems).to.deep.equal([]);
      expect(timeline.title).to.equal('India and Russia');
      expect(timeline.description).to.equal('Milestones');
      expect([...timeline.actors]).to.deep.equal([['IN', {name: 'India', color: '#ff9933'}]]);
      expect([...timeline.categories]).to.deep.equal([['summit', {label: 'Summits'}]]);
      expect(timeline.eras).to.deep.equal([
        {title: 'Soviet era', start: parsed('1947'), end: parsed('1991')},
      ]);
      expect(timeline.events).to.deep.equal([
        {
          id: 'treaty',
          event: {date: '1971-08-09', title: 'Indo-Soviet Treaty', id: 'treaty'},
          start: parsed('1971-08-09'),
          from: Date.UTC(1971, 7, 9),
          to: Date.UTC(1971, 7, 10),
          importance: 1,
          inputIndex: 0,
        },
      ]);
    });

    it('parseTimeline(input) accepts an empty list of events without problems', () => {
      const timeline = parseTimeline({events: []});
      expect(timeline.events).to.deep.equal([]);
      expect(timeline.problems).to.deep.equal([]);
      expect(parseTimeline([]).problems).to.deep.equal([]);
    });

    const notObjects: [unknown, string][] = [
      [null, 'null'],
      [undefined, 'undefined'],
      [42, 'a number (42)'],
      ['text', '"text"'],
      [true, 'a boolean (true)'],
    ];
    for (const [input, shown] of notObjects) {
      it(`parseTimeline(input) reports ${shown} as one error at path ''`, () => {
        const timeline = parseTimeline(input);
        expect(timeline.problems).to.deep.equal([
          error('', `expected a dataset object or an array of events, got ${shown}`),
        ]);
        expect(timeline.events).to.deep.equal([]);
        expect(timeline.actors.size).to.equal(0);
        expect(timeline.categories.size).to.equal(0);
        expect(timeline.eras).to.deep.equal([]);
      });
    }

    it('parseTimeline(input) reports missing `events` as an error at path "events"', () => {
      const timeline = parseTimeline({title: 'Empty'});
      expect(timeline.problems).to.deep.equal([error('events', 'is required: a list of events')]);
      expect(timeline.events).to.deep.equal([]);
      expect(timeline.title).to.equal('Empty');
    });

    it('parseTimeline(input) reports `events` that is not an array', () => {
      expect(parseTimeline({events: {a: treaty}}).problems).to.deep.equal([
        error('events', 'expected a list of events, got an object'),
      ]);
      expect(parseTimeline({events: 'treaty'}).problems).to.deep.equal([
        error('events', 'expected a list of events, got "treaty"'),
      ]);
      expect(parseTimeline({events: null}).problems).to.deep.equal([
        error('events', 'expected a list of events, got null'),
      ]);
    });

    it('parseTimeline(input) still reads actors, categories and eras when `events` is wrong', () => {
      const timeline = parseTimeline({
        actors: {IN: {name: 'India'}},
        categories: {summit: {label: 'Summits'}},
        eras: [{start: '1947', end: '1991', title: 'Soviet era'}],
        events: 5,
      });
      expect(timeline.actors.get('IN')).to.deep.equal({name: 'India'});
      expect(timeline.categories.get('summit')).to.deep.equal({label: 'Summits'});
      expect(timeline.eras.length).to.equal(1);
      expect(timeline.problems).to.deep.equal([
        error('events', 'expected a list of events, got a number (5)'),
      ]);
    });

    it('parseTimeline(input) warns about unknown top-level fields at their bare key', () => {
      const timeline = parseTimeline({events: [treaty], scale: 'human', options: {}});
      expect(timeline.problems).to.deep.equal([
        warning('scale', 'unknown field "scale" is ignored'),
        warning('options', 'unknown field "options" is ignored'),
      ]);
      expect(timeline.events.length).to.equal(1);
    });

    it('parseTimeline(input) warns about a title or description that is not text', () => {
      const timeline = parseTimeline({title: {text: {headline: 'x'}}, description: ['x'], events: []});
      expect(timeline.problems).to.deep.equal([
        warning('title', 'expected text, got an object'),
        warning('description', 'expected text, got an array'),
      ]);
      expect(timeline).to.not.have.property('title');
      expect(timeline).to.not.have.property('description');
    });

    it('parseTimeline(input) does not change its input', () => {
      const input = {
        title: ' x ',
        events: [
          {...treaty, title: ' t '},
          {date: '1970', title: 'y'},
        ],
      };
      const copy = structuredClone(input);
      parseTimeline(input);
      expect(input).to.deep.equal(copy);
    });
  });

  describe('problems', () => {
    const messy = {
      title: ['x'],
      extra: true,
      actors: {IN: {name: 'India', color: 'url(x)'}, RU: 'Russia'},
      categories: [],
      eras: [{start: '1947', title: 'open'}, 'x'],
      events: [
        treaty,
        {date: '2021-13-01', title: 'bad month'},
        {title: 'no date'},
        {date: '1980', end: '1970', title: 'backwards'},
        {date: '1990', title: 'wrong types', importance: 'high', sources: 'x', image: 1, tags: 2, unknown: 1},
        null,
        {...treaty, title: 'duplicate'},
        {date: '1975', headline: 'TimelineJS'},
      ],
    };

    it('parseTimeline(input) gives every problem a path, a message and a severity', () => {
      const timeline = parseTimeline(messy);
      expect(timeline.problems.length).to.equal(19);
      for (const problem of timeline.problems) {
        expect(Object.keys(problem).sort()).to.deep.equal(['message', 'path', 'severity']);
        expect(problem.path).to.be.a('string');
        expect(problem.message).to.be.a('string').and.not.equal('');
        expect(['error', 'warning']).to.include(problem.severity);
      }
    });

    it('parseTimeline(input) reports the problems in the order found, with exact paths', () => {
      expect(parseTimeline(messy).problems).to.deep.equal([
        warning('extra', 'unknown field "extra" is ignored'),
        warning('title', 'expected text, got an array'),
        warning('actors.IN.color', '"url(x)" is not a colour (use e.g. "#1f77b4")'),
        warning('actors.RU', 'expected an object, got "Russia"'),
        warning('categories', 'expected an object keyed by code, got an array'),
        error('eras[0].end', 'is required'),
        error('eras[1]', 'expected {start, end, title}, got "x"'),
        error('events[1].date', '"2021-13-01" is not a valid date: there is no month 13'),
        error('events[2].date', 'is required'),
        error('events[3].end', '"1970" is before the date "1980"'),
        warning('events[4].unknown', 'unknown field "unknown" is ignored'),
        warning('events[4].importance', 'expected 1, 2 or 3, got "high"'),
        warning('events[4].sources', 'expected a list of {title, url}, got "x"'),
        warning('events[4].image', 'expected {url, alt, credit}, got a number (1)'),
        warning('events[4].tags', 'expected a list of text, got a number (2)'),
        error('events[5]', 'expected an event object, got null'),
        warning('events[7].headline', 'unknown field "headline": did you mean "title"?'),
        error('events[7].title', 'is required'),
        error('events[6].id', 'duplicate id "treaty", already used by events[0]'),
      ]);
    });

    it('parseTimeline(input) leaves invalid events out and keeps the valid ones', () => {
      const timeline = parseTimeline(messy);
      expect(ids(timeline)).to.deep.equal(['treaty', '1990-wrong-types']);
      expect(timeline.events.map((e) => e.inputIndex)).to.deep.equal([0, 4]);
      expect(problemsOf(timeline, 'error').length).to.equal(8);
    });

    it('parseTimeline(input) counts kept and dropped events in a mixed list', () => {
      const timeline = parseTimeline([
        {date: '2000', title: 'a'},
        {date: '2000-02-30', title: 'b'},
        {date: '2001', title: 'c'},
        {date: '2001', title: ''},
        {date: '2002', title: 'e'},
        'not an event',
        {date: '2003', end: '2002', title: 'g'},
      ]);
      expect(timeline.events.length).to.equal(3);
      expect(timeline.events.map((e) => e.event.title)).to.deep.equal(['a', 'c', 'e']);
      expect(problemsOf(timeline, 'error').map((p) => p.path)).to.deep.equal([
        'events[1].date',
        'events[3].title',
        'events[5]',
        'events[6].end',
      ]);
      expect(problemsOf(timeline, 'warning')).to.deep.equal([]);
    });
  });

  describe('ids', () => {
    it('parseTimeline(input) reports a duplicate id on the later event, naming the first index', () => {
      const timeline = parseTimeline([
        {id: 'summit', date: '2000', title: 'first'},
        {id: 'other', date: '2001', title: 'other'},
        {id: 'summit', date: '2002', title: 'second'},
      ]);
      expect(timeline.problems).to.deep.equal([
        error('events[2].id', 'duplicate id "summit", already used by events[0]'),
      ]);
      expect(timeline.events.map((e) => e.event.title)).to.deep.equal(['first', 'other']);
    });

    it('parseTimeline(input) keeps the first of a duplicate id even when it is later in date order', () => {
      const timeline = parseTimeline([
        {id: 'x', date: '2010', title: 'first in input'},
        {id: 'x', date: '1990', title: 'earlier date'},
      ]);
      expect(timeline.events.map((e) => e.event.title)).to.deep.equal(['first in input']);
      expect(timeline.problems).to.deep.equal([
        error('events[1].id', 'duplicate id "x", already used by events[0]'),
      ]);
    });

    it('parseTimeline(input) compares ids after trimming and as text', () => {
      const timeline = parseTimeline([
        {id: ' 5 ', date: '2000', title: 'a'},
        {id: 5, date: '2001', title: 'b'},
      ]);
      expect(ids(timeline)).to.deep.equal(['5']);
      expect(timeline.problems).to.deep.equal([
        error('events[1].id', 'duplicate id "5", already used by events[0]'),
      ]);
    });

    it('parseTimeline(input) derives ids from date and title', () => {
      const timeline = parseTimeline([
        {date: '1971-08-09', title: 'Indo-Soviet Treaty of Peace, Friendship and Cooperation'},
        {date: '2009-06-16?', title: 'First BRIC summit'},
      ]);
      expect(ids(timeline)).to.deep.equal([
        '1971-08-09-indo-soviet-treaty-of-peace-friendship-and',
        '2009-06-16-first-bric-summit',
      ]);
      expect(timeline.events.map((e) => e.event.id)).to.deep.equal(ids(timeline));
    });

    it('parseTimeline(input) derives the same ids on every parse', () => {
      const input = () => [
        {date: '2021-12-06', title: 'Summit'},
        {date: '2021-12-06', title: 'Summit'},
        {date: '1971', title: 'Treaty'},
      ];
      expect(ids(parseTimeline(input()))).to.deep.equal(ids(parseTimeline(input())));
    });

    it('parseTimeline(input) makes derived ids unique with -2, -3 in input order', () => {
      const timeline = parseTimeline([
        {date: '2021-12-06', title: 'Summit', summary: 'first'},
        {date: '2021-12-06', title: 'Summit!', summary: 'second'},
        {date: '2021-12-06', title: 'summit', summary: 'third'},
      ]);
      expect(timeline.events.map((e) => [e.id, e.event.summary])).to.deep.equal([
        ['2021-12-06-summit', 'first'],
        ['2021-12-06-summit-2', 'second'],
        ['2021-12-06-summit-3', 'third'],
      ]);
      expect(new Set(ids(timeline)).size).to.equal(3);
    });

    it('parseTimeline(input) gives an explicit id priority over a derived one, wherever it comes', () => {
      const timeline = parseTimeline([
        {date: '1971-08-09', title: 'Treaty'},
        {id: '1971-08-09-treaty', date: '1972', title: 'Explicit'},
        {date: '1971-08-09', title: 'Treaty', summary: 'again'},
        {id: '1971-08-09-treaty-3', date: '1973', title: 'Explicit 3'},
      ]);
      expect(timeline.problems).to.deep.equal([]);
      expect(timeline.events.map((e) => [e.inputIndex, e.id])).to.deep.equal([
        [0, '1971-08-09-treaty-2'],
        [2, '1971-08-09-treaty-4'],
        [1, '1971-08-09-treaty'],
        [3, '1971-08-09-treaty-3'],
      ]);
    });

    it('parseTimeline(input) derives an id when the given one is empty or not text, with a warning', () => {
      const timeline = parseTimeline([
        {id: '   ', date: '2000', title: 'a'},
        {id: {key: 'x'}, date: '2001', title: 'b'},
        {id: true, date: '2002', title: 'c'},
        {id: null, date: '2003', title: 'd'},
      ]);
      expect(ids(timeline)).to.deep.equal(['2000-a', '2001-b', '2002-c', '2003-d']);
      expect(timeline.problems).to.deep.equal([
        warning('events[0].id', 'is empty; an id is derived instead'),
        warning('events[1].id', 'expected text, got an object; an id is derived instead'),
        warning('events[2].id', 'expected text, got a boolean (true); an id is derived instead'),
      ]);
    });

    it('parseTimeline(input) ignores the id of a dropped event', () => {
      const timeline = parseTimeline([
        {id: 'x', date: 'bad', title: 'dropped'},
        {id: 'x', date: '2000', title: 'kept'},
      ]);
      expect(ids(timeline)).to.deep.equal(['x']);
      expect(timeline.problems.map((p) => p.path)).to.deep.equal(['events[0].date']);
    });
  });

  describe('order and series', () => {
    it('parseTimeline(input) reads series names, used by the card and series lanes', () => {
      const timeline = parseTimeline({
        series: {'annual-summit': {label: 'annual summit'}, broken: 'x'},
        events: [{date: '2021', title: 'x', series: 'annual-summit'}],
      });
      expect(timeline.series.get('annual-summit')).to.deep.equal({label: 'annual summit'});
      expect(timeline.series.has('broken')).to.equal(false);
      expect(timeline.problems.map((p) => p.path)).to.deep.equal(['series.broken']);
    });

    it('parseTimeline(input) sorts events by date', () => {
      const timeline = parseTimeline([soyuz, treaty, aryabhata, {id: 'old', date: '-0043', title: 'Caesar'}]);
      expect(ids(timeline)).to.deep.equal(['old', 'treaty', 'aryabhata', 'soyuz']);
      expect(timeline.events.map((e) => e.inputIndex)).to.deep.equal([3, 1, 2, 0]);
    });

    it('parseTimeline(input) breaks ties by end, then by input order', () => {
      const timeline = parseTimeline([
        {id: 'year', date: '1971', title: 'a'},
        {id: 'month', date: '1971-01', title: 'b'},
        {id: 'day-b', date: '1971-01-01', title: 'c'},
        {id: 'day-a', date: '1971-01-01', title: 'd'},
        {id: 'span', date: '1971-01-01', end: '1971-01-05', title: 'e'},
        {id: 'mid-month', date: '1971-01-15', title: 'f'},
      ]);
      expect(ids(timeline)).to.deep.equal(['day-b', 'day-a', 'span', 'month', 'year', 'mid-month']);
    });

    it('parseTimeline(input) numbers series members in date order', () => {
      const timeline = parseTimeline([
        {id: 'c', date: '2002', title: 'c', series: 'annual-summit'},
        {id: 'a', date: '2000', title: 'a', series: 'annual-summit'},
        {id: 'x', date: '2001', title: 'x'},
        {id: 'b', date: '2001', title: 'b', series: 'annual-summit'},
        {id: 'm1', date: '2001', title: 'm1', series: 'irigc-mtc'},
      ]);
      expect(timeline.events.map((e) => [e.id, e.seriesNumber])).to.deep.equal([
        ['a', 1],
        ['x', undefined],
        ['b', 2],
        ['m1', 1],
        ['c', 3],
      ]);
      expect(timeline.events.find((e) => e.id === 'x')).to.not.have.property('seriesNumber');
    });

    it('parseTimeline(input) lets an explicit seriesNumber win', () => {
      const timeline = parseTimeline([
        {id: 's21', date: '2021-12-06', title: 'x', series: 'annual-summit', seriesNumber: 21},
        {id: 's22', date: '2024-07-08', title: 'x', series: 'annual-summit', seriesNumber: 22},
      ]);
      expect(timeline.events.map((e) => e.seriesNumber)).to.deep.equal([21, 22]);
      expect(timeline.events[0]!.event.seriesNumber).to.equal(21);
    });

    it('parseTimeline(input) counts on from a numbered member: after the 21st comes the 22nd', () => {
      const timeline = parseTimeline([
        {id: 's21', date: '2021', title: 'x', series: 's', seriesNumber: 21},
        {id: 'next', date: '2022', title: 'x', series: 's'},
      ]);
      expect(timeline.events.map((e) => e.seriesNumber)).to.deep.equal([21, 22]);
    });

    it('parseTimeline(input) ignores an invalid seriesNumber and numbers by date instead', () => {
      const timeline = parseTimeline([
        {id: 'a', date: '2000', title: 'x', series: 's', seriesNumber: 0},
        {id: 'b', date: '2001', title: 'x', series: 's', seriesNumber: '2'},
      ]);
      expect(timeline.events.map((e) => e.seriesNumber)).to.deep.equal([1, 2]);
      expect(timeline.problems.map((p) => [p.path, p.severity])).to.deep.equal([
        ['events[0].seriesNumber', 'warning'],
        ['events[1].seriesNumber', 'warning'],
      ]);
    });
  });

  describe('actors and categories', () => {
    it('parseTimeline(input) reads actors and categories into maps in input order', () => {
      const timeline = parseTimeline({
        actors: {IN: {name: 'India'}, RU: {name: 'Russia', color: 'rgb(1, 2, 3)'}, BRICS: {name: 'BRICS'}},
        categories: {summit: {label: 'Summits', color: '#123'}, defence: {label: 'Defence'}},
        events: [],
      });
      expect([...timeline.actors.keys()]).to.deep.equal(['IN', 'RU', 'BRICS']);
      expect(timeline.actors.get('RU')).to.deep.equal({name: 'Russia', color: 'rgb(1, 2, 3)'});
      expect([...timeline.categories]).to.deep.equal([
        ['summit', {label: 'Summits', color: '#123'}],
        ['defence', {label: 'Defence'}],
      ]);
      expect(timeline.problems).to.deep.equal([]);
    });

    it('parseTimeline(input) falls back to the code when an actor has no name, with a warning', () => {
      const timeline = parseTimeline({actors: {IN: {}}, categories: {'a.b': {color: 'red'}}, events: []});
      expect(timeline.actors.get('IN')).to.deep.equal({name: 'IN'});
      expect(timeline.categories.get('a.b')).to.deep.equal({label: 'a.b', color: 'red'});
      expect(timeline.problems).to.deep.equal([
        warning('actors.IN.name', 'is missing; the code is shown instead'),
        warning('categories.a.b.label', 'is missing; the key is shown instead'),
      ]);
    });

    it('parseTimeline(input) warns about bad actor and category entries and tables', () => {
      const timeline = parseTimeline({
        actors: {IN: 'India', RU: {name: 'Russia', flag: 'ru'}, CN: {name: 'China', color: 'red;x:y'}},
        categories: 'summit',
        events: [],
      });
      expect([...timeline.actors]).to.deep.equal([
        ['RU', {name: 'Russia'}],
        ['CN', {name: 'China'}],
      ]);
      expect(timeline.categories.size).to.equal(0);
      expect(timeline.problems).to.deep.equal([
        warning('actors.IN', 'expected an object, got "India"'),
        warning('actors.RU.flag', 'unknown field "flag" is ignored'),
        warning('actors.CN.color', '"red;x:y" is not a colour (use e.g. "#1f77b4")'),
        warning('categories', 'expected an object keyed by code, got "summit"'),
      ]);
    });

    it('parseTimeline(input) does not check event actors and categories against the tables', () => {
      const timeline = parseTimeline({
        actors: {IN: {name: 'India'}},
        events: [{date: '2000', title: 'x', actors: ['XX'], category: 'unknown-category'}],
      });
      expect(timeline.problems).to.deep.equal([]);
      expect(timeline.events[0]!.event.category).to.equal('unknown-category');
    });
  });

  describe('prototype pollution', () => {
    const polluted = () => [
      ({} as Record<string, unknown>).polluted,
      Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
      (Object as unknown as Record<string, unknown>).polluted,
      ([] as unknown as Record<string, unknown>).polluted,
    ];

    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).polluted;
    });

    it('parseTimeline(input) keeps "__proto__" in actors as a plain code, not a prototype', () => {
      const timeline = parseTimeline(JSON.parse('{"actors":{"__proto__":{"polluted":1}},"events":[]}'));
      expect(polluted()).to.deep.equal([undefined, false, undefined, undefined]);
      expect([...timeline.actors]).to.deep.equal([['__proto__', {name: '__proto__'}]]);
      expect(timeline.problems).to.deep.equal([
        warning('actors.__proto__.polluted', 'unknown field "polluted" is ignored'),
        warning('actors.__proto__.name', 'is missing; the code is shown instead'),
      ]);
    });

    it('parseTimeline(input) keeps "constructor" and "__proto__" in categories as plain keys', () => {
      const timeline = parseTimeline(
        JSON.parse(
          '{"categories":{"constructor":{"label":"C","prototype":{"polluted":1}},' +
            '"__proto__":{"label":"P","polluted":1}},"events":[]}'
        )
      );
      expect(polluted()).to.deep.equal([undefined, false, undefined, undefined]);
      expect([...timeline.categories]).to.deep.equal([
        ['constructor', {label: 'C'}],
        ['__proto__', {label: 'P'}],
      ]);
      expect(timeline.problems.map((p) => p.path)).to.deep.equal([
        'categories.constructor.prototype',
        'categories.__proto__.polluted',
      ]);
    });

    it('parseTimeline(input) reports "__proto__" and "constructor" at the top level and in events as unknown fields', () => {
      const timeline = parseTimeline(
        JSON.parse(
          '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
            '"events":[{"date":"2000","title":"x","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
            '"sources":[{"title":"s","__proto__":{"polluted":1}}],"image":{"url":"a.jpg","alt":"a","__proto__":{"polluted":1}}}],' +
            '"eras":[{"start":"2000","end":"2001","title":"e","__proto__":{"polluted":1}}]}'
        )
      );
      expect(polluted()).to.deep.equal([undefined, false, undefined, undefined]);
      expect(timeline.problems).to.deep.equal([
        warning('__proto__', 'unknown field "__proto__" is ignored'),
        warning('constructor', 'unknown field "constructor" is ignored'),
        warning('eras[0].__proto__', 'unknown field "__proto__" is ignored'),
        warning('events[0].__proto__', 'unknown field "__proto__" is ignored'),
        warning('events[0].constructor', 'unknown field "constructor" is ignored'),
        warning('events[0].sources[0].__proto__', 'unknown field "__proto__" is ignored'),
        warning('events[0].image.__proto__', 'unknown field "__proto__" is ignored'),
      ]);
      const [only] = timeline.events;
      expect(only!.event).to.deep.equal({
        date: '2000',
        title: 'x',
        sources: [{title: 's'}],
        image: {url: 'a.jpg', alt: 'a'},
        id: '2000-x',
      });
      expect(Object.getPrototypeOf(only!.event)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(only!.event.sources![0])).to.equal(Object.prototype);
    });
  });

  describe('links', () => {
    const bad = [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ];

    for (const url of bad) {
      it(`parseTimeline(input) removes the link ${JSON.stringify(url)} from sources and image, with warnings`, () => {
        const timeline = parseTimeline([
          {date: '2000', title: 'x', sources: [{title: 'MEA', url}], image: {url, alt: 'a'}},
        ]);
        const shown = JSON.stringify(url.trim());
        expect(timeline.problems).to.deep.equal([
          warning(
            'events[0].sources[0].url',
            `${shown} is not an http, https or mailto link; the link is left out`
          ),
          warning('events[0].image.url', `${shown} is not an http or https address; the image is left out`),
        ]);
        expect(timeline.events[0]!.event.sources).to.deep.equal([{title: 'MEA'}]);
        expect(timeline.events[0]!.event).to.not.have.property('image');
      });
    }

    it('parseTimeline(input) allows mailto: for sources but not for an image', () => {
      const timeline = parseTimeline([
        {
          date: '2000',
          title: 'x',
          sources: [{title: 'Desk', url: 'mailto:desk@example.com'}],
          image: {url: 'mailto:a@b.c', alt: 'a'},
        },
      ]);
      expect(timeline.events[0]!.event.sources).to.deep.equal([
        {title: 'Desk', url: 'mailto:desk@example.com'},
      ]);
      expect(timeline.events[0]!.event).to.not.have.property('image');
      expect(timeline.problems).to.deep.equal([
        warning(
          'events[0].image.url',
          '"mailto:a@b.c" is not an http or https address; the image is left out'
        ),
      ]);
    });
  });

  describe('eras', () => {
    it('parseTimeline(input) parses eras with their precision', () => {
      const timeline = parseTimeline({
        eras: [
          {start: '1947-04-13', end: '1991-12-26', title: ' Soviet era '},
          {start: '2021', end: '2031', title: 'Programme 2021–2031'},
        ],
        events: [],
      });
      expect(timeline.problems).to.deep.equal([]);
      expect(timeline.eras).to.deep.equal([
        {title: 'Soviet era', start: parsed('1947-04-13'), end: parsed('1991-12-26')},
        {title: 'Programme 2021–2031', start: parsed('2021'), end: parsed('2031')},
      ]);
    });

    it('parseTimeline(input) accepts an era that starts and ends in the same year', () => {
      expect(
        parseTimeline({eras: [{start: '1991', end: '1991', title: 'x'}], events: []}).eras.length
      ).to.equal(1);
    });

    it('parseTimeline(input) reports invalid eras as errors and leaves them out', () => {
      const timeline = parseTimeline({
        eras: [
          'x',
          {start: '1990', end: '2000'},
          {start: '1990-13', end: '2000', title: 'bad start'},
          {start: 2021, end: '2031', title: 'number'},
          {start: '1990', end: '1980', title: 'backwards'},
          {end: '2000', title: 'no start'},
          {start: '1990', end: '2000', title: 'kept', colour: 'red'},
        ],
        events: [],
      });
      expect(timeline.eras.map((e) => e.title)).to.deep.equal(['kept']);
      expect(timeline.problems).to.deep.equal([
        error('eras[0]', 'expected {start, end, title}, got "x"'),
        error('eras[1].title', 'is required'),
        error('eras[2].start', '"1990-13" is not a valid date: there is no month 13'),
        error('eras[3].start', 'expected a date as text, got a number (2021)'),
        error('eras[4].end', '"1980" is before the start "1990"'),
        error('eras[5].start', 'is required'),
        warning('eras[6].colour', 'unknown field "colour" is ignored'),
      ]);
    });

    it('parseTimeline(input) warns when eras is not a list', () => {
      const timeline = parseTimeline({eras: {start: '1990'}, events: []});
      expect(timeline.eras).to.deep.equal([]);
      expect(timeline.problems).to.deep.equal([
        warning('eras', 'expected a list of {start, end, title}, got an object'),
      ]);
    });
  });
});

describe('problemsOf', () => {
  it('problemsOf(timeline, severity) keeps the problems of one severity, in order', () => {
    const timeline = parseTimeline([
      {date: 'x', title: 'a'},
      {date: '2000', title: 'b', foo: 1},
      {title: 'c'},
    ]);
    expect(problemsOf(timeline, 'error')).to.deep.equal([
      error('events[0].date', '"x" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD'),
      error('events[2].date', 'is required'),
    ]);
    expect(problemsOf(timeline, 'warning')).to.deep.equal([
      warning('events[1].foo', 'unknown field "foo" is ignored'),
    ]);
  });

  it('problemsOf(timeline, severity) is empty for a clean timeline', () => {
    const timeline = parseTimeline([treaty]);
    expect(problemsOf(timeline, 'error')).to.deep.equal([]);
    expect(problemsOf(timeline, 'warning')).to.deep.equal([]);
  });
});

describe('parseTimeline: large datasets', () => {
  /** A seeded, varied dataset: every precision, spans, open ends, repeated titles, some ids (a few bad), series. */
  function dataset(count: number, seed = 11): Record<string, unknown>[] {
    let state = seed;
    const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
    const pad = (n: number) => String(n).padStart(2, '0');
    const events: Record<string, unknown>[] = [];
    for (let i = 0; i < count; i++) {
      const year = 1940 + Math.floor(random() * 60);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const date = pick([
        `${year}`,
        `${year}-${pad(month)}`,
        `${year}-${pad(month)}-${pad(day)}`,
        `${year}-${pad(month)}-${pad(day)}`,
        `${year}-${pad(month)}-${pad(day)}T${pad(day % 24)}:30Z`,
        `${year}-2${1 + (month % 4)}`,
        `-${String(year).padStart(4, '0')}`,
        `${year}~`,
        year,
      ]);
      const event: Record<string, unknown> = {
        date,
        title: pick(['Talks', 'Summit on trade', 'Визит', 'Visite à Moscou']),
      };
      const r = random();
      if (r < 0.1) event.end = '..';
      else if (r < 0.2 && typeof date === 'string' && /^\d{4}(-\d\d){0,2}$/.test(date))
        event.end = `${year + 1}`;
      if (random() < 0.2) event.id = pick(['a', 'b', 'c', `id-${i}`, `id-${i}`, ' ', 7, true, '1971-talks']);
      if (random() < 0.1) event.series = pick(['s', 't']);
      if (random() < 0.05) event.date = '1971-02-29'; // invalid: left out
      events.push(event);
    }
    return events;
  }

  /**
   * The first position where two lists differ, or -1: a failure in a list of
   * 40,000 is then one line, where a diff of the whole lists takes minutes.
   */
  function firstDifference(actual: unknown[], expected: unknown[]): number {
    const index = actual.findIndex((value, i) => value !== expected[i]);
    return actual.length === expected.length ? index : Math.min(actual.length, expected.length);
  }

  function byDate(a: ParsedEvent, b: ParsedEvent): number {
    return a.from - b.from || (a.to === b.to ? 0 : a.to < b.to ? -1 : 1) || a.inputIndex - b.inputIndex;
  }

  // The radix sort (src/data/sort-by-date.ts), checked against a comparator, on both sides of 50,000 events.
  for (const count of [5000, 60_000]) {
    it(`parseTimeline(input) sorts ${count} events by start, end and input order, and keeps sorted ones in order`, () => {
      const timeline = parseTimeline(dataset(count));
      expect(timeline.events.length).to.be.at.least(count === 5000 ? 3500 : 50_000); // each on its side of 50,000
      const expected = [...timeline.events].sort(byDate).map((e) => e.inputIndex);
      expect(
        firstDifference(
          timeline.events.map((e) => e.inputIndex),
          expected
        )
      ).to.equal(-1);
      expect(timeline.events.some((e) => e.to === Infinity)).to.equal(true);
      // Read again in that order, the events stay in it, ties included.
      const sorted = timeline.events.map(({event: {id, ...event}}) => ({...event, id: `again-${id}`}));
      const again = parseTimeline(sorted);
      expect(
        firstDifference(
          again.events.map((e) => e.id),
          sorted.map((e) => e.id)
        )
      ).to.equal(-1);
    });
  }

  it('parseTimeline(input) sorts events in order of start but not of end', () => {
    for (const count of [100, 51_000]) {
      // Pairs on one day, the first still going on (`..`): it goes after the second.
      const day = (i: number) =>
        new Date(Date.UTC(1000, 0, 1 + Math.floor(i / 2))).toISOString().slice(0, 10);
      const events = Array.from({length: count}, (_, i) => ({
        date: day(i),
        title: `t${i}`,
        ...(i % 2 ? {} : {end: '..'}),
      }));
      const timeline = parseTimeline(events);
      const expected = Array.from({length: count}, (_, i) => (i % 2 ? i - 1 : i + 1));
      expect(
        firstDifference(
          timeline.events.map((e) => e.inputIndex),
          expected
        ),
        String(count)
      ).to.equal(-1);
    }
  });

  it('parseTimeline(input) keeps events with the same dates in input order', () => {
    for (const count of [100, 51_000]) {
      const same = parseTimeline(Array.from({length: count}, (_, i) => ({date: '1971', title: `t${i}`})));
      const inOrder = Array.from({length: count}, (_, i) => i);
      expect(
        firstDifference(
          same.events.map((e) => e.inputIndex),
          inOrder
        ),
        String(count)
      ).to.equal(-1);
    }
  });

  it('parseTimeline(input) sorts reversed and interleaved input, negative years and ongoing spans included', () => {
    for (const count of [2, 15, 16, 17, 257, 50_000, 50_001, 50_015, 50_016, 50_017, 50_033]) {
      const year = (i: number) => 2000 - Math.floor(i / 7);
      const events = Array.from({length: count}, (_, i) => ({
        date: `${year(i) < 0 ? '-' : ''}${String(Math.abs(year(i))).padStart(4, '0')}`,
        end: i % 3 ? undefined : `${2100 - (i % 11)}`,
        title: `t${i}`,
      }));
      const timeline = parseTimeline(events);
      expect(timeline.events.length, String(count)).to.equal(count);
      const expected = [...timeline.events].sort(byDate).map((e) => e.inputIndex);
      expect(
        firstDifference(
          timeline.events.map((e) => e.inputIndex),
          expected
        ),
        String(count)
      ).to.equal(-1);
    }
  });

  it('parseTimeline(input) gives ids as checking authored ones, then deriving the rest in input order, would', () => {
    const input = dataset(3000);
    const timeline = parseTimeline(input);
    const kept = [...timeline.events].sort((a, b) => a.inputIndex - b.inputIndex);
    const authored = new Map<string, number>();
    for (const e of kept) {
      const raw = input[e.inputIndex]!.id;
      const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
      if (text && !authored.has(text)) authored.set(text, e.inputIndex);
    }
    const allocate = createIdAllocator(new Set(authored.keys()));
    for (const e of kept) {
      const raw = input[e.inputIndex]!.id;
      const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
      const expected =
        authored.get(text) === e.inputIndex ? text : allocate(deriveEventId(e.event.date, e.event.title));
      expect(e.id, String(e.inputIndex)).to.equal(expected);
      expect(e.event.id).to.equal(e.id);
    }
    expect(new Set(kept.map((e) => e.id)).size).to.equal(kept.length);
    const duplicates = timeline.problems.filter((p) => p.message.startsWith('duplicate id'));
    expect(duplicates.length).to.be.greaterThan(0);
    // One error for each event left out: a duplicate id or a bad date.
    expect(kept.length + problemsOf(timeline, 'error').length).to.equal(input.length);
  });

  it('parseTimeline(input) numbers series across thousands of events in date order', () => {
    const timeline = parseTimeline(dataset(3000));
    const counts = new Map<string, number>();
    for (const e of timeline.events) {
      const series = e.event.series;
      if (series === undefined) {
        expect(e).to.not.have.property('seriesNumber');
        continue;
      }
      counts.set(series, (counts.get(series) ?? 0) + 1);
      expect(e.seriesNumber).to.equal(counts.get(series));
    }
    expect(counts.size).to.equal(2);
  });

  it('parseTimeline(input) gives every parsed event its keys in one order', () => {
    const timeline = parseTimeline(dataset(500));
    const base = ['id', 'event', 'start', 'from', 'to', 'importance', 'inputIndex'];
    for (const e of timeline.events) {
      const expected = [...base, ...(e.end ? ['end'] : []), ...(e.ongoing ? ['ongoing'] : [])];
      expect(Object.keys(e).filter((key) => key !== 'seriesNumber')).to.deep.equal(expected);
      expect(Object.keys(e.event).at(-1)).to.equal('id');
    }
  });

  it('parseTimelineInChunks(input) gives the same result as parseTimeline, pausing between chunks', async () => {
    const input = dataset(4000);
    let pauses = 0;
    const chunked = await parseTimelineInChunks(structuredClone(input), {
      budgetMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    const whole = parseTimeline(structuredClone(input));
    // Part by part, and event by event: a failing deep comparison of it all would take minutes to print.
    expect(chunked!.events.length).to.equal(whole.events.length);
    whole.events.forEach((event, i) => expect(chunked!.events[i], String(i)).to.deep.equal(event));
    expect(chunked!.problems.length).to.equal(whole.problems.length);
    whole.problems.forEach((problem, i) => expect(chunked!.problems[i], String(i)).to.deep.equal(problem));
    expect({...chunked, events: [], problems: []}).to.deep.equal({...whole, events: [], problems: []});
    // With no budget, a pause every 256 events of the reading, and more for the ids.
    expect(pauses).to.be.greaterThan(Math.floor(4000 / 256));
  });

  it('parseTimelineInChunks(input) stops when aborted between chunks', async () => {
    const abort = new AbortController();
    const result = await parseTimelineInChunks(dataset(2000), {
      budgetMs: 0,
      signal: abort.signal,
      pause: async () => abort.abort(),
    });
    expect(result).to.equal(undefined);
  });
});
