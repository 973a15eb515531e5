// How fast the data layer reads the bench's synthetic events, in Node (no browser):
//   node bench/parse-speed.mjs [N=100000] [--runs 5]
// Prints the median and range of `parseTimeline` over fresh copies of the input.
import {build} from 'esbuild';
import {writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {inputFor} from './generate-events.mjs';

const args = process.argv.slice(2);
const n = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 100000);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;

const built = await build({
  entryPoints: [new URL('../src/data/parse-timeline.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const file = join(mkdtempSync(join(tmpdir(), 'rt-parse-')), 'parse-timeline.mjs');
writeFileSync(file, built.outputFiles[0].contents);
const {parseTimeline} = await import(file);

const text = inputFor('ours', n);
const times = [];
let result;
for (let i = 0; i < runs; i++) {
  const input = JSON.parse(text);
  const t0 = performance.now();
  result = parseTimeline(input);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `parseTimeline, N=${n}: median ${median.toFixed(1)} ms (${times[0].toFixed(1)}–${times.at(-1).toFixed(1)}), ` +
    `${((median * 1000) / n).toFixed(2)} µs per event; ${result.events.length} events, ${result.problems.length} problems`
);
