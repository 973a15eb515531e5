/**
 * Text from `src` or an inline `<script type="application/json">` → a
 * dataset. The format is told by the content: JSON (ours, or TimelineJS,
 * converted first), else CSV with a header row. JSON syntax errors become a
 * problem that says where, not an exception.
 */
import type {Conversion} from './conversion.js';
import {fromCSV, looksLikeCSV} from './from-csv.js';
import {fromTimelineJS, isTimelineJS} from './from-timelinejs.js';
import {
  emptyTimeline,
  parseTimeline,
  parseTimelineInChunks,
  type ChunkOptions,
  type ParsedTimeline,
} from './parse-timeline.js';

/** The converted dataset parsed, with the adapter's problems first. */
function parseConverted({data, problems}: Conversion): ParsedTimeline {
  const timeline = parseTimeline(data);
  return {...timeline, problems: [...problems, ...timeline.problems]};
}

/**
 * Parses JSON or CSV text (a leading byte-order mark is allowed) and then the
 * dataset in it. TimelineJS JSON (`events[].start_date` or `timeline.date`)
 * is converted with `fromTimelineJS`, CSV with `fromCSV`.
 */
export function parseTimelineText(text: string): ParsedTimeline {
  const decoded = decodeText(text);
  return 'timeline' in decoded ? decoded.timeline : parseTimeline(decoded.json);
}

/**
 * `parseTimelineText` for large files: a dataset in our own format is
 * validated in chunks of a few milliseconds (`undefined` when aborted).
 */
export async function parseTimelineTextInChunks(
  text: string,
  options: ChunkOptions = {}
): Promise<ParsedTimeline | undefined> {
  const decoded = decodeText(text);
  return 'timeline' in decoded ? decoded.timeline : parseTimelineInChunks(decoded.json, options);
}

/** Text → our own JSON to validate, or a finished timeline (converted formats and failures). */
function decodeText(text: string): {json: unknown} | {timeline: ParsedTimeline} {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) return {timeline: failedTimeline('the data is empty')};
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    if (/^\s*</.test(source)) {
      return {timeline: failedTimeline('expected JSON but got an HTML page (is the address right?)')};
    }
    if (looksLikeCSV(source)) return {timeline: parseConverted(fromCSV(source))};
    const detail = error instanceof Error ? error.message : String(error);
    return {timeline: failedTimeline(`the data is not valid JSON: ${detail}`)};
  }
  return isTimelineJS(json) ? {timeline: parseConverted(fromTimelineJS(json))} : {json};
}

/** An empty timeline carrying one error for the whole input. */
export function failedTimeline(message: string): ParsedTimeline {
  return emptyTimeline([{path: '', message, severity: 'error'}]);
}
