// The package as a user gets it (issue #6, "Done means"): run after `npm run build`. Packs
// the tarball into a temporary folder outside the repository, installs it there into a fresh
// project (with typescript, react and @types/react, from the npm cache where it can), then
//   (a) serves a plain index.html from that project on 127.0.0.1 that loads
//       node_modules/relations-timeline/dist/relations-timeline.bundle.js with
//       <script type="module"> and has one <relations-timeline> with inline JSON; opens it in
//       the system Chromium and checks that the element upgrades and fires `timeline-load` with
//       the right count, with no console error or warning, no request but the page's own files
//       and no global variable; and the same with a second copy of the bundle on the page (its
//       definition must not throw). (The strict-CSP page is test/reliability/pages/csp-bundle.html.)
//       Then the packaged iframe page, dist/embed.html?src=…, in a frame: it draws, and posts its
//       content height (Pym.js and AMP messages); and again with a CSV file as `src`, which the
//       bundle reads with the file it loads for TimelineJS and CSV (relations-timeline.importers.js);
//   (b) compiles a React + TypeScript usage of `relations-timeline/react` and a plain
//       TypeScript usage with that project's `tsc --noEmit` (moduleResolution bundler, and
//       NodeNext).
// Each check prints `ok` or `FAIL` and counts as a test: `tests: N passed, M failed`.
// CHROME_PATH names another Chromium.
import {execFile} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, normalize, sep} from 'node:path';
import {promisify} from 'node:util';
import puppeteer from 'puppeteer-core';
import {createChecks} from './checks.mjs';
import {chromiumArgs, chromiumPath} from './chromium.mjs';

const run = promisify(execFile);
const ROOT = process.cwd();
const BUNDLE = 'dist/relations-timeline.bundle.js';
const DEADLINE_MS = 120_000;
const started = Date.now();

const {check, finish} = createChecks();
/** Repeated messages once each, with a count. */
function summarize(messages) {
  const counts = new Map();
  for (const m of messages) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([m, n]) => (n > 1 ? `${n}× ${m}` : m)).join(' | ');
}
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (text) => console.log(`  … ${text} (${seconds()})`);

/** The version installed in this repository, so that the fresh project hits the npm cache. */
const installed = (name) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

const work = mkdtempSync(join(tmpdir(), 'relations-timeline-tarball-'));
let browser;
let server;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  server?.close();
  server?.closeAllConnections?.();
  rmSync(work, {recursive: true, force: true});
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await cleanup();
    process.exit(1);
  });
}
const timer = setTimeout(async () => {
  check(`finished within ${DEADLINE_MS / 1000} s`, false);
  await cleanup();
  finish();
}, DEADLINE_MS);

