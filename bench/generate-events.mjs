// Deterministic synthetic diplomatic events for the benchmark, and the same
// events in each peer library's own format.
//
// - A seeded LCG (no Math.random), so every run and every library sees the same events.
// - Dates from 1947 to 2025, denser in later years (like real news-wire archives);
//   70% day precision (`2021-12-06`), 20% month (`2021-12`), 10% year (`2021`).
// - About 5% are spans with an `end` of the same precision.
// - 6 categories, 8 actors (country codes; the Soviet Union stands in for Russia before 1992),
//   titles like "Talks on trade", importance 1–3, some with a summary or a location.
// - Events come in shuffled order, as an archive export would; sorting is the library's job.
//
// CLI: `node bench/generate-events.mjs 1000 [ours|vis-timeline|timelines-chart] > events.json`

export const FIRST_YEAR = 1947;
export const LAST_YEAR = 2025;
export const DEFAULT_SEED = 20211206;

export const CATEGORIES = {
  summit: {label: 'Summits'},
  treaty: {label: 'Treaties and agreements'},
  defence: {label: 'Defence'},
  trade: {label: 'Trade and energy'},
  visit: {label: 'Visits'},
  statement: {label: 'Statements'},
};

export const ACTORS = {
  IN: {name: 'India'},
  RU: {name: 'Russia'},
  SU: {name: 'Soviet Union'},
  US: {name: 'United States'},
  CN: {name: 'China'},
  FR: {name: 'France'},
  GB: {name: 'United Kingdom'},
  JP: {name: 'Japan'},
};

const CATEGORY_KEYS = Object.keys(CATEGORIES);
const OTHER_ACTORS = ['US', 'CN', 'FR', 'GB', 'JP'];
const FORMS = {
  summit: ['Summit on', 'Leaders meet on', 'Annual summit: focus on'],
  treaty: ['Agreement on', 'Memorandum on', 'Protocol on', 'Treaty on'],
  defence: ['Defence talks on', 'Joint exercise on', 'Contract on'],
  trade: ['Talks on', 'Trade deal on', 'Working group on'],
  visit: ['Ministerial visit on', 'Delegation visit on', 'State visit: talks on'],
  statement: ['Joint statement on', 'Statement on', 'Declaration on'],
};
const TOPICS = [
  'trade',
  'defence cooperation',
  'energy',
  'space',
  'nuclear energy',
  'visas',
  'culture',
  'education',
  'science and technology',
  'oil and gas',
  'arms supplies',
  'shipping',
  'fertilisers',
  'pharmaceuticals',
  'counter-terrorism',
  'climate',
];
const PLACES = ['New Delhi', 'Moscow', 'Mumbai', 'St Petersburg', 'Vladivostok', 'Goa', 'Sochi', 'Kolkata'];

/** 32-bit linear congruential generator (Numerical Recipes constants); returns floats in [0, 1). */
export function lcg(seed = DEFAULT_SEED) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** `{date, end?, title, category, actors, importance, summary?, location?}` × n, deterministic. */
export function generateEvents(n, seed = DEFAULT_SEED) {
  const rnd = lcg(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const span = LAST_YEAR - FIRST_YEAR + 1;
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    // Linearly increasing density: more events in recent years.
    const year = Math.min(LAST_YEAR, FIRST_YEAR + Math.floor(span * Math.sqrt(rnd())));
    const month = int(1, 12);
    const day = int(1, 28);
    const p = rnd();
    const precision = p < 0.7 ? 'day' : p < 0.9 ? 'month' : 'year';
    const date =
      precision === 'day'
        ? `${year}-${pad(month)}-${pad(day)}`
        : precision === 'month'
          ? `${year}-${pad(month)}`
          : String(year);
    const category = CATEGORY_KEYS[Math.floor(rnd() * CATEGORY_KEYS.length)];
    const russia = year < 1992 ? 'SU' : 'RU';
    const actors = rnd() < 0.15 ? ['IN'] : ['IN', russia];
    if (rnd() < 0.25) actors.push(pick(OTHER_ACTORS));
    const r = rnd();
    const importance = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
    const event = {date, title: `${pick(FORMS[category])} ${pick(TOPICS)}`, category, actors, importance};
    if (rnd() < 0.05) {
      // A span, same precision as the start, never past the last year.
      if (precision === 'day') {
        const end = new Date(Date.UTC(year, month - 1, day + int(1, 60)));
        if (end.getUTCFullYear() <= LAST_YEAR) event.end = end.toISOString().slice(0, 10);
      } else if (precision === 'month') {
        const m = month - 1 + int(1, 6);
        const y = year + Math.floor(m / 12);
        if (y <= LAST_YEAR) event.end = `${y}-${pad((m % 12) + 1)}`;
      } else {
        const y = year + int(1, 3);
        if (y <= LAST_YEAR) event.end = String(y);
      }
    }
    if (rnd() < 0.3) event.summary = `Delegations met to discuss ${pick(TOPICS)}.`;
    if (rnd() < 0.4) event.location = pick(PLACES);
    events[i] = event;
  }
  return events;
}

