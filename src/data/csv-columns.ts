/**
 * CSV rows with columns named as the SPEC §2 fields → draft events. Cells are
 * passed on as written and checked by `parseTimeline`, like JSON; only what a
 * cell cannot say is converted here: `actors` and `tags` are `;`-separated,
 * numbers are numbers, and sources come from `source` + `source_url` pairs
 * (`source2` + `source2_url`, …) or a `sources` cell of `;`-separated links.
 */
import type {TimelineEvent, TimelineSource} from '../types.js';
import type {Origins} from './conversion.js';
import type {CsvRow, CsvTable} from './csv-table.js';

const TEXT_FIELDS = ['date', 'end', 'title', 'summary', 'id', 'category', 'location', 'series'] as const;
const LIST_FIELDS = ['actors', 'tags'] as const;
const NUMBER_FIELDS = {importance: 'importance', seriesnumber: 'seriesNumber'} as const;
const SOURCE = /^source(\d*)(url)?$/;
const OTHER = new Set(['sources', 'image', 'imageurl', 'imagealt', 'imagecredit']);

/** Is `key` a column this mapper reads? */
export function isEventColumn(key: string): boolean {
  return (
    (TEXT_FIELDS as readonly string[]).includes(key) ||
    (LIST_FIELDS as readonly string[]).includes(key) ||
    Object.hasOwn(NUMBER_FIELDS, key) ||
    SOURCE.test(key) ||
    OTHER.has(key)
  );
}

const splitList = (text: string) =>
  text
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/** The `source…` column pairs in the header, in order: `['', '2', '3']`. */
function sourceNumbers(table: CsvTable): string[] {
  const numbers = new Set<string>();
  for (const key of table.columns.keys()) {
    const match = SOURCE.exec(key);
    if (match) numbers.add(match[1] ?? '');
  }
  return [...numbers].sort((a, b) => Number(a || 1) - Number(b || 1));
}

/** Sources of one row, and the column each came from (for problem paths). */
function readSources(
  row: CsvRow,
  numbers: string[],
  column: (key: string) => string,
  fields: Record<string, string>
): TimelineSource[] {
  const sources: Partial<TimelineSource>[] = [];
  for (const n of numbers) {
    const title = row.cell(`source${n}`).value;
    const url = row.cell(`source${n}url`).value;
    if (!title && !url) continue;
    const at = `sources[${sources.length}]`;
    fields[at] = column(`source${n}${title ? '' : 'url'}`);
    fields[`${at}.title`] = column(`source${n}`);
    fields[`${at}.url`] = column(`source${n}url`);
    sources.push({...(title ? {title} : {}), ...(url ? {url} : {})});
  }
  for (const url of splitList(row.cell('sources').value)) {
    fields[`sources[${sources.length}]`] = column('sources');
    sources.push({url});
  }
  return sources as TimelineSource[];
}

/**
 * The error for a header without the required `date` and `title` columns,
 * or `undefined` when it has them.
 */
export function missingColumns(columns: ReadonlyMap<string, string>): string | undefined {
  const missing = ['date', 'title'].filter((key) => !columns.has(key));
  if (!missing.length) return undefined;
  const names = [...columns.values()].map((name) => JSON.stringify(name));
  const found = names.length > 8 ? `${names.slice(0, 8).join(', ')}, …` : names.join(', ') || 'none';
  return `the header needs ${missing.map((k) => `a "${k}" column`).join(' and ')} (columns found: ${found})`;
}

/** Draft events for `table` (records where each came from in `origins`). */
export function readEventRows(table: CsvTable, origins: Origins): TimelineEvent[] {
  const numbers = sourceNumbers(table);
  const column = (key: string) => table.columns.get(key) ?? key;
  const events: TimelineEvent[] = [];
  for (const row of table.rows) {
    const fields: Record<string, string> = {};
    const draft: Record<string, unknown> = {};
    for (const key of TEXT_FIELDS) {
      fields[key] = column(key);
      const value = row.cell(key).value;
      if (value) draft[key] = value;
    }
    for (const key of LIST_FIELDS) {
      fields[key] = column(key);
      const items = splitList(row.cell(key).value);
      if (items.length) draft[key] = items;
    }
    for (const [key, name] of Object.entries(NUMBER_FIELDS)) {
      fields[name] = column(key);
      const value = row.cell(key).value;
      if (value) draft[name] = /^\d+$/.test(value) ? Number(value) : value;
    }
    const sources = readSources(row, numbers, column, fields);
    if (sources.length) draft.sources = sources;
    const image = row.cell('image').value || row.cell('imageurl').value;
    const alt = row.cell('imagealt').value;
    const credit = row.cell('imagecredit').value;
    if (image || alt || credit) {
      const imageColumn = column(row.cell('image').value ? 'image' : 'imageurl');
      Object.assign(fields, {image: imageColumn, 'image.url': imageColumn, 'image.alt': column('imagealt')});
      fields['image.credit'] = column('imagecredit');
      draft.image = {...(image ? {url: image} : {}), ...(alt ? {alt} : {}), ...(credit ? {credit} : {})};
    }
    origins.set(`events[${events.length}]`, {path: `rows[${row.index}]`, note: row.note, fields});
    events.push(draft as unknown as TimelineEvent);
  }
  return events;
}
