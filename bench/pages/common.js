// Shared in-page helpers for the benchmark pages. Each page calls `installBench(adapter)`,
// and bench/run.mjs drives `window.bench` through puppeteer.
//
// adapter = {
//   prepare(json, config): turn the served JSON into the library's input (not timed);
//                  config is {zoomSteps, zoomTotal} from run.mjs,
//   render(input): create the chart; resolves once the library says it has drawn
//                  (ours: `timeline-load`; peers: their constructor / render call returned),
//   window(): [startMs, endMs] visible now (ours: the last `timeline-rangechange`),
//   zoomLevel(): a number proportional to the magnification (to report the zoom reached),
//   setWindow(startMs, endMs): jump there without animation (for the pan gesture's start),
//   target(): the element to point at for wheel and drag,
//   zoomStep?(i, steps, total), panStep?(i, steps, dx): API-driven gesture steps for libraries without
//                  a wheel zoom or drag pan (timelines-chart),
// }

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Elements in the document, counting inside (open) shadow roots. */
export function countElements(root = document) {
  let count = 0;
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      count++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return count;
}

/** requestAnimationFrame timestamps between start() and stop(). */
function frameRecorder() {
  let stamps = [];
  let running = false;
  const tick = (t) => {
    if (!running) return;
    stamps.push(t);
    requestAnimationFrame(tick);
  };
  return {
    start() {
      stamps = [];
      running = true;
      requestAnimationFrame(tick);
    },
    async stop() {
      // Two more frames so the last input's frame is in.
      await frame();
      await frame();
      running = false;
      const deltas = [];
      for (let i = 1; i < stamps.length; i++) deltas.push(stamps[i] - stamps[i - 1]);
      return deltas;
    },
  };
}

export function installBench(adapter) {
  let input;
  const errors = [];
  addEventListener('error', (e) => errors.push(String(e.message || e.error)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const frames = frameRecorder();
  // Long tasks (> 50 ms) show whether the tab froze, and for how long at a stretch.
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({start: e.startTime, duration: e.duration});
    }).observe({type: 'longtask'});
  } catch {
    // not supported: the figure is left out
  }
  window.bench = {
    errors,
    frames,
    countElements,
    async prepare(url, config = {}) {
      const response = await fetch(url);
      const json = await response.json();
      input = adapter.prepare(json, config);
      // Let the fetch and parse garbage go before the clock starts.
      await frame();
      await frame();
      return true;
    },
    /** Milliseconds from handing over the data to the first complete frame. */
    async render() {
      const data = input;
      input = undefined; // the page keeps no copy of its own; the library keeps what it keeps
      const t0 = performance.now();
      const info = (await adapter.render(data)) ?? {};
      await frame();
      await frame();
      const ms = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 0)); // let the long-task observer report
      const longest = Math.max(0, ...longTasks.filter((t) => t.start >= t0 - 1).map((t) => t.duration));
      return {ms, longestTaskMs: longest, ...info};
    },
    window: () => adapter.window(),
    zoomLevel: () => adapter.zoomLevel(),
    setWindow: (a, b) => adapter.setWindow(a, b),
    target() {
      const r = adapter.target().getBoundingClientRect();
      return {x: r.left, y: r.top, width: r.width, height: r.height};
    },
    zoomStep: (...args) => adapter.zoomStep(...args),
    panStep: (...args) => adapter.panStep(...args),
    hasApiZoom: () => typeof adapter.zoomStep === 'function',
    hasApiPan: () => typeof adapter.panStep === 'function',
    info: () => (adapter.info ? adapter.info() : {}),
  };
  window.dispatchEvent(new Event('bench-ready'));
  window.benchReady = true;
}
