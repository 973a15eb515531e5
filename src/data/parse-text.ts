/**
 * Text from `src` or an inline `<script type="application/json">` → a
 * dataset. The format is told by the content: JSON (ours, or TimelineJS,
 * converted first), else CSV with a header row. JSON syntax errors become a
 * problem that says where, not an exception.
 *
 * Our own JSON is read here. The TimelineJS and CSV readers are a module of
 * their own (`convert-text.ts`, about a third of the library), imported only
 * when the content needs one: in the single-file bundle that is the file
 * `relations-timeline.importers.js` next to it.
 */
import {
  emptyTimeline,
  parseTimeline,
  parseTimelineInChunks,
  type ChunkOptions,
  type ParsedTimeline,
} from './parse-timeline.js';
import {isTimelineJS, mayBeCSV} from './text-format.js';
import type * as Converters from './convert-text.js';

/** The readers of other formats, loaded once, on first use. */
let converters: Promise<typeof Converters> | undefined;

/** Converts with the TimelineJS and CSV readers, loading them first; a failed load is a problem too. */
async function withConverters(convert: Convert): Promise<ParsedTimeline> {
  converters ??= import('./convert-text.js');
  let loaded: typeof Converters;
  try {
    loaded = await converters;
  } catch (error) {
    converters = undefined; // the next read tries again
    const detail = error instanceof Error ? error.message : String(error);
    return failedTimeline(`could not load the reader of TimelineJS and CSV data: ${detail}`);
  }
  return convert(loaded);
}

/** A conversion waiting for the readers. */
export type Convert = (converters: typeof Converters) => ParsedTimeline;

/**
 * Text → our own JSON to validate, a finished timeline (failures), or a
 * conversion (TimelineJS JSON, CSV) that needs the readers of other formats.
 * (`convert-text.ts` runs conversions synchronously, having the readers.)
 */
export function decodeText(text: string): {json: unknown} | {timeline: ParsedTimeline} | {convert: Convert} {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) return {timeline: failedTimeline('the data is empty')};
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    if (/^\s*</.test(source)) {
      return {timeline: failedTimeline('expected JSON but got an HTML page (is the address right?)')};
    }
    const detail = error instanceof Error ? error.message : String(error);
    const notJSON = failedTimeline(`the data is not valid JSON: ${detail}`);
    return mayBeCSV(source) ? {convert: (c) => c.parseCSV(source) ?? notJSON} : {timeline: notJSON};
  }
  return isTimelineJS(json) ? {convert: (c) => c.parseTimelineJS(json)} : {json};
}

/**
 * Reads JSON or CSV text (a leading byte-order mark is allowed) and then the
 * dataset in it: at once for our own JSON and for text that cannot be read;
 * TimelineJS JSON (`events[].start_date` or `timeline.date`) and CSV are
 * converted after the readers of those formats are loaded, so the result is
 * then a promise (it never rejects).
 */
export function readTimelineText(text: string): ParsedTimeline | Promise<ParsedTimeline> {
  const decoded = decodeText(text);
  if ('convert' in decoded) return withConverters(decoded.convert);
  return 'timeline' in decoded ? decoded.timeline : parseTimeline(decoded.json);
}

/**
 * `readTimelineText` for large files: a dataset in our own format is
 * validated in chunks of a few milliseconds (`undefined` when aborted).
 */
export async function parseTimelineTextInChunks(
  text: string,
  options: ChunkOptions = {}
): Promise<ParsedTimeline | undefined> {
  const decoded = decodeText(text);
  if ('convert' in decoded) {
    const timeline = await withConverters(decoded.convert);
    return options.signal?.aborted ? undefined : timeline;
  }
  return 'timeline' in decoded ? decoded.timeline : parseTimelineInChunks(decoded.json, options);
}

/** An empty timeline carrying one error for the whole input. */
export function failedTimeline(message: string): ParsedTimeline {
  return emptyTimeline([{path: '', message, severity: 'error'}]);
}
