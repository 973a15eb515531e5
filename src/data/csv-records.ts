/**
 * CSV text → records of fields (RFC 4180, read leniently): quoted fields may
 * hold delimiters, doubled quotes and line breaks; CRLF, LF and CR all end a
 * record. Each record remembers the line it starts on, for messages.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
  /** A quoted field in it was never closed: its fields are a guess. */
  broken?: boolean;
}

/** Something odd in the text, with the record (0-based) and line it is on. */
export interface CsvIssue {
  record: number;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

/** The delimiter used in the first record: the most frequent of `,`, `;` and tab (`,` on a tie). */
export function detectDelimiter(text: string): Delimiter {
  const counts = {',': 0, ';': 0, '\t': 0};
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as Delimiter]++;
  }
  const best = (['\t', ';'] as const).find(
    (d) => counts[d] > counts[','] && counts[d] >= counts[d === ';' ? '\t' : ';']
  );
  return best ?? ',';
}

/** Splits `text` into records. Never throws; odd input is reported in `issues`. */
export function parseCsvRecords(
  text: string,
  delimiter: Delimiter = ','
): {records: CsvRecord[]; issues: CsvIssue[]} {
  const records: CsvRecord[] = [];
  const issues: CsvIssue[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let broken = false;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(broken ? {fields, line: recordLine, broken} : {fields, line: recordLine});
    fields = [];
    broken = false;
    recordLine = line;
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === '') {
      // A quoted field: read to the closing quote.
      const start = i;
      const startLine = line;
      let value = '';
      let j = i + 1;
      for (; j < text.length; j++) {
        const c = text[j];
        if (c === '"' && text[j + 1] === '"') {
          value += '"';
          j++;
        } else if (c === '"') break;
        else {
          if (c === '\n' || (c === '\r' && text[j + 1] !== '\n')) line++;
          value += c;
        }
      }
      if (j >= text.length) {
        // Never closed: report it, and read on from the quote as if it were a plain character.
        issues.push({
          record: records.length,
          line: startLine,
          message: 'a quoted field is never closed; the row is left out',
          severity: 'error',
        });
        broken = true;
        line = startLine;
        field = '"';
        i = start + 1;
        continue;
      }
      field = value;
      i = j + 1;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        issues.push({
          record: records.length,
          line,
          message: 'text follows a closing quote; it is kept',
          severity: 'warning',
        });
        field += '\u0000'; // keep the field non-empty so that a later quote is literal
      }
      continue;
    }
    if (char === delimiter) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else field += char;
    i++;
  }
  if (field !== '' || fields.length) endRecord();
  for (const record of records) record.fields = record.fields.map((f) => f.replaceAll('\u0000', ''));
  return {records, issues};
}
