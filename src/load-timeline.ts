/**
 * Fetches a dataset from `src`. Network and HTTP failures become problems a
 * reader can understand; an aborted load (a newer `src` won) resolves to
 * `undefined` so that stale data never replaces newer data.
 */
import {failedTimeline as failure, parseTimelineText} from './data/parse-text.js';
import type {ParsedTimeline} from './data/parse-timeline.js';

/** Loads and parses `url`; `undefined` when `signal` aborted it. */
export async function loadTimeline(url: string, signal: AbortSignal): Promise<ParsedTimeline | undefined> {
  let response: Response;
  try {
    response = await fetch(url, {signal, credentials: 'same-origin'});
  } catch (error) {
    if (signal.aborted) return undefined;
    const detail = error instanceof Error ? error.message : String(error);
    return failure(`could not load ${url}: ${detail} (check the address, the network and CORS)`);
  }
  if (!response.ok) {
    return failure(
      `could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim()
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) return undefined;
    return failure(`could not read ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return signal.aborted ? undefined : parseTimelineText(text);
}