async function main() {
  if (!check(`${BUNDLE} is built`, existsSync(join(ROOT, BUNDLE)), 'run `npm run build` first')) return;

  // ——— pack and install ———
  const {stdout: packed} = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
    {
      cwd: ROOT,
    }
  );
  const [pack] = JSON.parse(packed);
  log(`packed ${pack.filename} (${(pack.size / 1024).toFixed(1)} KB) into ${work}`);

  const project = join(work, 'project');
  const files = {
    'package.json': JSON.stringify(
      {
        name: 'tarball-check',
        private: true,
        type: 'module',
        dependencies: {
          'relations-timeline': `file:../${pack.filename}`,
          react: installed('react'),
          '@types/react': installed('@types/react'),
          typescript: installed('typescript'),
        },
      },
      null,
      2
    ),
    'index.html': INDEX_HTML,
    'embed-host.html': EMBED_HOST_HTML,
    'embed-host-csv.html': EMBED_HOST_CSV_HTML,
    'data/india-russia.json': readFileSync(join(ROOT, 'demo/data/india-russia.json'), 'utf8'),
    'data/summits.csv': SUMMITS_CSV,
    'two-copies.html': TWO_COPIES_HTML,
    'baseline.html': BASELINE_HTML,
    'react-usage.tsx': REACT_USAGE,
    'ts-usage.ts': TS_USAGE,
    'tsconfig.json': tsconfig({module: 'ESNext', moduleResolution: 'bundler'}),
    'tsconfig.nodenext.json': tsconfig({module: 'NodeNext', moduleResolution: 'NodeNext'}),
  };
  mkdirSync(join(project, 'data'), {recursive: true});
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);

  try {
    await run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--no-package-lock',
        '--ignore-scripts',
        '--loglevel=error',
      ],
      {cwd: project, timeout: 75_000}
    );
    check('npm install of the tarball in a fresh project', true);
  } catch (error) {
    check('npm install of the tarball in a fresh project', false, String(error.stderr || error.message));
    return;
  }
  log('installed');
  const pkgDir = join(project, 'node_modules', 'relations-timeline');
  const installedPkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  check(
    `the installed package is ${pack.name}@${pack.version}, with dist/ and custom-elements.json`,
    installedPkg.version === pack.version &&
      existsSync(join(pkgDir, BUNDLE)) &&
      existsSync(join(pkgDir, 'custom-elements.json')) &&
      !existsSync(join(pkgDir, 'src'))
  );

  // ——— (a) a plain HTML page in Chromium ———
  await checkPage(project);
  log('browser checks done');

  // ——— (b) TypeScript and React usages ———
  for (const [config, what] of [
    ['tsconfig.json', 'moduleResolution bundler'],
    ['tsconfig.nodenext.json', 'moduleResolution NodeNext'],
  ]) {
    try {
      await run(
        process.execPath,
        [join(project, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', config],
        {
          cwd: project,
          timeout: 60_000,
        }
      );
      check(`tsc --noEmit compiles the React wrapper and plain TS usages (${what})`, true);
    } catch (error) {
      check(
        `tsc --noEmit compiles the React wrapper and plain TS usages (${what})`,
        false,
        `\n${String(error.stdout || error.message).trim()}`
      );
    }
  }
  log('type checks done');
}

/** Serves `root` on 127.0.0.1; records every request. */
function serve(root) {
  const requests = [];
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.csv': 'text/csv; charset=utf-8',
  };
  const srv = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push(req.url);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !types[extname(file)]) {
      res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      return;
    }
    res
      .writeHead(200, {'content-type': types[extname(file)], 'cache-control': 'no-store'})
      .end(readFileSync(file));
  });
  return new Promise((resolve) => {
    srv.listen(0, '127.0.0.1', () =>
      resolve({srv, requests, origin: `http://127.0.0.1:${srv.address().port}`})
    );
  });
}

