/**
 * TimelineJS JSON → a dataset (SPEC §2, "also accepted"). Reads TimelineJS3
 * (`{title, events: [{start_date, end_date, text, media, group, unique_id}], eras}`)
 * and the legacy v2 format (`{timeline: {headline, text, date: [{startDate: "1971,8,9"}]}}`).
 * Problems carry paths in the original input, e.g. `events[3].start_date.month`.
 */
import type {TimelineCategory, TimelineData, TimelineEra, TimelineEvent} from '../types.js';
import {finishConversion, type Conversion, type Origins} from './conversion.js';
import {htmlToLine, htmlToText} from './html-text.js';
import {describe, isRecord, ProblemList, warnUnknownFields, type Fields} from './read-fields.js';
import {field, v2Slide, v3Slide} from './timelinejs-readers.js';
import {convertEraSlide, convertSlide} from './timelinejs-slide.js';
import {isTimelineJS} from './text-format.js';

export {isTimelineJS};

const V3_DATASET = new Set(['title', 'events', 'eras', 'scale']);
const V2_TIMELINE = new Set(['headline', 'type', 'startDate', 'text', 'asset', 'date', 'era', 'lang']);

const V3_FIELDS = {
  date: 'start_date',
  end: 'end_date',
  title: 'text.headline',
  summary: 'text.text',
  id: 'unique_id',
  category: 'group',
  image: 'media',
  'image.url': 'media.url',
};
const V2_FIELDS = {
  date: 'startDate',
  end: 'endDate',
  title: 'headline',
  summary: 'text',
  id: 'unique_id',
  category: 'tag',
  image: 'asset',
  'image.url': 'asset.media',
};

/** What a format's reader hands to the converter. */
interface Slides {
  title?: unknown;
  description?: unknown;
  events: {item: unknown; path: string}[];
  eras: {item: unknown; path: string}[];
}

function list(value: unknown, path: string, problems: ProblemList, required: boolean) {
  if (Array.isArray(value)) return value.map((item: unknown, i) => ({item, path: `${path}[${i}]`}));
  if (value !== undefined || required) {
    const message =
      value === undefined ? 'is required: a list of slides' : `expected a list, got ${describe(value)}`;
    if (required) problems.error(path, message);
    else problems.warn(path, message);
  }
  return [];
}

function convert(input: Fields, legacy: boolean, problems: ProblemList): Conversion {
  const root = legacy ? field(input, 'timeline') : input;
  const at = legacy ? 'timeline.' : '';
  warnUnknownFields(root, legacy ? V2_TIMELINE : V3_DATASET, legacy ? 'timeline' : '', problems);
  const titleSlide = legacy ? root : field(field(root, 'title'), 'text');
  const slides: Slides = {
    title: legacy || isRecord(root.title) ? titleSlide.headline : root.title,
    description: titleSlide.text,
    events: list(legacy ? root.date : root.events, `${at}${legacy ? 'date' : 'events'}`, problems, true),
    eras: list(legacy ? root.era : root.eras, `${at}${legacy ? 'era' : 'eras'}`, problems, false),
  };
  const fields = legacy ? V2_FIELDS : V3_FIELDS;
  const readSlide = legacy ? v2Slide : v3Slide;
  const origins: Origins = new Map();
  const events: TimelineEvent[] = [];
  const categories: Record<string, TimelineCategory> = {};
  for (const {item, path} of slides.events) {
    if (!isRecord(item)) {
      problems.error(path, `expected a slide object, got ${describe(item)}`);
      continue;
    }
    const slide = readSlide(item, path, problems);
    const result = slide && convertSlide(slide, problems);
    if (!result) continue;
    origins.set(`events[${events.length}]`, {path, fields});
    events.push(result.event);
    if (result.category && !Object.hasOwn(categories, result.category.key)) {
      categories[result.category.key] = {label: result.category.label};
    }
  }
  const eras: TimelineEra[] = [];
  for (const {item, path} of slides.eras) {
    const slide = isRecord(item) ? readSlide(item, path, problems) : undefined;
    if (!isRecord(item)) problems.error(path, `expected an era object, got ${describe(item)}`);
    const era = slide?.end && convertEraSlide({...slide, end: slide.end}, problems);
    if (slide && !slide.end) problems.error(`${path}.${legacy ? 'endDate' : 'end_date'}`, 'is required');
    if (!era) continue;
    origins.set(`eras[${eras.length}]`, {
      path,
      fields: {start: fields.date, end: fields.end, title: fields.title},
    });
    eras.push(era);
  }
  const title = typeof slides.title === 'string' ? htmlToLine(slides.title).text : '';
  const description = typeof slides.description === 'string' ? htmlToText(slides.description).text : '';
  const draft: TimelineData = {
    ...(title ? {title} : {}),
    ...(description ? {description} : {}),
    events,
    categories,
    eras,
  };
  return finishConversion(draft, origins, problems);
}

/**
 * Converts TimelineJS3 (or legacy v2) JSON to a dataset. HTML in headlines
 * and text becomes plain text, its links sources; an image URL in `media`
 * becomes the event's image, any other media URL a source; `group` becomes
 * the category. Never throws.
 */
export function fromTimelineJS(input: unknown): Conversion {
  const problems = new ProblemList();
  if (!isRecord(input) || !(isTimelineJS(input) || Array.isArray(input.events))) {
    problems.error(
      '',
      `expected TimelineJS JSON ({events: [...]} or {timeline: {date: [...]}}), got ${describe(input)}`
    );
    return {data: {events: []}, problems: problems.items};
  }
  return convert(input, isRecord(input.timeline) && Array.isArray(input.timeline.date), problems);
}
