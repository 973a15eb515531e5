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
  for (const key of Object.keys(fields)) {
    if (known.has(key)) continue;
    problems.warn(path ? `${path}.${key}` : key, `unknown field ${JSON.stringify(key)} is ignored`);
  }
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
  const at = `${path}.${key}`.replace(/^\./, '');
  if (value === undefined || value === null) {
    if (required) problems.error(at, 'is required');
    return undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    const message = `expected text, got ${describe(value)}`;
    if (required) problems.error(at, message);
    else problems.warn(at, message);
    return undefined;
  }
  const text = String(value).trim();
  if (text === '') {
    if (required) problems.error(at, 'is empty');
    return undefined;
  }
  return text;
}

/** An array of non-empty strings; wrong items are warned about and skipped. A lone string is read as `[string]`. */
export function readTextList(fields: Fields, key: string, path: string, problems: ProblemList): string[] {
  const value = fields[key];
  if (value === undefined || value === null) return [];
  const at = `${path}.${key}`;
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) {
    problems.warn(at, `expected a list of text, got ${describe(value)}`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else problems.warn(`${at}[${i}]`, `expected text, got ${describe(item)}`);
  });
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
