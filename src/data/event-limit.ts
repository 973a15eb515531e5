/**
 * The most events one timeline takes. Beyond it the widget says so and draws
 * nothing, rather than spend minutes and gigabytes in a reader's tab: a
 * million events once froze a page for 35 s and took 640 MB (issue #5).
 * 200,000 is twice the largest size the benchmark measures (100,000 events:
 * first frame about 2 s, 65 MB).
 */
import type {TimelineProblem} from '../types.js';

export const MAX_EVENTS = 200_000;

/** The list of events of a dataset, or the bare list itself; `undefined` when there is none. */
export function listedEvents(input: unknown): unknown[] | undefined {
  const events = Array.isArray(input) ? input : (input as {events?: unknown} | null | undefined)?.events;
  return Array.isArray(events) ? events : undefined;
}

/** The problem with a dataset (or bare list of events) longer than {@link MAX_EVENTS}, if it is. */
export function tooManyEvents(input: unknown, max = MAX_EVENTS): TimelineProblem | undefined {
  const events = listedEvents(input);
  if (!events || events.length <= max) return undefined;
  const count = (n: number) => n.toLocaleString('en');
  return {
    path: 'events',
    severity: 'error',
    message:
      `has ${count(events.length)} events, more than the ${count(max)} one timeline can show; ` +
      'nothing is drawn. Load a shorter list, for example one period or one actor at a time.',
  };
}
