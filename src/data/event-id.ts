/**
 * Ids for events that have none, derived from what the author wrote (date and
 * title) so that they stay the same across reloads and can live in URLs
 * (`#1971-08-09-indo-soviet-treaty`).
 */

const MAX_SLUG = 48;

/** Lower-case words of letters and digits (any script) joined by hyphens. */
export function slugify(text: string): string {
  const end = writeAsciiSlug(text, 0);
  return end < 0 ? unicodeSlug(text) : fromCodes(end);
}

/**
 * `slugify` for any text: Unicode normalization and script-aware letter
 * classes (exported for the tests that compare it with the ASCII fast path).
 */
export function unicodeSlug(text: string): string {
  // Accents come off Latin letters (é → e); other scripts keep their marks (Devanagari vowel signs are letters' parts).
  const words = text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{M}\p{N}]+/gu);
  let slug = '';
  for (const word of words ?? []) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || (words?.[0] ?? '').slice(0, MAX_SLUG);
}

/**
 * Character codes of the slug (or id) being built. Plain ASCII titles, the
 * usual case, are slugged code by code into this array and turned into one
 * string at the end: for 100,000 events, normalizing, replacing and joining
 * pieces of strings took several times longer, mostly in garbage collection.
 */
const codes: number[] = [];

function fromCodes(length: number): string {
  codes.length = length;
  return String.fromCharCode.apply(null, codes);
}

/**
 * Writes the slug of `text` into `codes` from `at` and returns where it ends,
 * or -1 when `text` is not plain ASCII. ASCII is its own normal form and its
 * only letters and digits are a–z, A–Z and 0–9, so this gives the same slug as
 * `unicodeSlug`.
 */
function writeAsciiSlug(text: string, at: number): number {
  const limit = at + MAX_SLUG; // once `codes[limit]` is written, the slug is known to be too long
  let end = at;
  let gap = false; // a separator since the last letter or digit
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return -1;
    if (code >= 65 && code <= 90) code += 32; // A–Z → a–z
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) {
      gap = true;
    } else if (end <= limit) {
      if (gap && end > at) codes[end++] = 45; // -
      codes[end++] = code;
      gap = false;
    }
  }
  if (end <= limit) return end;
  // Too long: keep the whole words that fit (a word ending at the limit fits), or cut a single long first word.
  const lastBreak = codes[limit] === 45 ? limit : codes.lastIndexOf(45, limit - 1);
  return lastBreak > at ? lastBreak : limit;
}

/** `date` and `title` as one slug, e.g. `1971-08-09-indo-soviet-treaty-of-peace`. */
export function deriveEventId(date: string, title: string): string {
  // Most dates are already their own slug (`1971-08-09`), and most titles ASCII: build the id in one piece.
  // (Only for dates of a sensible length, as every valid one is: the codes become the arguments of one call.)
  if (date.length <= MAX_SLUG && isPlainDate(date)) {
    for (let i = 0; i < date.length; i++) codes[i] = date.charCodeAt(i);
    codes[date.length] = 45; // -
    const end = writeAsciiSlug(title, date.length + 1);
    if (end >= 0) return end === date.length + 1 ? date : fromCodes(end);
  }
  const datePart = dateSlug(date);
  const titlePart = slugify(title);
  return datePart && titlePart ? `${datePart}-${titlePart}` : datePart || titlePart || 'event';
}

/** The date part of an id: digits (and the `x` of unspecified ones) between single hyphens. */
function dateSlug(date: string): string {
  const trimmed = date.trim().toLowerCase();
  const digits = trimmed.replace(/[^0-9x]+/g, '-').replace(/^-+|-+$/g, '');
  return trimmed.startsWith('-') && digits ? `-${digits}` : digits; // keep the minus of BC years
}

/** Is `date` its own slug: groups of digits joined by single hyphens, as `1971-08-09` is? */
function isPlainDate(date: string): boolean {
  const last = date.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = date.charCodeAt(i);
    if (code >= 48 && code <= 57) continue; // 0–9
    if (code !== 45 || i === 0 || i === last || date.charCodeAt(i - 1) === 45) return false;
  }
  return last >= 0;
}

/**
 * Hands out ids that are unique among `taken` (the explicit ids) and each
 * other: the second `2021-summit` becomes `2021-summit-2`.
 */
export function createIdAllocator(taken: ReadonlySet<string>): (base: string) => string {
  const used = new Set(taken);
  return (base) => {
    // Adding and checking the size is one look-up where `has` then `add` were two: at 100,000 ids, it shows.
    for (let id = base, n = 2; ; id = `${base}-${n++}`) {
      const size = used.size;
      used.add(id);
      if (used.size > size) return id;
    }
  };
}