async function checkPage(project) {
  const served = await serve(project);
  server = served.srv;
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });

  /** Opens `path` and reports what happened: the element's state, console, requests, new globals. */
  async function visit(path, {timeline = true} = {}) {
    const page = await browser.newPage();
    const consoleMessages = [];
    const requested = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') consoleMessages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleMessages.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requested.push(r.url()));
    // Injected by DevTools before any of the page's scripts.
    await page.evaluateOnNewDocument(() => {
      const seen = {loads: [], errors: [], globals: []};
      Object.defineProperty(window, '__seen', {value: seen});
      seen.globals = Object.getOwnPropertyNames(window);
      document.addEventListener('timeline-load', (e) => seen.loads.push(e.detail.count));
      document.addEventListener('timeline-error', (e) => seen.errors.push(e.detail.message));
    });
    served.requests.length = 0;
    await page.goto(`${served.origin}${path}`, {waitUntil: 'load', timeout: 30_000});
    // (The baseline waits too: puppeteer adds globals of its own when it first waits.)
    const settled = await page
      .waitForFunction(
        timeline
          ? () => window.__seen.loads.length + window.__seen.errors.length > 0
          : () => document.readyState === 'complete',
        {timeout: 15_000}
      )
      .then(() => true)
      .catch(() => false);
    await new Promise((resolve) => setTimeout(resolve, 300)); // late errors and requests
    const state = await page.evaluate(() => {
      const el = document.querySelector('relations-timeline');
      const Element = customElements.get('relations-timeline');
      return {
        defined: typeof Element === 'function',
        upgraded: Boolean(Element && el instanceof Element && el.shadowRoot?.childElementCount),
        hasSelect: typeof el?.select === 'function',
        loads: window.__seen.loads,
        errors: window.__seen.errors,
        globals: Object.getOwnPropertyNames(window).filter((n) => !window.__seen.globals.includes(n)),
      };
    });
    await page.close();
    return {settled, state, consoleMessages, requested, serverSaw: [...served.requests]};
  }

  // The same page without the bundle: what the browser and puppeteer add to `window` themselves.
  const baseline = await visit('/baseline.html', {timeline: false});
  for (const [path, name] of [
    ['/index.html', 'a plain page'],
    ['/two-copies.html', 'a page with two copies of the bundle'],
  ]) {
    const {settled, state, consoleMessages, requested, serverSaw} = await visit(path);
    check(
      `${name}: the element upgrades`,
      settled && state.defined && state.upgraded && state.hasSelect,
      JSON.stringify(state)
    );
    check(
      `${name}: timeline-load fired once with count ${EVENT_COUNT}, and no timeline-error`,
      state.loads.length === 1 && state.loads[0] === EVENT_COUNT && state.errors.length === 0,
      `loads ${JSON.stringify(state.loads)}, errors ${JSON.stringify(state.errors)}`
    );
    check(`${name}: no console error or warning`, consoleMessages.length === 0, summarize(consoleMessages));
    const own = [path, ...PAGE_FILES[path]];
    const foreign = requested.filter((url) => !own.some((file) => url === `${served.origin}${file}`));
    check(`${name}: no request but the page's own files`, foreign.length === 0, foreign.join(', '));
    const strays = serverSaw.filter((url) => !own.includes(url));
    const missing = own.filter((url) => !serverSaw.includes(url));
    check(
      `${name}: the server saw the page's files and nothing else`,
      strays.length === 0 && missing.length === 0,
      `other: ${strays.join(', ') || '–'}; not requested: ${missing.join(', ') || '–'}`
    );
    // Lit keeps its version lists on globalThis (in production builds too); anything else is ours.
    const added = state.globals.filter((n) => !baseline.state.globals.includes(n));
    const globals = added.filter((n) => !LIT_GLOBALS.includes(n));
    check(`${name}: no global variable but Lit's version lists`, globals.length === 0, globals.join(', '));
    if (path === '/index.html' && added.length) log(`globals the bundle adds: ${added.join(', ')}`);
  }

  await checkEmbed(served, {
    name: 'the packaged embed.html in an iframe',
    host: '/embed-host.html',
    files: EMBED_FILES,
  });
  // CSV is read by the file the bundle loads on demand (the bundle names it in its `import()`).
  await checkEmbed(served, {
    name: 'the packaged embed.html with a CSV file',
    host: '/embed-host-csv.html',
    files: [...EMBED_FILES.filter((f) => !f.startsWith('/data/')), ...bundleImports(), '/data/summits.csv'],
  });
}

/** What the installed bundle loads with `import()`, as paths on the test server. */
function bundleImports() {
  const bundle = readFileSync(join(ROOT, BUNDLE), 'utf8');
  return [...bundle.matchAll(/\bimport\(\s*["']\.\/([^"']+)["']\s*\)/g)].map(
    ([, file]) => `${DIST_URL}/${file}`
  );
}

