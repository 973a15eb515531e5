// How fast the layout lays out one frame of the bench's synthetic events, in Node (no browser):
// the wide view and a few zoom levels, as a wheel zoom would ask for them.
//   node bench/layout-speed.mjs [N=100000] [--runs 20]
import {build} from 'esbuild';
import {writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {inputFor} from './generate-events.mjs';

const args = process.argv.slice(2);
const n = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 100000);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 20;

const source = `
export {parseTimeline} from './src/data/parse-timeline.ts';
export {createLayoutModel, computeLayout} from './src/layout/compute-layout.ts';`;
const built = await build({
  stdin: {contents: source, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts'},
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const file = join(mkdtempSync(join(tmpdir(), 'rt-layout-')), 'layout.mjs');
writeFileSync(file, built.outputFiles[0].contents);
const {parseTimeline, createLayoutModel, computeLayout} = await import(file);

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
      `${layout.marks.length} marks, ${layout.glyphs.length} glyphs, ${layout.labels.length} labels`
  );
}
