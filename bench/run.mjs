#!/usr/bin/env node
// `npm run bench`: <relations-timeline> against vis-timeline and timelines-chart in the
// system Chromium (headless, puppeteer-core), same synthetic events, same page size, same run.
// See bench/README.md for what each figure means.
//
//   node bench/run.mjs [--n 1000,10000,100000] [--runs 5] [--quick] [--million]
//                      [--libs ours,vis-timeline,timelines-chart] [--timeout 120]
//                      [--gesture-budget 10] [--gesture-timeout 60] [--million-timeout 180]
//                      [--build] [--out FILE] [--seed N]
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {createHash} from 'node:crypto';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import {DEFAULT_SEED, inputFor} from './generate-events.mjs';
import {startServer} from './server.mjs';
import {workPerFrame, TRACE_CATEGORIES} from './frame-work.mjs';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIBS = ['ours', 'vis-timeline', 'timelines-chart'];
const LABEL = {
  ours: 'relations-timeline',
  'vis-timeline': 'vis-timeline',
  'timelines-chart': 'timelines-chart',
};
const VIEWPORT = {width: 1280, height: 900, deviceScaleFactor: 1};

// The gestures: 60 wheel steps zooming in 16× in total around the chart's centre, then,
// from a 2000–2005 window, a 60-step drag of 10 px per step (600 px, half the chart).
const ZOOM_STEPS = 60;
const ZOOM_TOTAL = 16;
const PAN_STEPS = 60;
const PAN_DX = 10;
const PAN_WINDOW = [Date.UTC(2000, 0, 1), Date.UTC(2005, 0, 1)];
const STEP_GAP_MS = 16; // about one input per display frame
// Wheel deltaY per step for ZOOM_TOTAL over ZOOM_STEPS (each library turns deltaY into a
// scale its own way; the zoom actually reached is reported as `zoom ×`):
//   ours (pixel deltas, as d3-zoom): k ×= 2^(−deltaY × 0.01)
//   vis-timeline: any synthetic wheel event is one notch (wheelDelta 120) in Chromium, and one
//                 notch zooms 1 + 1 / zoomFriction; the page sets zoomFriction to match.
const perStep = Math.pow(ZOOM_TOTAL, 1 / ZOOM_STEPS);
const WHEEL = {
  ours: {deltaY: -Math.log2(perStep) / 0.01, ctrl: true},
  'vis-timeline': {deltaY: -100, ctrl: false},
};

// ——— options ———

