/**
 * CSV records → a header and rows read by column name. Names match without
 * regard to case, spaces, `_` and `-` (`End Year`, `end_year` and `endyear`
 * are one column). Blank rows are skipped; rows longer or shorter than the
 * header are reported. Paths are `rows[n].Column`, where `rows[0]` is the
 * header, so that `rows[4]` is line 5 of a file without line breaks in cells.
 */
import type {CsvRecord} from './csv-records.js';
import type {ProblemList} from './read-fields.js';
import type {Cell} from './timelinejs-slide.js';

/** A column name reduced for matching: `End Year` → `endyear`. */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

export interface CsvRow {
  /** Index of the record in the file (the header is `rows[0]` when it is the first record). */
  index: number;
  line: number;
  /** `line 5: `, put before messages. */
  note: string;
  /** The cell (trimmed) under the column with this key, and its path. */
  cell(key: string): Cell & {value: string};
  /** The path of a column in this row (or of the row when the column is absent). */
  path(key: string): string;
}

export interface CsvTable {
  /** Column key → name as written. */
  columns: Map<string, string>;
  headerIndex: number;
  headerLine: number;
  rows: CsvRow[];
}

const isBlankRecord = (record: CsvRecord) => record.fields.every((field) => !field.trim());

/** Reads the first non-blank record as the header; `undefined` when there is none (reported). */
export function readTable(records: CsvRecord[], problems: ProblemList): CsvTable | undefined {
  const headerIndex = records.findIndex((record) => !isBlankRecord(record));
  const header = records[headerIndex];
  if (!header) {
    problems.error('', 'the CSV has no header row');
    return undefined;
  }
  const columns = new Map<string, string>();
  const positions = new Map<string, number>();
  header.fields.forEach((raw, position) => {
    const name = raw.trim();
    const key = columnKey(name);
    if (!key) return;
    if (positions.has(key)) {
      problems.warn(
        `rows[${headerIndex}].${name}`,
        `line ${header.line}: column ${JSON.stringify(name)} appears again; only the first is read`
      );
      return;
    }
    columns.set(key, name);
    positions.set(key, position);
  });
  const rows: CsvRow[] = [];
  records.forEach((record, index) => {
    // A row with an unclosed quote was reported when the text was split.
    if (index <= headerIndex || isBlankRecord(record) || record.broken) return;
    const note = `line ${record.line}: `;
    const at = (key: string) => `rows[${index}]${columns.has(key) ? `.${columns.get(key)}` : ''}`;
    const width = header.fields.length;
    const extra = record.fields.slice(width).some((field) => field.trim());
    if (extra || record.fields.length < width) {
      problems.warn(
        `rows[${index}]`,
        `${note}has ${record.fields.length} fields but the header has ${width}; ${
          extra ? 'the extra ones are ignored' : 'the missing ones are read as blank'
        }`
      );
    }
    rows.push({
      index,
      line: record.line,
      note,
      path: at,
      cell: (key) => {
        const position = positions.get(key);
        return {value: position === undefined ? '' : (record.fields[position] ?? '').trim(), path: at(key)};
      },
    });
  });
  return {columns, headerIndex, headerLine: header.line, rows};
}

/** Warns once for each column that is not in `known` (keys), then it is ignored. */
export function warnUnknownColumns(
  table: CsvTable,
  known: (key: string) => boolean,
  problems: ProblemList
): void {
  for (const [key, name] of table.columns) {
    if (known(key)) continue;
    problems.warn(
      `rows[${table.headerIndex}].${name}`,
      `line ${table.headerLine}: unknown column ${JSON.stringify(name)} is ignored`
    );
  }
}
