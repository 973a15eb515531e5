/**
 * Text search over events: every word of the query must appear (case- and
 * accent-insensitive) in the title, summary, place, tags, category label or
 * actor names.
 */
import type {ParsedTimeline} from './parse-timeline.js';

/** Lower case without accents, for matching "Medvedev" to "medvédev". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .toLowerCase();
}

/** Indices of the events that match every word of `query`; `undefined` for a blank query. */
export function searchEvents(timeline: ParsedTimeline, query: string): Set<number> | undefined {
  // No search (every render without one): not even the folding, whose pattern compiles on first use.
  if (!query.trim()) return undefined;
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const matches = new Set<number>();
  timeline.events.forEach(({event}, i) => {
    const haystack = foldText(
      [
        event.title,
        event.summary,
        event.location,
        ...(event.tags ?? []),
        event.category ? (timeline.categories.get(event.category)?.label ?? event.category) : '',
        ...(event.actors ?? []).map((code) => timeline.actors.get(code)?.name ?? code),
      ].join('\n')
    );
    if (words.every((word) => haystack.includes(word))) matches.add(i);
  });
  return matches;
}