function parseArgs(argv) {
  const opts = {
    n: [1000, 10000, 100000],
    runs: 5,
    million: false,
    libs: LIBS,
    timeout: 120,
    gestureTimeout: 60,
    gestureBudget: 10,
    millionTimeout: 180,
    build: false,
    out: join(ROOT, 'bench/results/latest.json'),
    seed: DEFAULT_SEED,
    quick: false,
  };
  const list = (v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [key, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [arg];
    const value = () => inline ?? argv[++i];
    switch (key) {
      case 'n':
        opts.n = list(value()).map((s) => Number(s.replace(/_/g, '').replace(/k$/i, '000')));
        break;
      case 'runs':
        opts.runs = Number(value());
        break;
      case 'quick':
        opts.quick = true;
        break;
      case 'million':
        opts.million = true;
        break;
      case 'libs':
        opts.libs = list(value());
        break;
      case 'timeout':
        opts.timeout = Number(value());
        break;
      case 'gesture-timeout':
        opts.gestureTimeout = Number(value());
        break;
      case 'gesture-budget':
        opts.gestureBudget = Number(value());
        break;
      case 'million-timeout':
        opts.millionTimeout = Number(value());
        break;
      case 'build':
        opts.build = true;
        break;
      case 'out':
        opts.out = resolve(value());
        break;
      case 'seed':
        opts.seed = Number(value());
        break;
      case 'help':
      case 'h':
        console.log(
          readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('\n')
            .slice(1, 9)
            .join('\n')
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg} (try --help)`);
    }
  }
  if (opts.quick) {
    if (!argv.some((a) => a.startsWith('--n'))) opts.n = [1000, 10000];
    if (!argv.some((a) => a.startsWith('--runs'))) opts.runs = 2;
  }
  for (const lib of opts.libs) if (!LIBS.includes(lib)) throw new Error(`unknown library ${lib}`);
  if (opts.n.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--n wants positive integers');
  if (!(opts.runs >= 1)) throw new Error('--runs wants a positive number');
  return opts;
}

// ——— small helpers ———

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...args) => console.error(...args);

class TimeoutError extends Error {}

/** `promise`, or a TimeoutError after `ms`. The loser's rejection is swallowed. */
function withTimeout(promise, ms, what) {
  let timer;
  promise.catch(() => {});
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

function frameStats(deltas) {
  if (!deltas?.length) return {frames: 0};
  const sorted = [...deltas].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  const mean = deltas.reduce((s, d) => s + d, 0) / deltas.length;
  return {frames: deltas.length, mean, p95, max: sorted[sorted.length - 1]};
}

const round = (x, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
const fmtInt = (n) => n.toLocaleString('en-US');

// ——— build and sizes ———

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

function ensureBuild(force) {
  const bundle = join(ROOT, 'dist/relations-timeline.bundle.js');
  if (force || !existsSync(bundle) || !existsSync(join(ROOT, 'dist/index.js'))) {
    log(force ? 'building (--build) …' : 'dist/ is missing: npm run build …');
    const r = spawnSync('npm', ['run', 'build'], {cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit']});
    if (r.status !== 0) throw new Error('npm run build failed');
  }
  const stale = newestMtime(join(ROOT, 'src')) > statSync(bundle).mtimeMs;
  if (stale) log('warning: src/ has changed since dist/ was built; pass --build to measure the current code');
  return {stale};
}

function sizeOf(files) {
  const bytes = Buffer.concat(files.map((f) => readFileSync(join(ROOT, f))));
  return {raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length, files};
}

const BUNDLE = 'dist/relations-timeline.bundle.js';
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/** Our sizes come from scripts/size.mjs (the same esbuild minification as `npm run size`). */
function measureSizes(bundle) {
  const sizes = {ours: {}, peers: {}};
  const r = spawnSync(process.execPath, ['scripts/size.mjs'], {cwd: ROOT, encoding: 'utf8'});
  const lines = (r.stdout || '').trim().split('\n').filter(Boolean);
  sizes.ours.report = lines;
  const kb = (line) => {
    const m = /([\d.]+) KB raw, ([\d.]+) KB gzip/.exec(line ?? '');
    return m ? {raw: Math.round(Number(m[1]) * 1024), gzip: Math.round(Number(m[2]) * 1024)} : undefined;
  };
  sizes.ours.bundle = {raw: bundle.length, gzip: gzipSync(bundle, {level: 9}).length, files: [BUNDLE]};
  sizes.ours.entry = kb(lines.find((l) => /\bentry\b/.test(l)));
  if (sizes.ours.entry)
    sizes.ours.entry.note =
      'dist/index.js with its modules, lit and d3 external, minified (scripts/size.mjs)';
  if (r.status !== 0) sizes.ours.error = (r.stderr || '').trim().split('\n').slice(-3).join(' ');
  sizes.peers['vis-timeline'] = sizeOf([
    'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
    'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
  ]);
  sizes.peers['timelines-chart'] = sizeOf(['node_modules/timelines-chart/dist/timelines-chart.min.js']);
  for (const [name, pkg] of [
    ['vis-timeline', 'vis-timeline'],
    ['timelines-chart', 'timelines-chart'],
  ]) {
    sizes.peers[name].version = JSON.parse(
      readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')
    ).version;
  }
  return sizes;
}

// ——— the browser ———

const LAUNCH = {
  executablePath: chromiumPath,
  headless: true,
  args: [
    ...chromiumArgs,
    // Keep timers and frames running at full rate in a background headless tab.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--js-flags=--expose-gc',
  ],
  protocolTimeout: 0, // our own timeouts decide
};

let browser;
let browserVersion;

async function launch() {
  browser = await puppeteer.launch(LAUNCH);
  browserVersion ??= await browser.version();
  return browser;
}

function killBrowser() {
  const proc = browser?.process();
  browser = undefined;
  if (proc && proc.exitCode === null) {
    try {
      proc.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

async function ensureBrowser() {
  if (!browser || !browser.connected) {
    killBrowser();
    await launch();
  }
  return browser;
}

/** Closes a case's browser context; if the renderer is wedged, restarts the browser. */
async function dispose(context) {
  try {
    await withTimeout(context.close(), 15000, 'closing the page');
  } catch (error) {
    log(`  (${error.message}; restarting the browser)`);
    killBrowser();
  }
}

// ——— one case: a fresh page, one library, one N ———

async function runCase({
  origin,
  lib,
  n,
  dataName,
  timeoutMs,
  gestureTimeoutMs,
  gestureBudgetMs,
  gestures = true,
}) {
  const result = {lib, n, status: 'ok', console: []};
  const b = await ensureBrowser();
  const context = await b.createBrowserContext();
  let crashed;
  const crash = new Promise((_, reject) => {
    crashed = reject;
  });
  crash.catch(() => {});
  const guard = (promise, ms, what) => withTimeout(Promise.race([promise, crash]), ms, what);
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if ((m.type() === 'error' || m.type() === 'warn') && result.console.length < 20)
        result.console.push(`${m.type()}: ${m.text()}`.slice(0, 300));
    });
    page.on('pageerror', (e) => {
      if (result.console.length < 20) result.console.push(`pageerror: ${e.message}`.slice(0, 300));
    });
    page.on('error', (e) => crashed(new Error(`page crashed: ${e.message}`)));
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url().startsWith(origin) || req.url().startsWith('data:')) void req.continue();
      else void req.abort(); // no network beyond the local server
    });
    await page.setViewport(VIEWPORT);
    await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'light'}]);
    await guard(
      page.goto(`${origin}/bench/pages/${lib}.html`, {waitUntil: 'load'}),
      30000,
      'loading the page'
    );
    await guard(page.waitForFunction('window.benchReady === true', {timeout: 0}), 30000, 'starting the page');
    await guard(
      page.evaluate((url, config) => window.bench.prepare(url, config), `${origin}/data/${dataName}.json`, {
        zoomSteps: ZOOM_STEPS,
        zoomTotal: ZOOM_TOTAL,
      }),
      Math.max(60000, timeoutMs),
      'fetching the data'
    );

    // First frame.
    const render = await guard(
      page.evaluate(() => window.bench.render()),
      timeoutMs,
      'first frame'
    );
    if (render.error) {
      result.status = 'error';
      result.message = render.error;
    }
    result.firstFrameMs = render.ms;
    result.longestTaskMs = render.longestTaskMs;
    if (render.count !== undefined) result.count = render.count;
    if (render.warnings) result.warnings = render.warnings;

    // Heap after a forced GC, and elements. A page still busy after its first frame (deferred
    // work) may not answer in time: the figure is then left out, not the whole case.
    await sleep(300);
    const measureMs = Math.max(30000, timeoutMs / 2);
    try {
      const cdp = await page.createCDPSession();
      await guard(cdp.send('HeapProfiler.collectGarbage'), measureMs, 'garbage collection');
      await guard(cdp.send('HeapProfiler.collectGarbage'), measureMs, 'garbage collection');
      const heap = await guard(cdp.send('Runtime.getHeapUsage'), measureMs, 'heap usage');
      result.heapMB = heap.usedSize / 1048576;
      result.domNodes = await guard(
        page.evaluate(() => window.bench.countElements()),
        measureMs,
        'counting elements'
      );
      if (lib === 'ours') {
        const info = await guard(
          page.evaluate(() => window.bench.info()),
          measureMs,
          'reading the element'
        );
        if (info.message) result.shown = info.message.slice(0, 200);
      }
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      result.status = 'measure-timeout';
      result.message = `after the first frame: ${error.message}`;
      return result;
    }
    if (!gestures || result.status !== 'ok') return result;

    // Zoom: 60 wheel steps over the chart (timelines-chart: 60 zoomX steps through its API).
    const box = await page.evaluate(() => window.bench.target());
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(box.height / 2, 200);
    const apiZoom = await page.evaluate(() => window.bench.hasApiZoom());
    const {deltaY, ctrl} = WHEEL[lib] ?? {};
    result.zoom = await measureGesture(page, 'zoom gesture', {
      budgetMs: gestureBudgetMs,
      timeoutMs: gestureTimeoutMs,
      steps: ZOOM_STEPS,
      before: async () => {
        await page.mouse.move(cx, cy);
        if (!apiZoom && ctrl) await page.keyboard.down('Control');
        return page.evaluate(() => window.bench.zoomLevel());
      },
      step: (i) =>
        apiZoom
          ? page.evaluate((...a) => window.bench.zoomStep(...a), i, ZOOM_STEPS, ZOOM_TOTAL)
          : page.mouse.wheel({deltaY}),
      after: async (level0) => {
        if (!apiZoom && ctrl) await page.keyboard.up('Control');
        await sleep(300);
        const level1 = await page.evaluate(() => window.bench.zoomLevel());
        return {reached: level1 / level0, via: apiZoom ? 'api' : ctrl ? 'ctrl+wheel' : 'wheel'};
      },
    });
    if (result.zoom.timeout) {
      result.status = 'gesture-timeout';
      result.message = result.zoom.message;
      return result;
    }

    // Pan: from a 2000–2005 window, a 60-step drag of 10 px per step (timelines-chart: API).
    const apiPan = await page.evaluate(() => window.bench.hasApiPan());
    const x0 = box.x + box.width * 0.25;
    let pressed = false;
    result.pan = await measureGesture(page, 'pan gesture', {
      budgetMs: gestureBudgetMs,
      timeoutMs: gestureTimeoutMs,
      steps: PAN_STEPS,
      before: async () => {
        await page.evaluate((a, b) => window.bench.setWindow(a, b), ...PAN_WINDOW);
        const window0 = await page.evaluate(() => window.bench.window());
        if (!apiPan) {
          await page.mouse.move(x0, cy);
          await page.mouse.down();
          pressed = true;
        }
        return window0;
      },
      step: (i) =>
        apiPan
          ? page.evaluate((...a) => window.bench.panStep(...a), i, PAN_STEPS, PAN_DX)
          : page.mouse.move(x0 + PAN_DX * (i + 1), cy),
      after: async (window0) => {
        if (pressed) await page.mouse.up();
        await sleep(400);
        const window1 = await page.evaluate(() => window.bench.window());
        // How far the window moved, as a share of its width (600 px of a 1200 px chart ≈ 0.5).
        const moved = window0 && window1 ? (window0[0] - window1[0]) / (window0[1] - window0[0]) : undefined;
        return {moved, via: apiPan ? 'api' : 'drag'};
      },
    });
    if (result.pan.timeout) {
      result.status = 'gesture-timeout';
      result.message = result.pan.message;
    }
    return result;
  } catch (error) {
    result.status =
      error instanceof TimeoutError ? 'timeout' : /crash/i.test(error.message) ? 'crash' : 'error';
    result.message = error.message.split('\n')[0];
    return result;
  } finally {
    await dispose(context);
  }
}

/**
 * A scripted gesture with rAF frame times recorded in the page. Steps stop being issued once
 * `budgetMs` has passed (the figures then cover the steps done: `steps` < 60); the whole
 * gesture gives up after `timeoutMs` (reported as a timeout, and the page is closed).
 */
async function measureGesture(page, what, {budgetMs, timeoutMs, steps, before, step, after}) {
  let tracing = false;
  try {
    return await withTimeout(
      (async () => {
        const state = await before();
        await page.tracing.start({categories: TRACE_CATEGORIES});
        tracing = true;
        await page.evaluate(() => window.bench.frames.start());
        const t0 = Date.now();
        let done = 0;
        while (done < steps && Date.now() - t0 < budgetMs) {
          await step(done);
          done++;
          await sleep(STEP_GAP_MS);
        }
        const deltas = await page.evaluate(() => window.bench.frames.stop());
        const ms = Date.now() - t0;
        tracing = false;
        const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
        // The same statistics as the frame times, over each frame's main-thread work.
        const work = frameStats(workPerFrame(trace.traceEvents ?? []));
        return {...frameStats(deltas), work, steps: done, ms, ...(await after(state))};
      })(),
      timeoutMs,
      what
    );
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    // The trace of a gesture that timed out is dropped; the page is closed next in any case.
    if (tracing) await withTimeout(page.tracing.stop(), 15000, 'stopping the trace').catch(() => {});
    return {timeout: true, message: error.message};
  }
}

// ——— summaries and the table ———

function summarise(runs) {
  const ok = runs.filter((r) => Number.isFinite(r.firstFrameMs) && r.status !== 'error');
  const pick = (f) => ok.map(f).filter(Number.isFinite);
  const ff = pick((r) => r.firstFrameMs);
  const s = {
    runs: runs.length,
    ok: ok.length,
    statuses: [...new Set(runs.map((r) => r.status))],
    firstFrame: ff.length ? {median: median(ff), min: Math.min(...ff), max: Math.max(...ff)} : undefined,
    longestTaskMs: median(pick((r) => r.longestTaskMs)),
    zoomMean: median(pick((r) => r.zoom?.mean)),
    zoomP95: median(pick((r) => r.zoom?.p95)),
    zoomP95Range: rangeOf(pick((r) => r.zoom?.p95)),
    zoomReached: median(pick((r) => r.zoom?.reached)),
    zoomTimeout: runs.some((r) => r.zoom?.timeout),
    zoomSteps: median(pick((r) => r.zoom?.steps)),
    panMean: median(pick((r) => r.pan?.mean)),
    panP95: median(pick((r) => r.pan?.p95)),
    panP95Range: rangeOf(pick((r) => r.pan?.p95)),
    panMoved: median(pick((r) => r.pan?.moved)),
    panTimeout: runs.some((r) => r.pan?.timeout),
    panSteps: median(pick((r) => r.pan?.steps)),
    zoomWorkMean: median(pick((r) => r.zoom?.work?.mean)),
    zoomWorkP95: median(pick((r) => r.zoom?.work?.p95)),
    panWorkMean: median(pick((r) => r.pan?.work?.mean)),
    panWorkP95: median(pick((r) => r.pan?.work?.p95)),
    heapMB: median(pick((r) => r.heapMB)),
    heapRange: rangeOf(pick((r) => r.heapMB)),
    domNodes: median(pick((r) => r.domNodes)),
    messages: [...new Set(runs.map((r) => r.message).filter(Boolean))],
    console: [...new Set(runs.flatMap((r) => r.console ?? []))].slice(0, 10),
  };
  return s;
}

function rangeOf(values) {
  return values.length ? [Math.min(...values), Math.max(...values)] : undefined;
}

function ms(x) {
  if (!Number.isFinite(x)) return '–';
  return x >= 100 ? fmtInt(Math.round(x)) : x.toFixed(1);
}

function failure(s) {
  if (s.statuses.includes('timeout')) return 'timeout';
  if (s.statuses.includes('crash')) return 'crash';
  if (s.statuses.includes('skipped'))
    return s.messages.some((m) => /timeout/i.test(m)) ? 'timeout (skipped)' : 'skipped';
  return 'error';
}

function cells(s, timeoutS) {
  const gesture = (mean, p95, timeout, steps) =>
    Number.isFinite(p95)
      ? `${ms(mean)} / ${ms(p95)}${steps < ZOOM_STEPS ? ` *${Math.round(steps)}` : ''}`
      : timeout
        ? `timeout (>${timeoutS.gesture} s)`
        : '–';
  if (!s.firstFrame) {
    const f = failure(s);
    return [
      f === 'timeout' || f === 'timeout (skipped)' ? `${f} (>${timeoutS.case} s)` : f,
      '–',
      '–',
      '–',
      '–',
      '–',
    ];
  }
  const ff = s.firstFrame;
  const partial = s.ok < s.runs ? ` (${s.ok}/${s.runs} ok)` : '';
  return [
    `${ms(ff.median)} [${ms(ff.min)}–${ms(ff.max)}]${partial}`,
    gesture(s.zoomMean, s.zoomP95, s.zoomTimeout, s.zoomSteps),
    gesture(s.panMean, s.panP95, s.panTimeout, s.panSteps),
    Number.isFinite(s.zoomWorkP95)
      ? `${ms(s.zoomWorkMean)} / ${ms(s.zoomWorkP95)} · ${ms(s.panWorkMean)} / ${ms(s.panWorkP95)}`
      : '–',
    Number.isFinite(s.heapMB) ? s.heapMB.toFixed(1) : '–',
    Number.isFinite(s.domNodes) ? fmtInt(Math.round(s.domNodes)) : '–',
  ];
}

function table(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) =>
    r.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function report(results, opts, sizes) {
  const out = [];
  const timeoutS = {case: opts.timeout, gesture: opts.gestureTimeout};
  const rows = [];
  for (const n of opts.n) {
    for (const lib of opts.libs) {
      const s = results.summary[lib]?.[n];
      if (s) rows.push([LABEL[lib], fmtInt(n), ...cells(s, timeoutS)]);
    }
  }
  out.push(
    `relations-timeline bench — ${results.meta.browser}, ${results.meta.cpus} CPUs, ` +
      `${results.meta.runs} run(s) per case, viewport ${VIEWPORT.width}×${VIEWPORT.height}, chart 1200 px wide` +
      (results.meta.quick ? ' (--quick)' : '') +
      `\nbundle ${BUNDLE} sha256 ${results.meta.bundle.sha256} (built ${results.meta.bundle.mtime})` +
      (results.meta.distStale ? ', older than src/' : '')
  );
  out.push('');
  out.push(
    table(rows, [
      'library',
      'N',
      'first frame ms median [range]',
      'zoom mean/p95 ms',
      'pan mean/p95 ms',
      'work/frame zoom · pan ms',
      'heap MB',
      'DOM nodes',
    ])
  );

  if (rows.some((r) => r.some((c) => / \*\d+$/.test(String(c)))))
    out.push(
      `*k: the gesture was cut at the ${opts.gestureBudget} s budget after k of 60 steps (median); its figures cover those steps.`
    );

  // Ratios: ours against the best peer on each figure (> 1 means ours is better).
  const peers = opts.libs.filter((l) => l !== 'ours');
  if (opts.libs.includes('ours') && peers.length) {
    out.push('');
    out.push('ours vs the best peer per N (peer ÷ ours; > 1× means ours is better):');
    const metrics = [
      ['first frame', (s) => s.firstFrame?.median],
      ['zoom p95', (s) => s.zoomP95],
      ['pan p95', (s) => s.panP95],
      ['zoom work p95', (s) => s.zoomWorkP95],
      ['pan work p95', (s) => s.panWorkP95],
      ['heap', (s) => s.heapMB],
      ['DOM nodes', (s) => s.domNodes],
    ];
    results.ratios = {};
    for (const n of opts.n) {
      const ours = results.summary.ours?.[n];
      if (!ours) continue;
      const parts = [];
      results.ratios[n] = {};
      for (const [name, get] of metrics) {
        const mine = get(ours);
        const best = peers
          .map((lib) => ({lib, v: get(results.summary[lib]?.[n] ?? {statuses: []})}))
          .filter((p) => Number.isFinite(p.v))
          .sort((a, b) => a.v - b.v)[0];
        if (!Number.isFinite(mine)) {
          parts.push(`${name}: ours n/a`);
        } else if (!best) {
          const why = peers.map(
            (lib) =>
              `${LABEL[lib]} ${results.summary[lib]?.[n] ? failure(results.summary[lib][n]) : 'not run'}`
          );
          parts.push(`${name}: no peer figure (${why.join(', ')})`);
          results.ratios[n][name] = {ours: mine, peer: null};
        } else {
          const ratio = best.v / mine;
          parts.push(`${name} ${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}× vs ${LABEL[best.lib]}`);
          results.ratios[n][name] = {ours: mine, peer: best.v, peerLib: best.lib, ratio};
        }
      }
      out.push(`  N=${fmtInt(n)}: ${parts.join('; ')}`);
    }
  }

  // Growth of our first frame and heap.
  if (opts.libs.includes('ours') && opts.n.length > 1) {
    out.push('');
    out.push('growth of ours (exponent b in t ∝ N^b; 1 = linear):');
    results.growth = {};
    for (const [name, get, unit] of [
      ['first frame', (s) => s?.firstFrame?.median, 'ms'],
      ['heap', (s) => s?.heapMB, 'MB'],
      ['DOM nodes', (s) => s?.domNodes, ''],
    ]) {
      const pts = opts.n.map((n) => [n, get(results.summary.ours?.[n])]);
      const steps = [];
      for (let i = 1; i < pts.length; i++) {
        const [n0, a] = pts[i - 1];
        const [n1, b] = pts[i];
        if (Number.isFinite(a) && Number.isFinite(b) && a > 0) {
          const exp = Math.log(b / a) / Math.log(n1 / n0);
          steps.push(`${fmtInt(n0)}→${fmtInt(n1)}: ×${(b / a).toFixed(2)} (b=${exp.toFixed(2)})`);
        }
      }
      results.growth[name] = pts.map(([n, v]) => ({n, value: v}));
      const values = pts.map(
        ([n, v]) =>
          `${fmtInt(n)}: ${Number.isFinite(v) ? (unit === 'ms' ? ms(v) + ' ms' : unit ? v.toFixed(1) + ' MB' : fmtInt(Math.round(v))) : 'n/a'}`
      );
      out.push(`  ${name}: ${values.join(', ')}${steps.length ? '  |  ' + steps.join(', ') : ''}`);
    }
  }

  if (results.million) {
    const m = results.million;
    const parts = [];
    if (Number.isFinite(m.firstFrameMs)) parts.push(`first frame ${ms(m.firstFrameMs)} ms`);
    if (Number.isFinite(m.longestTaskMs)) parts.push(`longest task ${ms(m.longestTaskMs)} ms`);
    if (Number.isFinite(m.heapMB)) parts.push(`heap ${round(m.heapMB)} MB`);
    if (Number.isFinite(m.domNodes)) parts.push(`${fmtInt(m.domNodes)} DOM nodes`);
    if (m.status !== 'ok') parts.push(`${m.status}: ${m.message}`);
    if (m.shown) parts.push(`shows "${m.shown}"`);
    out.push('');
    out.push(`1,000,000 events (ours, once, hard timeout ${opts.millionTimeout} s): ${parts.join(', ')}`);
  }

  if (sizes) {
    out.push('');
    out.push('build sizes (raw / gzip -9):');
    const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
    const o = sizes.ours;
    out.push(
      `  relations-timeline bundle (dist/relations-timeline.bundle.js, all deps): ${kb(o.bundle.raw)} / ${kb(o.bundle.gzip)}`
    );
    if (o.entry)
      out.push(
        `  relations-timeline ES entry (own code, lit/d3 external, esbuild-minified): ${kb(o.entry.raw)} / ${kb(o.entry.gzip)}`
      );
    else
      out.push(
        `  relations-timeline ES entry: scripts/size.mjs gave no figure${o.error ? ` (${o.error})` : ''}`
      );
    for (const [lib, s] of Object.entries(sizes.peers))
      out.push(
        `  ${lib} ${s.version} (${s.files.map((f) => f.split('/').pop()).join(' + ')}): ${kb(s.raw)} / ${kb(s.gzip)}`
      );
  }

  const notes = [];
  for (const lib of opts.libs) {
    for (const n of [...opts.n, ...(results.million ? [1000000] : [])]) {
      const s =
        n === 1000000
          ? lib === 'ours'
            ? {console: results.million.console, messages: []}
            : undefined
          : results.summary[lib]?.[n];
      if (!s) continue;
      for (const c of s.console ?? []) notes.push(`  ${LABEL[lib]} N=${fmtInt(n)}: ${c}`);
      for (const m of s.messages ?? [])
        if (!/skipped/.test(m)) notes.push(`  ${LABEL[lib]} N=${fmtInt(n)}: ${m}`);
    }
  }
  if (notes.length) {
    out.push('');
    out.push('console errors, warnings and failures:');
    out.push(...[...new Set(notes)].slice(0, 40));
  }
  return out.join('\n');
}

// ——— main ———

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const build = ensureBuild(opts.build);
  const datasets = new Map();
  // The bundle is read once and served from memory: other work rebuilding dist/ during a long
  // run must not change what is measured halfway through.
  const bundle = readFileSync(join(ROOT, BUNDLE));
  const bundleInfo = {
    sha256: sha(bundle),
    bytes: bundle.length,
    mtime: statSync(join(ROOT, BUNDLE)).mtime.toISOString(),
  };
  const server = await startServer(ROOT, datasets, new Map([[`/${BUNDLE}`, bundle]]));
  const started = Date.now();
  let interrupted = false;
  const stop = (signal) => {
    if (interrupted) return;
    interrupted = true;
    log(`\n${signal}: stopping`);
    killBrowser();
    void server.close().then(() => process.exit(130));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const results = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      n: opts.n,
      runs: opts.runs,
      libs: opts.libs,
      quick: opts.quick,
      seed: opts.seed,
      viewport: VIEWPORT,
      timeoutS: opts.timeout,
      gestureTimeoutS: opts.gestureTimeout,
      gestureBudgetS: opts.gestureBudget,
      distStale: build.stale,
      bundle: bundleInfo,
      gestures: {
        zoomSteps: ZOOM_STEPS,
        zoomTotal: ZOOM_TOTAL,
        wheel: WHEEL,
        panSteps: PAN_STEPS,
        panDx: PAN_DX,
        panWindow: PAN_WINDOW.map((t) => new Date(t).toISOString()),
        stepGapMs: STEP_GAP_MS,
      },
    },
    cases: {},
    summary: {},
  };

  try {
    const sizes = measureSizes(bundle);
    results.sizes = sizes;
    await launch();
    results.meta.browser = browserVersion;
    log(
      `${browserVersion}; serving on ${server.origin}; N = ${opts.n.map(fmtInt).join(', ')}; ${opts.runs} run(s); ${opts.libs.join(', ')}`
    );

    const timedOutAt = {}; // lib → the N at which it timed out
    const total = opts.n.length * opts.runs * opts.libs.length;
    let done = 0;
    for (const n of opts.n) {
      const t = Date.now();
      for (const lib of opts.libs) datasets.set(`${lib}-${n}`, Buffer.from(inputFor(lib, n, opts.seed)));
      log(`N=${fmtInt(n)}: data generated in ${Date.now() - t} ms`);
      for (let run = 1; run <= opts.runs; run++) {
        // Libraries take turns within a run, so a slow spell on the machine hits all of them.
        for (const lib of opts.libs) {
          done++;
          const runs = ((results.cases[lib] ??= {})[n] ??= []);
          const skip = skipReason(lib, n, timedOutAt, results, opts);
          let r;
          if (skip) {
            r = {lib, n, status: 'skipped', message: skip};
          } else {
            r = await runCase({
              origin: server.origin,
              lib,
              n,
              dataName: `${lib}-${n}`,
              timeoutMs: opts.timeout * 1000,
              gestureTimeoutMs: opts.gestureTimeout * 1000,
              gestureBudgetMs: opts.gestureBudget * 1000,
            });
            if (r.status === 'timeout' || r.status === 'crash') timedOutAt[lib] ??= n;
          }
          r.run = run;
          runs.push(r);
          log(progress(done, total, r));
        }
      }
      for (const lib of opts.libs) (results.summary[lib] ??= {})[n] = summarise(results.cases[lib][n]);
      for (const lib of opts.libs) datasets.delete(`${lib}-${n}`);
    }

    if (opts.million && !interrupted) {
      const n = 1000000;
      const t = Date.now();
      datasets.set(`ours-${n}`, Buffer.from(inputFor('ours', n, opts.seed)));
      log(
        `N=1,000,000: data generated in ${Date.now() - t} ms; one run of ours, hard timeout ${opts.millionTimeout} s`
      );
      const r = await runCase({
        origin: server.origin,
        lib: 'ours',
        n,
        dataName: `ours-${n}`,
        timeoutMs: opts.millionTimeout * 1000,
        gestureTimeoutMs: opts.gestureTimeout * 1000,
        gestureBudgetMs: opts.gestureBudget * 1000,
        gestures: false,
      });
      datasets.delete(`ours-${n}`);
      results.million = r;
      log(progress(1, 1, r));
    }

    results.meta.seconds = Math.round((Date.now() - started) / 1000);
    let now;
    try {
      now = sha(readFileSync(join(ROOT, BUNDLE)));
    } catch {
      now = 'missing';
    }
    if (now !== bundleInfo.sha256) {
      results.meta.bundleChangedDuringRun = now;
      log(
        `note: ${BUNDLE} changed on disk during the run; every case used the copy read at the start (${bundleInfo.sha256})`
      );
    }
    const text = report(results, opts, sizes);
    mkdirSync(dirname(opts.out), {recursive: true});
    writeFileSync(opts.out, JSON.stringify(results, null, 2) + '\n');
    console.log(text);
    console.log(`\n${results.meta.seconds} s; results in ${opts.out.replace(ROOT + '/', '')}`);
  } finally {
    if (browser) {
      try {
        await withTimeout(browser.close(), 15000, 'closing the browser');
      } catch {
        killBrowser();
      }
    }
    await server.close();
  }
}

/** Why a case is not run: its library already timed out at this N or below, or (peers only) would. */
function skipReason(lib, n, timedOutAt, results, opts) {
  if (timedOutAt[lib] !== undefined && n >= timedOutAt[lib])
    return `timeout: skipped after a timeout or crash at N=${fmtInt(timedOutAt[lib])}`;
  if (lib === 'ours') return undefined; // always try ours
  const earlier = opts.n.filter((m) => m < n && results.summary[lib]?.[m]?.firstFrame);
  const m = earlier[earlier.length - 1];
  if (m !== undefined) {
    const predicted = (results.summary[lib][m].firstFrame.median * n) / m;
    if (predicted > opts.timeout * 1000)
      return `timeout: skipped, predicted ${ms(predicted)} ms from N=${fmtInt(m)} (linear), over the ${opts.timeout} s timeout`;
  }
  return undefined;
}

function progress(done, total, r) {
  const head = `[${String(done).padStart(String(total).length)}/${total}] ${LABEL[r.lib].padEnd(18)} N=${fmtInt(r.n).padEnd(9)} run ${r.run ?? 1}:`;
  if (r.status === 'skipped') return `${head} ${r.message}`;
  const parts = [];
  if (Number.isFinite(r.firstFrameMs)) parts.push(`first frame ${ms(r.firstFrameMs)} ms`);
  if (r.zoom?.p95) parts.push(`zoom ${ms(r.zoom.mean)}/${ms(r.zoom.p95)} ms (×${round(r.zoom.reached, 1)})`);
  if (r.pan?.p95) parts.push(`pan ${ms(r.pan.mean)}/${ms(r.pan.p95)} ms (moved ${round(r.pan.moved, 2)})`);
  if (r.zoom?.work?.p95 !== undefined)
    parts.push(
      `work/frame zoom ${ms(r.zoom.work.mean)}/${ms(r.zoom.work.p95)} pan ${ms(r.pan?.work?.mean)}/${ms(r.pan?.work?.p95)} ms`
    );
  if (Number.isFinite(r.heapMB)) parts.push(`heap ${round(r.heapMB)} MB`);
  if (Number.isFinite(r.domNodes)) parts.push(`${fmtInt(r.domNodes)} elements`);
  if (r.status !== 'ok') parts.push(`${r.status.toUpperCase()}: ${r.message}`);
  if (r.console?.length) parts.push(`${r.console.length} console message(s)`);
  return `${head} ${parts.join(', ')}`;
}

main().catch((error) => {
  console.error(error);
  killBrowser();
  process.exit(1);
});
