import {expect} from '@open-wc/testing';
import type {ParsedEvent} from '../../src/data/parse-event.js';
import {parseTimeline, type ParsedTimeline} from '../../src/data/parse-timeline.js';

// The demo dataset (demo/data/india-russia.json) is the seed report's
// timeline: these tests pin the facts it must keep.

describe('demo/data/india-russia.json', () => {
  let timeline: ParsedTimeline;
  let raw: {events: Record<string, unknown>[]};

  before(async () => {
    const response = await fetch('/demo/data/india-russia.json');
    expect(response.ok).to.equal(true);
    raw = await response.json();
    timeline = parseTimeline(raw);
  });

  const byId = (id: string): ParsedEvent => {
    const found = timeline.events.find((e) => e.id === id);
    if (!found) throw new Error(`no event ${id}`);
    return found;
  };
  const onDate = (date: string) => timeline.events.filter((e) => e.event.date === date);
  const yearOf = (e: ParsedEvent) => new Date(e.from).getUTCFullYear();

  it('parseTimeline(demo) finds no problems at all', () => {
    expect(timeline.problems).to.deep.equal([]);
  });

  it('parseTimeline(demo) keeps every event, at least 40', () => {
    expect(timeline.events.length).to.equal(raw.events.length);
    expect(timeline.events.length).to.be.at.least(40);
  });

  it('parseTimeline(demo) spans 1947 to 2025', () => {
    expect(yearOf(timeline.events[0]!)).to.equal(1947);
    expect(yearOf(timeline.events.at(-1)!)).to.equal(2025);
    expect(timeline.events[0]!.event.date).to.equal('1947-04-13');
  });

  it('parseTimeline(demo) has a title, a description, actors, categories and eras', () => {
    expect(timeline.title).to.be.a('string').and.match(/India/);
    expect(timeline.description).to.be.a('string').and.not.equal('');
    expect([...timeline.actors.keys()]).to.include.members(['IN', 'SU', 'RU']);
    expect(timeline.categories.size).to.be.at.least(4);
    expect(timeline.eras.length).to.be.at.least(1);
  });

  it('parseTimeline(demo) has authored, unique ids on every event', () => {
    const ids = timeline.events.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(raw.events.every((e) => typeof e.id === 'string')).to.equal(true);
  });

  it('parseTimeline(demo) has the 20th IRIGC-M&MTC session on 2021-12-06', () => {
    const session = byId('2021-irigc-mtc-20');
    expect(session.event.date).to.equal('2021-12-06');
    expect(session.from).to.equal(Date.UTC(2021, 11, 6));
    expect(session.event.series).to.equal('irigc-mtc');
    expect(session.seriesNumber).to.equal(20);
    expect(session.event.summary).to.include(
      'Intergovernmental Commission on Military and Military-Technical Cooperation'
    );
    expect(session.event.summary).to.include('IRIGC-M&MTC');
    expect(session.event.tags).to.include('IRIGC-M&MTC');
    expect(session.event.title).to.match(/commission/i);
  });

  it('parseTimeline(demo) names its series, so the card reads "20th session of the IRIGC-M&MTC"', () => {
    expect(timeline.series.get('annual-summit')?.label).to.equal('annual summit');
    expect(timeline.series.get('irigc-mtc')?.label).to.equal('session of the IRIGC-M&MTC');
  });

  it('parseTimeline(demo) has the first 2+2 dialogue on 2021-12-06', () => {
    const dialogue = byId('2021-first-2plus2');
    expect(dialogue.event.date).to.equal('2021-12-06');
    expect(dialogue.event.title).to.match(/first\b.*2\+2/i);
  });

  it('parseTimeline(demo) has the 21st annual summit on 2021-12-06', () => {
    const summit = byId('2021-21st-summit');
    expect(summit.event.date).to.equal('2021-12-06');
    expect(summit.event.series).to.equal('annual-summit');
    expect(summit.event.seriesNumber).to.equal(21);
    expect(summit.seriesNumber).to.equal(21);
    expect(
      onDate('2021-12-06')
        .map((e) => e.id)
        .sort()
    ).to.deep.equal(['2021-21st-summit', '2021-first-2plus2', '2021-irigc-mtc-20']);
  });

  it('parseTimeline(demo) dates the 1971 treaty 9 August 1971, not the 19th', () => {
    const treaty = byId('1971-treaty-of-friendship');
    expect(treaty.event.date).to.equal('1971-08-09');
    expect([treaty.start.precision, treaty.from]).to.deep.equal(['day', Date.UTC(1971, 7, 9)]);
    expect(onDate('1971-08-19')).to.deep.equal([]);
  });

  it('parseTimeline(demo) has Aryabhata on 1975-04-19', () => {
    const aryabhata = byId('1975-aryabhata');
    expect(aryabhata.event.date).to.equal('1975-04-19');
    expect(aryabhata.event.title).to.include('Aryabhata');
  });

  it('parseTimeline(demo) has Rakesh Sharma’s flight starting 1984-04-03', () => {
    const flight = byId('1984-rakesh-sharma-soyuz-t11');
    expect(flight.event.date).to.equal('1984-04-03');
    expect(flight.event.title).to.include('Rakesh Sharma');
    expect(flight.from).to.equal(Date.UTC(1984, 3, 3));
    expect(flight.event.end).to.equal('1984-04-11');
  });

  it('parseTimeline(demo) has no annual summit in 2020, 2022 or 2023', () => {
    const summitYears = timeline.events.filter((e) => e.event.series === 'annual-summit').map(yearOf);
    for (const year of [2020, 2022, 2023]) expect(summitYears, String(year)).to.not.include(year);
    expect(summitYears).to.include.members([2000, 2021, 2024, 2025]);
  });

  it('parseTimeline(demo) numbers the annual summits in increasing order', () => {
    const numbers = timeline.events
      .filter((e) => e.event.series === 'annual-summit')
      .map((e) => e.seriesNumber!);
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).to.equal(numbers.length);
  });

  it('parseTimeline(demo) gives every event a category, actors, importance and a source', () => {
    for (const {id, event} of timeline.events) {
      expect(event.category, id).to.be.a('string');
      expect(timeline.categories.has(event.category!), id).to.equal(true);
      expect(event.actors, id).to.be.an('array').that.is.not.empty;
      for (const actor of event.actors!) expect(timeline.actors.has(actor), `${id} ${actor}`).to.equal(true);
      expect([1, 2, 3], id).to.include(event.importance);
      expect(event.sources, id).to.be.an('array').that.is.not.empty;
    }
  });

  it('parseTimeline(demo) links sources only over http or https', () => {
    const urls = timeline.events.flatMap((e) => e.event.sources ?? []).flatMap((s) => (s.url ? [s.url] : []));
    for (const url of urls) expect(new URL(url).protocol, url).to.be.oneOf(['https:', 'http:']);
  });
});
