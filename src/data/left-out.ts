/** How many input events were left out: distinct `events[i]` among the errors (one event may have several). */
import type {TimelineProblem} from '../types.js';

export function countLeftOut(problems: readonly TimelineProblem[]): number {
  const events = new Set<string>();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const match = /^events\[(\d+)\]/.exec(problem.path);
    if (match) events.add(match[1] as string);
  }
  return events.size;
}
