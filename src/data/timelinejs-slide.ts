/**
 * One TimelineJS slide → a draft event. TimelineJS3 JSON, the legacy v2 JSON
 * and the TimelineJS spreadsheet template all describe the same slide (dates
 * in parts, an HTML headline and text, one media item, a group); their
 * readers only say where each piece is, and this module converts it.
 */
import type {TimelineEra, TimelineEvent, TimelineSource} from '../types.js';
import {formatDateParts, isBlank, type DatePart, type DateParts} from './date-parts.js';
import {slugify} from './event-id.js';
import {htmlToLine, htmlToText, type TextLink} from './html-text.js';
import {describe, isRecord, type ProblemList} from './read-fields.js';
import {safeUrl} from './safe-url.js';

const silent: Reporter = {error: () => {}, warn: () => {}};

/** A value and its path in the original input. */
export interface Cell {
  value: unknown;
  path: string;
}

/** A date in parts, with the path of each part. */
export interface DateCell {
  parts: DateParts;
  at: (part: DatePart) => string;
}

export interface MediaCell {
  url: Cell;
  caption?: Cell;
  credit?: Cell;
  alt?: Cell;
  link?: Cell;
}

export interface SlideInput {
  /** Put before every message, e.g. `line 5: `. */
  note?: string;
  start: DateCell;
  end?: DateCell;
  headline: Cell;
  text: Cell;
  media?: MediaCell;
  group?: Cell;
  uniqueId?: Cell;
  location?: Cell;
}

/** Where problems go, with the slide's note in front of each message. */
export interface Reporter {
  error(path: string, message: string): void;
  warn(path: string, message: string): void;
}

export function createReporter(problems: ProblemList, note = ''): Reporter {
  return {
    error: (path, message) => problems.error(path, `${note}${message}`),
    warn: (path, message) => problems.warn(path, `${note}${message}`),
  };
}

const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg|bmp)$/i;

