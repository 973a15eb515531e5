/**
 * Runs work the reader does not see (the screen-reader list of every event) once the next two
 * frames are drawn and the page is idle, so that it never delays what they do see. A plain
 * 50 ms timer could fire before the chart's first frame was painted on a slow phone.
 * Returns a function that cancels the work.
 */
export function afterDrawn(task: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) task();
  };
  const idle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run, {timeout: 500}) : setTimeout(run, 0);
  requestAnimationFrame(() => requestAnimationFrame(idle));
  return () => {
    cancelled = true;
  };
}
