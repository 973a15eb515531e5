/**
 * Runs work the reader does not see (the screen-reader list of every event) once the next two
 * frames are drawn, so that it never delays what they do see. A plain
 * 50 ms timer could fire before the chart's first frame was painted on a slow phone.
 * Returns a function that cancels the work.
 */
export function afterDrawn(task: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) task();
  };
  // A task queued from the second frame's callbacks runs once that frame is painted.
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(run)));
  return () => {
    cancelled = true;
  };
}