/** Does the address point at a picture file (not a page about one, like Wikimedia's `/wiki/File:…`)? */
export function isImageUrl(url: string): boolean {
  const path = url.split(/[?#]/)[0] ?? '';
  return IMAGE.test(path) && !path.includes('/wiki/');
}

/** The cell as a string: text and numbers are read, anything else is reported and read as blank. */
export function cellText(cell: Cell | undefined, report: Reporter): string {
  const value = cell?.value;
  if (isBlank(value) || !cell) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  report.warn(cell.path, `expected text, got ${describe(value)}`);
  return '';
}

/** A date from its parts, problems reported at each part's path. */
export function readDateCell(cell: DateCell, report: Reporter): string | undefined {
  const {date, issues} = formatDateParts(cell.parts);
  for (const {part, message, severity} of issues)
    report[severity === 'error' ? 'error' : 'warn'](cell.at(part), message);
  return date;
}

/** A short name for a link without text: its host (`google.com`), or the address itself. */
function linkName(url: string): string {
  return /^(?:https?:)?\/\/(?:www\.)?([^/?#:]+)/i.exec(url)?.[1] ?? url;
}

/** Adds safe links to `sources` (once per address); unsafe ones are reported at `path` and left out. */
export function keepLinks(
  links: TextLink[],
  path: string,
  sources: TimelineSource[],
  report: Reporter
): void {
  for (const {href, text} of links) {
    if (href.startsWith('#')) continue;
    const url = safeUrl(href, 'web-or-mail');
    if (url === undefined) {
      report.warn(path, `link ${describe(href)} is not an http, https or mailto link; it is left out`);
    } else if (!sources.some((source) => source.url === url)) {
      sources.push({title: text || linkName(url), url});
    }
  }
}

/** The first sentence of `text` (for a slide without a headline), at most about 80 characters. */
function firstSentence(text: string): string {
  const paragraph = text.split('\n')[0] ?? '';
  const sentence = /^(.{1,100}?[.!?])(?:\s|$)/u.exec(paragraph)?.[1] ?? paragraph;
  if (sentence.length <= 100) return sentence;
  return `${sentence.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

function readMedia(media: MediaCell, headline: string, event: TimelineEvent, report: Reporter): string {
  const sources = (event.sources ??= []);
  const url = cellText(media.url, report);
  const caption = htmlToLine(cellText(media.caption, report));
  const credit = htmlToLine(cellText(media.credit, report));
  keepLinks(caption.links, media.caption?.path ?? '', sources, report);
  keepLinks(credit.links, media.credit?.path ?? '', sources, report);
  const link = cellText(media.link, report);
  if (link)
    keepLinks([{href: link, text: caption.text || credit.text}], media.link?.path ?? '', sources, report);
  if (!url) return '';
  if (url.startsWith('<')) {
    // An embed (a quote, a tweet, an iframe): keep its words, not its markup.
    const embed = htmlToText(url);
    keepLinks(embed.links, media.url.path, sources, report);
    if (!embed.text) report.warn(media.url.path, 'is HTML without text (an embed); it is left out');
    return embed.text;
  }
  if (!isImageUrl(url)) {
    keepLinks([{href: url, text: caption.text || credit.text}], media.url.path, sources, report);
    return '';
  }
  const safe = safeUrl(url, 'web');
  if (safe === undefined) {
    report.warn(media.url.path, `${describe(url)} is not an http or https address; the image is left out`);
    return '';
  }
  const alt = htmlToLine(cellText(media.alt, report)).text || caption.text || headline;
  event.image = {url: safe, alt, ...(credit.text ? {credit: credit.text} : {})};
  return '';
}

/**
 * The draft event for `slide` and its category `{key, label}`, or `undefined`
 * when its date or headline is missing or wrong (reported).
 */
export function convertSlide(
  slide: SlideInput,
  problems: ProblemList
): {event: TimelineEvent; category?: {key: string; label: string}} | undefined {
  const report = createReporter(problems, slide.note);
  const date = readDateCell(slide.start, report);
  const hasEnd = slide.end !== undefined && Object.values(slide.end.parts).some((part) => !isBlank(part));
  const end = hasEnd && slide.end ? readDateCell(slide.end, report) : undefined;
  const headline = htmlToLine(cellText(slide.headline, report));
  const text = htmlToText(cellText(slide.text, report));
  // TimelineJS shows slides without a headline; a timeline label needs words, so borrow some.
  const caption = slide.media?.caption && htmlToLine(cellText(slide.media.caption, silent)).text;
  let title = headline.text;
  if (!title && text.text) {
    title = firstSentence(text.text);
    report.warn(slide.headline.path, 'is missing; the title is taken from the text');
  } else if (!title && caption) {
    title = caption;
    report.warn(slide.headline.path, 'is missing; the title is taken from the media caption');
  } else if (!title) {
    report.error(slide.headline.path, 'is required');
  }
  if (!date || !title || (hasEnd && !end)) return undefined;

  const event: TimelineEvent = {date, ...(end ? {end} : {}), title};
  const sources: TimelineSource[] = (event.sources = []);
  keepLinks(headline.links, slide.headline.path, sources, report);
  keepLinks(text.links, slide.text.path, sources, report);
  const embedText = slide.media ? readMedia(slide.media, title, event, report) : '';
  const summary = [text.text, embedText].filter(Boolean).join('\n\n');
  if (summary) event.summary = summary;
  if (!sources.length) delete event.sources;

  const id = cellText(slide.uniqueId, report);
  if (id) event.id = id;
  const location =
    slide.location && isRecord(slide.location.value) ? slide.location.value.name : slide.location?.value;
  if (typeof location === 'string' && location.trim()) event.location = location.trim();
  const label = cellText(slide.group, report);
  if (!label) return {event};
  event.category = slugify(label) || label;
  return {event, category: {key: event.category, label}};
}

/** An era from a slide-like `{start, end, headline}`, or `undefined` (reported). */
export function convertEraSlide(
  era: {start: DateCell; end: DateCell; headline: Cell; note?: string},
  problems: ProblemList
): TimelineEra | undefined {
  const report = createReporter(problems, era.note);
  const start = readDateCell(era.start, report);
  const end = readDateCell(era.end, report);
  const title = htmlToLine(cellText(era.headline, report)).text;
  if (!title) report.error(era.headline.path, 'is required');
  return start && end && title ? {start, end, title} : undefined;
}
