/**
 * Where the pieces of a TimelineJS slide are, per format: TimelineJS3 slides
 * (`start_date` objects, `text`, `media`) and legacy v2 items (`startDate:
 * "1971,8,9"`, `headline`, `asset`). Each reader checks the shapes, warns
 * about fields it does not know, and returns a `SlideInput` whose cells
 * carry their paths in the original input.
 */
import type {DatePart, DateParts} from './date-parts.js';
import {describe, isRecord, warnUnknownFields, type Fields, type ProblemList} from './read-fields.js';
import type {DateCell, MediaCell, SlideInput} from './timelinejs-slide.js';

const V3_EVENT = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'autolink',
  'unique_id',
  'location',
]);
const V3_DATE = new Set([
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'millisecond',
  'display_date',
  'format',
]);
const V3_MEDIA = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);
const V2_DATE = new Set([
  'startDate',
  'endDate',
  'headline',
  'text',
  'asset',
  'tag',
  'classname',
  'unique_id',
]);
const V2_ASSET = new Set(['media', 'credit', 'caption', 'thumbnail']);
const PARTS: DatePart[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];
export const field = (fields: Fields, key: string) => (isRecord(fields[key]) ? (fields[key] as Fields) : {});

/** A v3 date object at `path`; `undefined` (reported) when it is not an object. */
function v3Date(value: unknown, path: string, problems: ProblemList): DateCell | undefined {
  if (!isRecord(value)) {
    problems.error(path, `expected {year, month, day}, got ${describe(value)}`);
    return undefined;
  }
  warnUnknownFields(value, V3_DATE, path, problems);
  for (const key of ['display_date', 'millisecond']) {
    const extra = value[key];
    if (typeof extra === 'string' ? extra.trim() : extra !== undefined && extra !== null) {
      problems.warn(`${path}.${key}`, `${describe(extra)} is ignored: the date is shown from its parts`);
    }
  }
  const parts: DateParts = {};
  for (const part of PARTS) parts[part] = value[part];
  return {parts, at: (part) => `${path}.${part}`};
}

function v3Media(event: Fields, path: string, problems: ProblemList): MediaCell | undefined {
  const media = event.media;
  if (media === undefined || media === null) return undefined;
  if (!isRecord(media)) {
    problems.warn(`${path}.media`, `expected {url, caption, credit}, got ${describe(media)}`);
    return undefined;
  }
  warnUnknownFields(media, V3_MEDIA, `${path}.media`, problems);
  const cell = (key: string) => ({value: media[key], path: `${path}.media.${key}`});
  return {
    url: cell('url'),
    caption: cell('caption'),
    credit: cell('credit'),
    alt: cell('alt'),
    link: cell('link'),
  };
}

export function v3Slide(event: Fields, path: string, problems: ProblemList): SlideInput | undefined {
  warnUnknownFields(event, V3_EVENT, path, problems);
  const display = event.display_date;
  if (typeof display === 'string' && display.trim()) {
    problems.warn(
      `${path}.display_date`,
      `${describe(display)} is ignored: the date is shown from its parts`
    );
  }
  const start = v3Date(event.start_date, `${path}.start_date`, problems);
  const hasEnd = event.end_date !== undefined && event.end_date !== null;
  const end = hasEnd ? v3Date(event.end_date, `${path}.end_date`, problems) : undefined;
  if (!start || (hasEnd && !end)) return undefined;
  if (event.text !== undefined && !isRecord(event.text)) {
    problems.warn(`${path}.text`, `expected {headline, text}, got ${describe(event.text)}`);
  }
  const text = field(event, 'text');
  return {
    start,
    ...(end ? {end} : {}),
    headline: {value: text.headline, path: `${path}.text.headline`},
    text: {value: text.text, path: `${path}.text.text`},
    ...(event.media === undefined ? {} : {media: v3Media(event, path, problems)}),
    group: {value: event.group, path: `${path}.group`},
    uniqueId: {value: event.unique_id, path: `${path}.unique_id`},
    location: {value: event.location, path: `${path}.location`},
  };
}

/** A v2 date `"1971,8,9"` (or `"1971,8,9,10,30"`) at `path`. */
function v2Date(value: unknown, path: string, problems: ProblemList): DateCell | undefined {
  // White space removed first, so that the pattern has one way to match (no backtracking).
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.replace(/\s+/g, '') : value;
  if (typeof text !== 'string' || !/^[+-]?\d+(,\d*)*$/.test(text)) {
    problems.error(path, `expected "year,month,day", got ${describe(value)}`);
    return undefined;
  }
  const values = text.split(',');
  const parts: DateParts = {};
  PARTS.forEach((part, i) => (parts[part] = values[i]));
  return {parts, at: () => path};
}

export function v2Slide(item: Fields, path: string, problems: ProblemList): SlideInput | undefined {
  warnUnknownFields(item, V2_DATE, path, problems);
  const start = v2Date(item.startDate, `${path}.startDate`, problems);
  const hasEnd = !(item.endDate === undefined || item.endDate === null || item.endDate === '');
  const end = hasEnd ? v2Date(item.endDate, `${path}.endDate`, problems) : undefined;
  if (!start || (hasEnd && !end)) return undefined;
  const asset = field(item, 'asset');
  if (isRecord(item.asset)) warnUnknownFields(asset, V2_ASSET, `${path}.asset`, problems);
  const cell = (key: string) => ({value: asset[key], path: `${path}.asset.${key}`});
  return {
    start,
    ...(end ? {end} : {}),
    headline: {value: item.headline, path: `${path}.headline`},
    text: {value: item.text, path: `${path}.text`},
    media: {url: cell('media'), caption: cell('caption'), credit: cell('credit')},
    group: {value: item.tag, path: `${path}.tag`},
    uniqueId: {value: item.unique_id, path: `${path}.unique_id`},
  };
}
