/**
 * Telling formats apart without their readers: the checks that `src` text
 * needs before anything is converted. Kept small and separate, so that our
 * own JSON is read without loading the TimelineJS and CSV readers
 * (`convert-text.ts`, imported on demand).
 */
import {isRecord} from './read-fields.js';

/**
 * Does this JSON look like TimelineJS: v3 slides with `start_date` objects (or a
 * title slide), or v2 `timeline.date`? Our own format never has these.
 */
export function isTimelineJS(json: unknown): boolean {
  if (!isRecord(json)) return false;
  if (isRecord(json.timeline) && Array.isArray(json.timeline.date)) return true;
  const events = json.events;
  if (Array.isArray(events) && events.some((e: unknown) => isRecord(e) && isRecord(e.start_date)))
    return true;
  return isRecord(json.title) && isRecord(json.title.text);
}

/**
 * Could text that is not JSON be CSV? Not when it starts like JSON or markup
 * (`[`, `{`, `<`): broken JSON is reported as such without loading the CSV
 * reader. The reader's `looksLikeCSV` decides the rest.
 */
export function mayBeCSV(text: string): boolean {
  return !/^\s*[[{<]/.test(text.replace(/^\uFEFF/, ''));
}
