import {expect} from '@open-wc/testing';
import {parseTimelineText} from '../../src/data/convert-text.js';
import {failedTimeline, parseTimelineTextInChunks, readTimelineText} from '../../src/data/parse-text.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';

const dataset = {
  title: 'India–Russia',
  events: [
    {id: 'treaty', date: '1971-08-09', title: 'Indo-Soviet Treaty'},
    {id: 'aryabhata', date: '1975-04-19', title: 'Aryabhata launched'},
  ],
};
const text = JSON.stringify(dataset);

/** The message V8 gives for this text, so the expected problem is exact without copying engine wording. */
function jsonError(source: string): string {
  try {
    JSON.parse(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('test text is valid JSON');
}

const failure = (message: string) => ({
  events: [],
  actors: new Map(),
  categories: new Map(),
  series: new Map(),
  eras: [],
  problems: [{path: '', message, severity: 'error'}],
});

describe('parseTimelineText', () => {
  it('parseTimelineText(text) parses JSON text like parseTimeline(JSON.parse(text))', () => {
    const timeline = parseTimelineText(text);
    expect(timeline).to.deep.equal(parseTimeline(dataset));
    expect(timeline.events.map((e) => e.id)).to.deep.equal(['treaty', 'aryabhata']);
    expect(timeline.title).to.equal('India–Russia');
    expect(timeline.problems).to.deep.equal([]);
  });

  it('parseTimelineText(text) reads a bare JSON array of events', () => {
    expect(parseTimelineText(JSON.stringify(dataset.events)).events.length).to.equal(2);
  });

  it('parseTimelineText(text) skips a leading byte-order mark', () => {
    const timeline = parseTimelineText(`\uFEFF${text}`);
    expect(timeline.problems).to.deep.equal([]);
    expect(timeline.events.length).to.equal(2);
  });

  it('parseTimelineText(text) accepts surrounding whitespace and pretty-printed JSON', () => {
    const timeline = parseTimelineText(`\n  ${JSON.stringify(dataset, null, 2)}\n\n`);
    expect(timeline.problems).to.deep.equal([]);
    expect(timeline.events.length).to.equal(2);
  });

  for (const bad of [
    '{"events": [}',
    '{"events": [],}',
    "{'events': []}",
    '{"events": [] /* c */}',
    'events: []',
    '{',
  ]) {
    it(`parseTimelineText(text) reports ${JSON.stringify(bad)} as not valid JSON, not an exception`, () => {
      const timeline = parseTimelineText(bad);
      expect(timeline).to.deep.equal(failure(`the data is not valid JSON: ${jsonError(bad)}`));
      expect(timeline.problems[0]!.message.startsWith('the data is not valid JSON: ')).to.equal(true);
    });
  }

  it('parseTimelineText(text) says where the JSON breaks', () => {
    const [problem] = parseTimelineText('{"events": [1, 2,, 3]}').problems;
    // V8 quotes the text around the fault: `Unexpected token ',', ..."s": [1, 2,, 3]}" is not valid JSON`.
    expect(problem!.message).to.match(/^the data is not valid JSON: Unexpected token ','.*2,, 3/);
  });

  it('parseTimelineText(text) recognises an HTML page served instead of JSON', () => {
    const html =
      '<!doctype html>\n<html><head><title>404 Not Found</title></head><body>Not found</body></html>';
    const expected = failure('expected JSON but got an HTML page (is the address right?)');
    expect(parseTimelineText(html)).to.deep.equal(expected);
    expect(parseTimelineText(`\uFEFF  \n${html}`)).to.deep.equal(expected);
    expect(parseTimelineText('<html>')).to.deep.equal(expected);
  });

  it('parseTimelineText(text) reports empty text', () => {
    const expected = failure('the data is empty');
    expect(parseTimelineText('')).to.deep.equal(expected);
    expect(parseTimelineText('   \n\t')).to.deep.equal(expected);
    expect(parseTimelineText('\uFEFF')).to.deep.equal(expected);
    expect(parseTimelineText('\uFEFF \n')).to.deep.equal(expected);
  });

  it('parseTimelineText(text) passes valid JSON that is not a dataset on to parseTimeline', () => {
    expect(parseTimelineText('null').problems).to.deep.equal([
      {path: '', message: 'expected a dataset object or an array of events, got null', severity: 'error'},
    ]);
    expect(parseTimelineText('"events"').problems).to.deep.equal([
      {path: '', message: 'expected a dataset object or an array of events, got "events"', severity: 'error'},
    ]);
    expect(parseTimelineText('42').problems).to.deep.equal([
      {
        path: '',
        message: 'expected a dataset object or an array of events, got a number (42)',
        severity: 'error',
      },
    ]);
    expect(parseTimelineText('{}').problems).to.deep.equal([
      {path: 'events', message: 'is required: a list of events', severity: 'error'},
    ]);
  });

  it('parseTimelineText(text) keeps "__proto__" keys from JSON text out of prototypes', () => {
    parseTimelineText(
      '{"__proto__": {"polluted": 1}, "actors": {"__proto__": {"polluted": 1}}, "events": []}'
    );
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('parseTimelineText: other formats', () => {
  const timelineJS = {
    title: {text: {headline: 'India–Russia'}},
    events: [
      {start_date: {year: '1971', month: '8', day: '9'}, text: {headline: 'Treaty', text: '<p>Signed.</p>'}},
      {start_date: {year: '1975', month: '13'}, text: {headline: 'Bad month'}},
      {start_date: {year: '1975'}, text: {headline: 'Aryabhata', text: '<a href="javascript:x()">x</a>'}},
    ],
  };

  it('parseTimelineText(text) converts TimelineJS3 JSON with fromTimelineJS first', () => {
    const timeline = parseTimelineText(JSON.stringify(timelineJS));
    expect(timeline.title).to.equal('India–Russia');
    expect(timeline.events.map((e) => e.event)).to.deep.equal([
      {date: '1971-08-09', title: 'Treaty', summary: 'Signed.', id: '1971-08-09-treaty'},
      {date: '1975', title: 'Aryabhata', summary: 'x', id: '1975-aryabhata'},
    ]);
    expect(timeline.problems).to.deep.equal([
      {path: 'events[1].start_date.month', message: '"13" is out of range (1 to 12)', severity: 'error'},
      {
        path: 'events[2].text.text',
        message: 'link "javascript:x()" is not an http, https or mailto link; it is left out',
        severity: 'warning',
      },
    ]);
  });

  it('parseTimelineText(text) converts legacy TimelineJS2 JSON', () => {
    const legacy = {timeline: {headline: 'T', date: [{startDate: '1971,8,9', headline: 'Treaty'}]}};
    const timeline = parseTimelineText(JSON.stringify(legacy));
    expect(timeline.problems).to.deep.equal([]);
    expect(timeline.events.map((e) => [e.event.date, e.event.title])).to.deep.equal([
      ['1971-08-09', 'Treaty'],
    ]);
  });

  it('parseTimelineText(text) reads our own JSON as before, even with a TimelineJS-like field name', () => {
    const timeline = parseTimelineText('{"events": [{"start_date": "1971", "title": "x"}]}');
    expect(timeline.problems).to.deep.equal([
      {
        path: 'events[0].start_date',
        message: 'unknown field "start_date": did you mean "date"?',
        severity: 'warning',
      },
      {path: 'events[0].date', message: 'is required', severity: 'error'},
    ]);
  });

  it('parseTimelineText(text) reads CSV with a header row', () => {
    const timeline = parseTimelineText(
      '\uFEFFdate,title,actors\r\n1971-08-09,Treaty,IN;SU\r\n2021-13,Bad,\r\n'
    );
    expect(timeline.events.map((e) => e.event)).to.deep.equal([
      {date: '1971-08-09', title: 'Treaty', actors: ['IN', 'SU'], id: '1971-08-09-treaty'},
    ]);
    expect(timeline.problems).to.deep.equal([
      {
        path: 'rows[2].date',
        message: 'line 3: "2021-13" is not a valid date: there is no month 13',
        severity: 'error',
      },
    ]);
  });

  it('parseTimelineText(text) reads the TimelineJS spreadsheet template and semicolon-separated CSV', () => {
    const sheet = parseTimelineText('Year,Month,Headline,Type\n,,My title,title\n1971,8,Treaty,\n');
    expect(sheet.title).to.equal('My title');
    expect(sheet.events.map((e) => e.event.date)).to.deep.equal(['1971-08']);
    const semicolons = parseTimelineText('date;title\n1971;Treaty\n');
    expect(semicolons.problems).to.deep.equal([]);
    expect(semicolons.events.length).to.equal(1);
  });

  it('parseTimelineText(text) reports CSV without the required columns', () => {
    expect(parseTimelineText('when,what\n2021,x\n').problems).to.deep.equal([
      {
        path: 'rows[0]',
        message:
          'line 1: the header needs a "date" column and a "title" column (columns found: "when", "what")',
        severity: 'error',
      },
    ]);
  });
});

describe('readTimelineText', () => {
  const csv = 'date,title\n1971-08-09,Treaty\n2021-13,Bad\n';
  const timelineJS = JSON.stringify({events: [{start_date: {year: '1971'}, text: {headline: 'Treaty'}}]});

  it('readTimelineText(text) reads our own JSON and unreadable text at once, like parseTimelineText', () => {
    for (const input of [text, '', '<!doctype html><p>404', '{"events": [', '[1, 2', '{"events": "x"}']) {
      const timeline = readTimelineText(input);
      expect(timeline, JSON.stringify(input)).not.to.be.instanceOf(Promise);
      expect(timeline, JSON.stringify(input)).to.deep.equal(parseTimelineText(input));
    }
  });

  it('readTimelineText(text) converts TimelineJS and CSV after loading their readers, like parseTimelineText', async () => {
    for (const input of [csv, `\uFEFF${csv}`, timelineJS, 'when,what\n2021,x\n']) {
      const pending = readTimelineText(input);
      expect(pending, JSON.stringify(input)).to.be.instanceOf(Promise);
      expect(await pending, JSON.stringify(input)).to.deep.equal(parseTimelineText(input));
    }
  });

  it('readTimelineText(text) asks the CSV reader about other text, and reports it as not JSON', async () => {
    const prose = 'India and Russia signed a treaty in 1971.';
    expect(await readTimelineText(prose)).to.deep.equal(
      failure(`the data is not valid JSON: ${jsonError(prose)}`)
    );
  });

  it('parseTimelineTextInChunks(text) converts TimelineJS and CSV too, and gives undefined once aborted', async () => {
    expect(await parseTimelineTextInChunks(csv)).to.deep.equal(parseTimelineText(csv));
    expect(await parseTimelineTextInChunks(timelineJS)).to.deep.equal(parseTimelineText(timelineJS));
    const abort = new AbortController();
    const pending = parseTimelineTextInChunks(csv, {signal: abort.signal});
    abort.abort();
    expect(await pending).to.equal(undefined);
  });
});

describe('failedTimeline', () => {
  it('failedTimeline(message) is an empty timeline with one error for the whole input', () => {
    expect(failedTimeline('could not load x.json')).to.deep.equal(failure('could not load x.json'));
  });

  it('failedTimeline(message) returns new tables each time', () => {
    const a = failedTimeline('a');
    const b = failedTimeline('b');
    expect(a.events).to.not.equal(b.events);
    expect(a.problems).to.not.equal(b.problems);
  });
});
