/**
 * Text from `src` or an inline `<script type="application/json">` → a
 * dataset. The format is told by the content: JSON (ours, or TimelineJS,
 * converted first), else CSV with a header row. JSON syntax errors become a
 * problem that says where, not an exception.
 */
import type {Conversion} from './conversion.js';
import {fromCSV, looksLikeCSV} from './from-csv.js';
import {fromTimelineJS, isTimelineJS} from './from-timelinejs.js';
import {parseTimeline, type ParsedTimeline} from './parse-timeline.js';

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
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) return failedTimeline('the data is empty');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    if (/^\s*</.test(source))
      return failedTimeline('expected JSON but got an HTML page (is the address right?)');
    if (looksLikeCSV(source)) return parseConverted(fromCSV(source));
    const detail = error instanceof Error ? error.message : String(error);
    return failedTimeline(`the data is not valid JSON: ${detail}`);
  }
  return isTimelineJS(json) ? parseConverted(fromTimelineJS(json)) : parseTimeline(json);
}

/** An empty timeline carrying one error for the whole input. */
export function failedTimeline(message: string): ParsedTimeline {
  return {
    events: [],
    actors: new Map(),
    categories: new Map(),
    series: new Map(),
    eras: [],
    problems: [{path: '', message, severity: 'error'}],
  };
}
