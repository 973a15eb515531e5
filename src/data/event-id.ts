/**
 * Ids for events that have none, derived from what the author wrote (date and
 * title) so that they stay the same across reloads and can live in URLs
 * (`#1971-08-09-indo-soviet-treaty`).
 */

const MAX_SLUG = 48;

/** Lower-case words of letters and digits (any script) joined by hyphens. */
export function slugify(text: string): string {
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

/** `date` and `title` as one slug, e.g. `1971-08-09-indo-soviet-treaty-of-peace`. */
export function deriveEventId(date: string, title: string): string {
  const trimmed = date.trim().toLowerCase();
  const digits = trimmed.replace(/[^0-9x]+/g, '-').replace(/^-+|-+$/g, '');
  const datePart = trimmed.startsWith('-') && digits ? `-${digits}` : digits; // keep the minus of BC years
  return [datePart, slugify(title)].filter(Boolean).join('-') || 'event';
}

/**
 * Hands out ids that are unique among `taken` (the explicit ids) and each
 * other: the second `2021-summit` becomes `2021-summit-2`.
 */
export function createIdAllocator(taken: ReadonlySet<string>): (base: string) => string {
  const used = new Set(taken);
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
