/**
 * CSV with a header row → a dataset (SPEC §2, "also accepted"): a sheet with
 * columns named as the event fields (`date, end, title, summary, …`), or the
 * TimelineJS Google Sheets template (`Year, Month, Day, …, Headline, Text,
 * Media, …`), told apart by the header. Comma, semicolon and tab separated
 * files are recognised. Problems carry `rows[n].Column` paths and say the line.
 */
import {finishConversion, type Conversion, type Origins} from './conversion.js';
import {isEventColumn, missingColumns, readEventRows} from './csv-columns.js';
import {detectDelimiter, parseCsvRecords} from './csv-records.js';
import {columnKey, readTable, warnUnknownColumns} from './csv-table.js';
import {isTemplateColumn, isTemplateHeader, readTemplateRows} from './csv-template.js';
import {ProblemList} from './read-fields.js';
import {mayBeCSV} from './text-format.js';

/**
 * Could `text` be CSV with a header row? Its first line names at least one
 * known column, or is split into several fields by `,`, `;` or tab.
 */
export function looksLikeCSV(text: string): boolean {
  if (!mayBeCSV(text)) return false;
  const source = text.replace(/^\uFEFF/, '').replace(/^\s*\n/, '');
  const delimiter = detectDelimiter(source);
  const firstLine = parseCsvRecords(source.split(/\r\n|\r|\n/, 1)[0] ?? '', delimiter).records[0];
  const keys = (firstLine?.fields ?? []).map(columnKey);
  return keys.length > 1 || keys.some((key) => isEventColumn(key) || isTemplateColumn(key));
}

/**
 * Converts CSV text (a leading byte-order mark, CRLF or LF line ends) to a
 * dataset. Blank rows are skipped. Never throws.
 */
export function fromCSV(text: string): Conversion {
  const problems = new ProblemList();
  const source = text.replace(/^\uFEFF/, '');
  const {records, issues} = parseCsvRecords(source, detectDelimiter(source));
  for (const {record, line, message, severity} of issues) {
    problems[severity === 'error' ? 'error' : 'warn'](`rows[${record}]`, `line ${line}: ${message}`);
  }
  // The header decides whether the rest is worth reporting on: a file that is not a timeline gets one error.
  const tableProblems = new ProblemList();
  const table = readTable(records, tableProblems);
  if (!table) return {data: {events: []}, problems: [...problems.items, ...tableProblems.items]};
  const template = isTemplateHeader(new Set(table.columns.keys()));
  const missing = template ? undefined : missingColumns(table.columns);
  if (missing) {
    problems.error(`rows[${table.headerIndex}]`, `line ${table.headerLine}: ${missing}`);
    return {data: {events: []}, problems: problems.items};
  }
  problems.items.push(...tableProblems.items);
  const origins: Origins = new Map();
  if (template) {
    warnUnknownColumns(table, isTemplateColumn, problems);
    return finishConversion(readTemplateRows(table, origins, problems), origins, problems);
  }
  warnUnknownColumns(table, isEventColumn, problems);
  return finishConversion({events: readEventRows(table, origins)}, origins, problems);
}
