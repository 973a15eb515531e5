/**
 * The legend's filters: a timeline without the events of hidden categories
 * (and, with actor lanes, of hidden actors). Everything else is kept, so
 * series numbers and styles stay as they were.
 */
import type {ParsedTimeline} from './parse-timeline.js';

export interface TimelineFilter {
  /** Category keys to hide; `''` is the events without a category. */
  categories: ReadonlySet<string>;
  /** Actor codes to hide: an event stays while any of its actors is shown. */
  actors: ReadonlySet<string>;
}

export function filterTimeline(timeline: ParsedTimeline, filter: TimelineFilter): ParsedTimeline {
  if (!filter.categories.size && !filter.actors.size) return timeline;
  const events = timeline.events.filter(({event}) => {
    if (filter.categories.has(event.category ?? '')) return false;
    const actors = event.actors ?? [];
    return !filter.actors.size || !actors.length || actors.some((a) => !filter.actors.has(a));
  });
  return {...timeline, events};
}
