/** The public entry: registers the element and exports its class, types and pure helpers. */
export {RelationsTimeline} from './relations-timeline.js';
export type {TimeInput} from './relations-timeline.element.js';
export {parseTimeline} from './data/parse-timeline.js';
export type {ParsedTimeline, ParsedEra} from './data/parse-timeline.js';
export type {ParsedEvent} from './data/parse-event.js';
// The TimelineJS and CSV readers (fromTimelineJS, fromCSV, parseTimelineText) are in
// `relations-timeline/importers` (src/importers.ts): the element loads them only for those formats.
export {parsePartialDate} from './data/partial-date.js';
export type {PartialDate, DatePrecision, DateResult} from './data/partial-date.js';
export {formatPartialDate, formatDateRange} from './data/format-date.js';
export {englishStrings} from './strings.js';
export type {TimelineStrings} from './strings.js';
export * from './events.js';
export type * from './types.js';
