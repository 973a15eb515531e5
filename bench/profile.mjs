// Where the time goes: a CPU profile of our element's first frame and of a wheel zoom, on the
// bench's synthetic events, printed as the functions with the most self time.
// Runs on an unminified build of the bundle so that the names are readable.
//
//   node bench/profile.mjs [N=10000] [--zoom] [--trace [--tasks]] [--top 30]
import {spawnSync} from 'node:child_process';
import {readFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve, dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {inputFor} from './generate-events.mjs';
import {startServer} from './server.mjs';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const n = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--top') ?? 10000);
const zoom = args.includes('--zoom');
// --trace: also a DevTools trace of the same span, summed by event name on the page's main
// thread, which splits the profile's "(program)" into style, layout, paint and so on.
const trace = args.includes('--trace');
// Tasks of the trace over 30 ms, for --tasks.
let longTasks = [];
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 30;

const out = mkdtempSync(join(tmpdir(), 'rt-profile-'));
const built = spawnSync('npx', ['vite', 'build', '--mode', 'bundle', '--minify', 'false', '--outDir', out], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (built.status !== 0) process.exit(1);
const bundle = readFileSync(join(out, 'relations-timeline.bundle.js'));

const server = await startServer(
  ROOT,
  new Map([['events', inputFor('ours', n)]]),
  new Map([['/dist/relations-timeline.bundle.js', bundle]])
);
const browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs, headless: true});
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  await page.goto(`${server.origin}/bench/pages/ours.html`);
  await page.waitForFunction('window.benchReady === true');
  await page.evaluate((url) => window.bench.prepare(url), `${server.origin}/data/events.json`);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 100});
  if (!zoom) await cdp.send('Profiler.start');
  if (!zoom && trace)
    await page.tracing.start({categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']});
  const render = await page.evaluate(() => window.bench.render());
  console.log(
    `N=${n}: first frame ${render.ms.toFixed(0)} ms, longest task ${render.longestTaskMs.toFixed(0)} ms`
  );
  if (zoom) {
    await new Promise((r) => setTimeout(r, 500));
    const box = await page.evaluate(() => window.bench.target());
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
    await cdp.send('Profiler.start');
    if (trace)
      await page.tracing.start({categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']});
    await page.evaluate(() => window.bench.frames.start());
    // The bench's gesture: 60 ctrl+wheel steps to ×16 in total, one per display frame.
    await page.keyboard.down('Control');
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel({deltaY: -Math.log2(16 ** (1 / 60)) / 0.01});
      await new Promise((r) => setTimeout(r, 16));
    }
    await page.keyboard.up('Control');
    const deltas = await page.evaluate(() => window.bench.frames.stop());
    deltas.sort((a, b) => a - b);
    const mean = deltas.reduce((s, d) => s + d, 0) / deltas.length;
    console.log(
      `zoom: ${deltas.length} frames, mean ${mean.toFixed(1)} ms, p95 ${deltas[Math.floor(deltas.length * 0.95)].toFixed(1)} ms`
    );
  }
  const {profile} = await cdp.send('Profiler.stop');
  report(profile);
  if (trace) {
    const longest = reportTrace(JSON.parse(Buffer.from(await page.tracing.stop()).toString()));
    // The profile and the trace share a clock: the same profile, cut to the longest task.
    if (longest) {
      console.log(`in the longest task (${(longest.dur / 1000).toFixed(0)} ms):`);
      report(profile, [longest.ts, longest.ts + longest.dur]);
    }
    // --tasks: the few busiest functions of every task over 30 ms, in order.
    for (const task of args.includes('--tasks') ? longTasks : []) {
      console.log(`task of ${(task.dur / 1000).toFixed(0)} ms:`);
      report(profile, [task.ts, task.ts + task.dur], 8);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

function report(profile, [from, to] = [-Infinity, Infinity], count = top) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = new Map();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    time += profile.timeDeltas[i] ?? 0;
    if (time >= from && time <= to) dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  let total = 0;
  for (const [id, us] of dt) {
    const {callFrame: f} = byId.get(id);
    const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  }
  console.log(`profiled ${(total / 1000).toFixed(0)} ms; top self time:`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, count))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`);
}

function reportTrace({traceEvents}) {
  // Several renderer processes run (one per page and helper); the page's is the busiest.
  const mains = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`)
  );
  const byThread = new Map();
  for (const e of traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !e.dur || !mains.has(thread)) continue;
    const totals = byThread.get(thread)?.totals ?? new Map();
    byThread.set(thread, {thread, totals});
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur);
  }
  const busiest = [...byThread.values()].sort(
    (a, b) => (b.totals.get('RunTask') ?? 0) - (a.totals.get('RunTask') ?? 0)
  )[0];
  console.log('trace, main thread, total duration by event (nested events overlap):');
  for (const [name, us] of [...(busiest?.totals ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
  // The tasks in order, with the idle gaps between them: where the first frame waits, not works.
  const tasks = traceEvents
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === busiest?.thread)
    .sort((a, b) => a.ts - b.ts);
  const start = tasks[0]?.ts ?? 0;
  let busy = 0;
  console.log('tasks of 2 ms or more (start, duration):');
  for (const task of tasks) {
    busy += task.dur;
    if (task.dur >= 2000)
      console.log(
        `  at ${((task.ts - start) / 1000).toFixed(1).padStart(7)} ms: ${(task.dur / 1000).toFixed(1)} ms`
      );
  }
  const last = tasks[tasks.length - 1];
  if (last)
    console.log(`busy ${(busy / 1000).toFixed(0)} of ${((last.ts + last.dur - start) / 1000).toFixed(0)} ms`);
  longTasks = tasks.filter((task) => task.dur >= 30_000);
  return tasks.reduce((a, b) => (b.dur > (a?.dur ?? 0) ? b : a), undefined);
}
