/**
 * Text from `src` or an inline `<script type="application/json">` → a
 * dataset. JSON syntax errors become a problem that says where, not an
 * exception.
 */
import {parseTimeline, type ParsedTimeline} from './parse-timeline.js';

/** Parses JSON text (a leading byte-order mark is allowed) and then the dataset in it. */
export function parseTimelineText(text: string): ParsedTimeline {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) return failedTimeline('the data is empty');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const looksLikeHtml = /^\s*</.test(source);
    return failedTimeline(
      looksLikeHtml
        ? 'expected JSON but got an HTML page (is the address right?)'
        : `the data is not valid JSON: ${detail}`
    );
  }
  return parseTimeline(json);
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
