// Main-thread work per frame during a gesture, from a DevTools trace of it. Frame times from
// requestAnimationFrame cannot go below the display's 16.7 ms: two libraries that both keep up
// read the same there, however much of each frame they use. This says how much they use.

/** The trace categories that hold the main thread's tasks and its animation frames. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel'];

/**
 * Milliseconds of main-thread tasks between one animation frame and the next, a number per frame
 * of the trace (empty when it has fewer than two). The page's main thread is the renderer thread
 * that ran the most animation frames (the bench page records every frame with one).
 */
export function workPerFrame(traceEvents) {
  const key = (e) => `${e.pid}:${e.tid}`;
  const frameTimes = new Map();
  for (const e of traceEvents) {
    if (e.name !== 'FireAnimationFrame') continue;
    if (!frameTimes.has(key(e))) frameTimes.set(key(e), []);
    frameTimes.get(key(e)).push(e.ts);
  }
  const [thread, starts] = [...frameTimes].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!starts || starts.length < 2) return [];
  starts.sort((a, b) => a - b);
  const tasks = traceEvents
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && key(e) === thread)
    .sort((a, b) => a.ts - b.ts);
  const work = new Array(starts.length - 1).fill(0);
  let first = 0; // the first task that can still overlap the frame at hand
  for (let f = 0; f < work.length; f++) {
    const [from, to] = [starts[f], starts[f + 1]];
    while (first < tasks.length && tasks[first].ts + tasks[first].dur <= from) first++;
    for (let t = first; t < tasks.length && tasks[t].ts < to; t++) {
      const overlap = Math.min(to, tasks[t].ts + tasks[t].dur) - Math.max(from, tasks[t].ts);
      if (overlap > 0) work[f] += overlap / 1000; // µs → ms
    }
  }
  return work;
}
