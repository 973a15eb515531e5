/**
 * Links from data are untrusted. Only web and mail addresses may reach the
 * DOM: `javascript:`, `data:` and the like are refused. The URL is resolved
 * as the browser would (tabs, newlines and leading spaces stripped) so that
 * tricks such as `java\tscript:` are caught too.
 */

const BASE = 'https://relative.invalid/';

/** The protocols a link may use. */
export type LinkKind = 'web' | 'web-or-mail';

/** The trimmed URL when it is safe to put in `href`/`src`, otherwise `undefined`. */
export function safeUrl(text: string, kind: LinkKind): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, BASE);
  } catch {
    return undefined;
  }
  const allowed = kind === 'web' ? ['http:', 'https:'] : ['http:', 'https:', 'mailto:'];
  return allowed.includes(url.protocol) ? trimmed : undefined;
}
