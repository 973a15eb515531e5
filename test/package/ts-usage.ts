// Plain TypeScript against the published package: the element's properties,
// methods and typed events, and the pure helpers. Compiled, never run.
import 'relations-timeline';
import {
  RelationsTimeline,
  TimelineSelectEvent,
  parseTimeline,
  type TimelineData,
  type TimelineEvent,
  type TimelineProblem,
} from 'relations-timeline';
// The TimelineJS and CSV readers are an entry of their own.
import {fromCSV, fromTimelineJS, parseTimelineText, type Conversion} from 'relations-timeline/importers';

const data: TimelineData = {
  title: 'India and Russia',
  categories: {summit: {label: 'Summits'}},
  events: [{id: 'summit-21', date: '2021-12-06', title: '21st annual summit', category: 'summit'}],
};

// The tag is typed through HTMLElementTagNameMap.
const el: RelationsTimeline = document.createElement('relations-timeline');
el.data = data;
el.lanes = 'actor';
el.theme = 'dark';
el.start = '1990';
el.strings = {zoomIn: 'ज़ूम इन'};
el.select('summit-21');
el.next();
el.previous();
el.zoomTo('2021-11', new Date(Date.UTC(2022, 0, 1)));
el.zoomTo(0, Date.now());
el.fit();
el.select(null);

el.addEventListener('timeline-load', (e) => {
  const count: number = e.detail.count;
  const warnings: TimelineProblem[] = e.detail.warnings;
  console.log(count, warnings);
});
el.addEventListener('timeline-error', (e) => console.warn(e.detail.message, e.detail.problems[0]?.path));
el.addEventListener('timeline-select', (e) => {
  const id: string | null = e.detail.id;
  const event: TimelineEvent | null = e.detail.event;
  const source: 'user' | 'api' | 'url' = e.detail.source;
  console.log(id, event?.title, source, e instanceof TimelineSelectEvent);
});
el.addEventListener('timeline-rangechange', (e) => {
  const [start, end]: [Date, Date] = [e.detail.start, e.detail.end];
  console.log(start.toISOString(), end.toISOString());
});

const parsed = parseTimeline(data);
console.log(parsed.events.length, parsed.problems.length);
const converted: Conversion = fromCSV('date,title\n2021-12-06,Summit');
console.log(converted.data.events.length);
console.log(fromTimelineJS({events: []}).problems.length);
console.log(parseTimelineText('{"events": []}').events.length);
// @ts-expect-error: the readers are not in the main entry (relations-timeline/importers has them).
import('relations-timeline').then((m) => m.fromCSV);

// @ts-expect-error: lanes is a closed set.
el.lanes = 'diagonal';
// @ts-expect-error: zoomTo takes a start and an end.
el.zoomTo('2021');
// @ts-expect-error: an event needs a title.
const untitled: TimelineEvent = {date: '2021'};
console.log(untitled);

document.body.append(el);