/** The packaged iframe page, `dist/embed.html?src=…`, in a frame of a host page. */
async function checkEmbed(served, {name, host, files}) {
  const page = await browser.newPage();
  const consoleMessages = [];
  const requested = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') consoleMessages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleMessages.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requested.push(r.url()));
  await page.evaluateOnNewDocument(() => {
    if (window.top !== window) return;
    const messages = [];
    Object.defineProperty(window, '__messages', {value: messages});
    window.addEventListener('message', (e) => messages.push(e.data));
  });
  await page.goto(`${served.origin}${host}`, {waitUntil: 'load', timeout: 30_000});
  const frame = await page.waitForFrame((f) => f.url().includes('/embed.html'), {timeout: 10_000});
  const ready = await page
    .waitForFunction(
      () => window.__messages.some((m) => m && m.sentinel === 'amp' && m.type === 'embed-ready'),
      {timeout: 15_000}
    )
    .then(() => true)
    .catch(() => false);
  await new Promise((resolve) => setTimeout(resolve, 300)); // the last height
  const inside = await frame.evaluate(() => {
    const el = document.querySelector('relations-timeline');
    return {
      upgraded: Boolean(el?.shadowRoot?.childElementCount),
      svg: Boolean(el?.shadowRoot?.querySelector('svg')),
      height: Math.ceil(document.querySelector('main').getBoundingClientRect().height),
      width: el ? Math.round(el.getBoundingClientRect().width) : 0,
      frameWidth: document.documentElement.clientWidth,
    };
  });
  const messages = await page.evaluate(() => window.__messages);
  const pym = messages
    .map((m) => (typeof m === 'string' ? /^pymxPYMxtl-1xPYMxheightxPYMx(\d+)$/.exec(m) : null))
    .filter(Boolean)
    .map((m) => Number(m[1]));
  const amp = messages
    .filter((m) => m && m.sentinel === 'amp' && m.type === 'embed-size')
    .map((m) => m.height);
  check(
    `${name}: the timeline draws across the frame's width`,
    ready && inside.upgraded && inside.svg && inside.width === inside.frameWidth,
    JSON.stringify(inside)
  );
  check(
    `${name}: posts its content height as Pym.js and AMP messages`,
    pym.at(-1) === inside.height && amp.at(-1) === inside.height && inside.height > 300,
    `content ${inside.height} px; pym ${pym.join(', ')}; amp ${amp.join(', ')}`
  );
  // embed.html runs under its own policy (script-src 'self'; style-src 'self'): a violation would
  // show here as a console error.
  check(`${name}: no console error or warning`, consoleMessages.length === 0, summarize(consoleMessages));
  const own = [host, ...files].map((f) => `${served.origin}${f}`);
  const foreign = requested.filter((url) => !own.some((file) => url === file || url.startsWith(`${file}?`)));
  check(`${name}: no request but its own files and the data`, foreign.length === 0, foreign.join(', '));
  await page.close();
}

// ——— the fresh project's files ———

const EVENT_COUNT = 3;
const BUNDLE_URL = `/node_modules/relations-timeline/${BUNDLE}`;
const PAGE_FILES = {'/index.html': [BUNDLE_URL], '/two-copies.html': [BUNDLE_URL, `${BUNDLE_URL}?copy=2`]};
const DIST_URL = '/node_modules/relations-timeline/dist';
const EMBED_FILES = [
  'embed.html',
  'embed.css',
  'embed.js',
  'embed-options.js',
  'relations-timeline.bundle.js',
]
  .map((f) => `${DIST_URL}/${f}`)
  .concat('/data/india-russia.json');
const LIT_GLOBALS = [
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
];

const TIMELINE = `<relations-timeline lang="en-GB">
      <script type="application/json">
        {
          "title": "India and Russia",
          "events": [
            {"id": "treaty", "date": "1971-08-09", "title": "Treaty of Peace, Friendship and Cooperation", "category": "treaty"},
            {"id": "partnership", "date": "2000-10-03", "title": "Declaration on Strategic Partnership"},
            {"id": "summit-21", "date": "2021-12-06", "title": "21st annual summit", "category": "summit"}
          ]
        }
      </script>
    </relations-timeline>`;

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>relations-timeline from the tarball</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${BUNDLE_URL}"></script>
  </head>
  <body>
    ${TIMELINE}
  </body>