/** Our component's input: a whole dataset. */
export function toOurs(events) {
  return {
    title: `Synthetic India–Russia relations (${events.length} events)`,
    categories: CATEGORIES,
    actors: ACTORS,
    events,
  };
}

/** First millisecond (UTC) of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export function startMs(date) {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** The millisecond after the period a date names (end of the day, month or year). */
export function endMs(date) {
  const parts = date.split('-').map(Number);
  const [y, m = 1, d = 1] = parts;
  if (parts.length === 1) return Date.UTC(y + 1, 0, 1);
  if (parts.length === 2) return Date.UTC(y, m, 1);
  return Date.UTC(y, m - 1, d + 1);
}

const DAY = 86400000;

/** Start and end of an event for libraries that take instants: a span covers its whole end period. */
function instants(event) {
  const start = startMs(event.date);
  return {start, end: event.end ? endMs(event.end) : undefined};
}

/** The data's extent in milliseconds: first start to last end. */
export function extentOf(events) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const event of events) {
    const {start, end} = instants(event);
    if (start < lo) lo = start;
    const last = end ?? start + DAY;
    if (last > hi) hi = last;
  }
  return [lo, hi];
}

/**
 * vis-timeline: items `{id, content, start, end?, group}` (ms; the page turns them into Dates
 * before the clock starts), one group per category, and the data's extent for `start`/`end`.
 */
export function toVisTimeline(events) {
  const items = events.map((event, i) => {
    const {start, end} = instants(event);
    const item = {id: i + 1, content: event.title, start, group: event.category};
    if (end !== undefined) item.end = end;
    return item;
  });
  const groups = CATEGORY_KEYS.map((id) => ({id, content: CATEGORIES[id].label}));
  return {items, groups, extent: extentOf(events)};
}

/**
 * timelines-chart: `[{group, data: [{label, data: [{timeRange: [start, end], val}]}]}]`,
 * grouped by category, one line per first non-Indian actor (or India), coloured by category.
 * It has no point events, so a single date is a one-day segment. Times are ms; the page turns
 * them into Dates before the clock starts.
 */
export function toTimelinesChart(events) {
  const groups = new Map();
  for (const event of events) {
    const {start, end} = instants(event);
    let lines = groups.get(event.category);
    if (!lines) groups.set(event.category, (lines = new Map()));
    const actor = event.actors.find((a) => a !== 'IN') ?? 'IN';
    const label = ACTORS[actor].name;
    let segments = lines.get(label);
    if (!segments) lines.set(label, (segments = []));
    segments.push({timeRange: [start, end ?? start + DAY], val: event.category});
  }
  const data = [...groups].map(([group, lines]) => ({
    group: CATEGORIES[group].label,
    data: [...lines].map(([label, data]) => ({label, data})),
  }));
  return {data, extent: extentOf(events)};
}

/** Each library's input for `n` events, as a JSON string. */
export function inputFor(lib, n, seed = DEFAULT_SEED) {
  const events = generateEvents(n, seed);
  if (lib === 'ours') return JSON.stringify(toOurs(events));
  if (lib === 'vis-timeline') return JSON.stringify(toVisTimeline(events));
  if (lib === 'timelines-chart') return JSON.stringify(toTimelinesChart(events));
  throw new Error(`unknown library ${lib}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 20);
  process.stdout.write(inputFor(process.argv[3] ?? 'ours', n) + '\n');
}
