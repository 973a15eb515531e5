/**
 * The readers of other formats as one module, imported on demand by
 * `parse-text.ts` (a dynamic `import()`): TimelineJS JSON and CSV are
 * converted to a dataset, then parsed like our own, with the adapter's
 * problems first. Our own JSON never loads this.
 */
import type {Conversion} from './conversion.js';
import {fromCSV, looksLikeCSV} from './from-csv.js';
import {fromTimelineJS} from './from-timelinejs.js';
import {decodeText} from './parse-text.js';
import {parseTimeline, type ParsedTimeline} from './parse-timeline.js';

/** The converted dataset parsed, with the adapter's problems first. */
function parseConverted({data, problems}: Conversion): ParsedTimeline {
  const timeline = parseTimeline(data);
  return {...timeline, problems: [...problems, ...timeline.problems]};
}

/** TimelineJS JSON (already parsed) → a parsed timeline. */
export function parseTimelineJS(json: unknown): ParsedTimeline {
  return parseConverted(fromTimelineJS(json));
}

/** Text that is not JSON → a parsed timeline when it looks like CSV with a header row, else `undefined`. */
export function parseCSV(source: string): ParsedTimeline | undefined {
  return looksLikeCSV(source) ? parseConverted(fromCSV(source)) : undefined;
}

/**
 * Parses JSON or CSV text (a leading byte-order mark is allowed) and then the
 * dataset in it, synchronously. TimelineJS JSON (`events[].start_date` or
 * `timeline.date`) is converted with `fromTimelineJS`, CSV with `fromCSV`.
 * (The element reads text with `readTimelineText` from `parse-text.ts`,
 * which loads this module only for those formats.)
 */
export function parseTimelineText(text: string): ParsedTimeline {
  const decoded = decodeText(text);
  if ('convert' in decoded) return decoded.convert({parseTimelineJS, parseCSV, parseTimelineText});
  return 'timeline' in decoded ? decoded.timeline : parseTimeline(decoded.json);
}
