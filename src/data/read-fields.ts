/**
 * Small readers for untrusted JSON fields. Each returns the value when it has
 * the right type and otherwise records a problem at its path, so callers read
 * like a list of fields rather than a list of checks.
 */
import type {TimelineProblem} from '../types.js';

/** Collects problems while a dataset is read. */
export class ProblemList {
  readonly items: TimelineProblem[] = [];
  error(path: string, message: string): void {
    this.items.push({path, message, severity: 'error'});
  }
  warn(path: string, message: string): void {
    this.items.push({path, message, severity: 'warning'});
  }
}

export type Fields = Readonly<Record<string, unknown>>;

/** Is this a plain JSON object (not an array, not null)? */
export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe description of a value for messages: `"2021-13-01"`, `a number (42)`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(text);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `a boolean (${value})`;
  if (value === undefined) return 'undefined';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Own keys of `fields` that are not in `known`, each reported as a warning. */
export function warnUnknownFields(
  fields: Fields,
  known: ReadonlySet<string>,
  path: string,
  problems: ProblemList
): void {
  // `for…in` with an own-key check lists the keys of `Object.keys`, in the same order, without building an array.
  for (const key in fields) {
    if (known.has(key) || !Object.hasOwn(fields, key)) continue;
    problems.warn(path ? `${path}.${key}` : key, `unknown field ${JSON.stringify(key)} is ignored`);
  }
}

/**
 * `text.trim()`, skipping the call for the usual text that begins and ends
 * with a visible ASCII character (none of them is white space): reading an
 * event trims half a dozen strings, and the calls showed in profiles.
 */
export function trimText(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

/** Where `key` of the fields at `path` is, for messages (`events[3].title`; `title` at the top level). */
function fieldPath(path: string, key: string): string {
  return `${path}.${key}`.replace(/^\./, '');
}

/**
 * A trimmed, non-empty string, or `undefined`. A missing required field or a
 * wrong type is an error when `required`, otherwise a warning.
 */
export function readText(
  fields: Fields,
  key: string,
  path: string,
  problems: ProblemList,
  required = false
): string | undefined {
  const value = fields[key];
  // Most fields are valid text: read them without building the field's path, which only messages need.
  if (typeof value === 'string') {
    const text = trimText(value);
    if (text !== '') return text;
  } else if (value === undefined || value === null) {
    if (required) problems.error(fieldPath(path, key), 'is required');
    return undefined;
  } else if (typeof value !== 'number') {
    const message = `expected text, got ${describe(value)}`;
    if (required) problems.error(fieldPath(path, key), message);
    else problems.warn(fieldPath(path, key), message);
    return undefined;
  } else {
    const text = String(value).trim();
    if (text !== '') return text;
  }
  if (required) problems.error(fieldPath(path, key), 'is empty');
  return undefined;
}

/** An array of non-empty strings; wrong items are warned about and skipped. A lone string is read as `[string]`. */
export function readTextList(fields: Fields, key: string, path: string, problems: ProblemList): string[] {
  const value = fields[key];
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    const text = value.trim();
    return text ? [text] : [];
  }
  if (!Array.isArray(value)) {
    problems.warn(`${path}.${key}`, `expected a list of text, got ${describe(value)}`);
    return [];
  }
  // Usually every item is clean text already: one exact-size copy, where pushing item by item over-allocates.
  let clean = true;
  for (let i = 0; clean && i < value.length; i++) {
    const item: unknown = value[i];
    clean = typeof item === 'string' && item !== '' && trimText(item) === item;
  }
  if (clean) return value.slice() as string[];
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const text = typeof item === 'string' ? item.trim() : '';
    if (text) out.push(text);
    else if (item !== undefined || i in value) {
      // (A hole in a sparse array is skipped without a word, as forEach would.)
      problems.warn(`${path}.${key}[${i}]`, `expected text, got ${describe(item)}`);
    }
  }
  return out;
}

const COLOR =
  /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\([0-9.,%/\s+-]+\))$/i;

/** A CSS colour written in a plain form (hex, a name or a colour function of numbers). */
export function readColor(
  fields: Fields,
  key: string,
  path: string,
  problems: ProblemList
): string | undefined {
  const text = readText(fields, key, path, problems);
  if (text === undefined) return undefined;
  if (COLOR.test(text)) return text;
  problems.warn(`${path}.${key}`, `${describe(text)} is not a colour (use e.g. "#1f77b4")`);
  return undefined;
}