</html>
`;

// A host page with the packaged iframe page in a 720 px frame.
const EMBED_HOST_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>embed.html from the tarball</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <iframe
      title="Timeline"
      src="${DIST_URL}/embed.html?src=/data/india-russia.json&amp;childId=tl-1&amp;lang=en-GB"
      width="720"
      height="200"
    ></iframe>
  </body>
</html>
`;

// The same with a CSV file as the data.
const EMBED_HOST_CSV_HTML = EMBED_HOST_HTML.replace('/data/india-russia.json', '/data/summits.csv');
const SUMMITS_CSV = `date,title,actors,summary
2019-09-04,20th annual summit,IN;RU,"Vladivostok, with the Eastern Economic Forum."
2021-12-06,21st annual summit,IN;RU,"New Delhi; the first ""2+2"" dialogue."
2024-07-08,22nd annual summit,IN;RU,Moscow.
`;

// The same page without the bundle, to tell the browser's own globals from ours.
const BASELINE_HTML = INDEX_HTML.replace(/\s*<script type="module"[^>]*><\/script>/, '');

// Two copies of the bundle (two module instances): the second definition must not throw.
const TWO_COPIES_HTML = INDEX_HTML.replace(
  '</script>',
  `</script>\n    <script type="module" src="${BUNDLE_URL}?copy=2"></script>`
);

function tsconfig({module, moduleResolution}) {
  return JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module,
        moduleResolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['react-usage.tsx', 'ts-usage.ts'],
    },
    null,
    2
  );
}

const REACT_USAGE = `// React + TypeScript with the wrapper: typed props and event props.
import {useState, type ReactElement} from 'react';
import {RelationsTimeline} from 'relations-timeline/react';
import type {TimelineData, TimelineSelectEvent} from 'relations-timeline';

const data: TimelineData = {
  title: 'India and Russia',
  events: [{id: 'treaty', date: '1971-08-09', title: 'Treaty of Peace, Friendship and Cooperation'}],
};

export function Timeline(): ReactElement {
  const [selected, setSelected] = useState<string | null>(null);
  const onSelect = (e: TimelineSelectEvent) => setSelected(e.detail.id);
  return (
    <RelationsTimeline
      data={data}
      lanes="actor"
      theme="dark"
      selected={selected ?? undefined}
      onTimelineLoad={(e) => console.log(e.detail.count.toFixed(0))}
      onTimelineError={(e) => console.warn(e.detail.message)}
      onTimelineSelect={onSelect}
      onTimelineRangeChange={(e) => console.log(e.detail.start.getUTCFullYear(), e.detail.source)}
    />
  );
}

// @ts-expect-error: lanes is a closed set.
export const wrongLanes = <RelationsTimeline lanes="diagonal" />;
// @ts-expect-error: a select event's detail has no count.
export const wrongDetail = <RelationsTimeline onTimelineSelect={(e) => e.detail.count} />;
`;

const TS_USAGE = `// Plain TypeScript: the side-effect import registers the element and types the tag.
import 'relations-timeline';
import type {RelationsTimeline} from 'relations-timeline';
import {fromCSV, parseTimelineText, type Conversion} from 'relations-timeline/importers';

const converted: Conversion = fromCSV('date,title\\n2021-12-06,Summit');
console.log(converted.data.events.length, parseTimelineText('date,title').problems.length);

const el = document.querySelector('relations-timeline')!;
el.select('x');
const typed: RelationsTimeline = el;
typed.zoomTo('2021-11', '2022-01');
el.addEventListener('timeline-select', (e) => {
  const id: string | null = e.detail.id;
  console.log(id, e.detail.source);
});
// @ts-expect-error: select takes an event id.
el.select(42);
`;

// ——— run ———

try {
  await main();
} catch (error) {
  check(
    'the check ran to the end',
    false,
    error instanceof Error ? (error.stack ?? error.message) : String(error)
  );
} finally {
  clearTimeout(timer);
  await cleanup();
}
finish();
