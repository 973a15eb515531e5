// How fast the data layer reads the bench's synthetic events, in Node (no browser):
//   node bench/parse-speed.mjs [N=100000] [--runs 5]
// Prints the median and range of `parseTimeline` over fresh copies of the input.
import {inputFor} from './generate-events.mjs';
import {importSource, sizeAndRuns} from './import-source.mjs';

const {n, runs} = sizeAndRuns({n: 100000, runs: 5});
const {parseTimeline} = await importSource(`export {parseTimeline} from './src/data/parse-timeline.ts';`);

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
