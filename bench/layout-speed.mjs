// How fast the layout lays out one frame of the bench's synthetic events, in Node (no browser):
// the wide view and a few zoom levels, as a wheel zoom would ask for them.
//   node bench/layout-speed.mjs [N=100000] [--runs 20]
import {inputFor} from './generate-events.mjs';
import {importSource, sizeAndRuns} from './import-source.mjs';

const {n, runs} = sizeAndRuns({n: 100000, runs: 20});
const {parseTimeline, createLayoutModel, computeLayout} = await importSource(`
export {parseTimeline} from './src/data/parse-timeline.ts';
export {createLayoutModel, computeLayout} from './src/layout/compute-layout.ts';`);

const timeline = parseTimeline(JSON.parse(inputFor('ours', n)));
let t0 = performance.now();
const model = createLayoutModel(timeline, 'category');
console.log(`N=${n}: layout model (lanes, time index) ${(performance.now() - t0).toFixed(1)} ms`);
// Warm up first: the engine compiles the layout's hot loops after a few frames, as in a page.
for (let i = 0; i < 5; i++) computeLayout(model, {width: 1200, zoom: {k: 1, x: 0}});
for (const k of [1, 2, 4, 16]) {
  const times = [];
  let layout;
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    layout = computeLayout(model, {width: 1200, zoom: {k: k * (1 + i / 1000), x: -600 * (k - 1)}});
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `zoom ×${k}: median ${times[times.length >> 1].toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms; ` +
      `${layout.items.length} marks, ${layout.glyphs.length} glyphs, ${layout.labels.length} labels`
  );
}
