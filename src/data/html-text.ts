/**
 * HTML from other tools (TimelineJS slides, spreadsheet cells) → plain text,
 * without the DOM. Tags are dropped, `<script>`/`<style>` with their content,
 * entities decoded once; the result is only ever used as text, so whatever
 * survives is inert. Links (`<a href>` and Markdown `[text](url)`) are
 * returned for the caller to check and keep as sources.
 */

/** A link found in the text, as written (the caller decides whether it is safe). */
export interface TextLink {
  href: string;
  text: string;
}

/** The plain text (paragraphs separated by a blank line) and the links in it. */
export interface PlainText {
  text: string;
  links: TextLink[];
}

const BREAK = '\u2029'; // paragraph separator, used internally between blocks
const BLOCK_TAGS = new Set(
  'p br div li ul ol dl dt dd blockquote h1 h2 h3 h4 h5 h6 hr pre table tr section article header footer figure figcaption aside'.split(
    ' '
  )
);
const SKIP_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'noscript', 'textarea', 'title']);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  copy: '©',
};
const SPACE_TAGS = new Set(['td', 'th', 'img']);
const TAG = /<(\/?)([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/iy;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
// No `[` inside the text: each failed attempt stops at the next `[`, so a line of brackets stays linear.
const MARKDOWN_LINK = /\[([^[\]\n]+)\]\(\s*([^\s()]+)\s*\)/g;

/** Decodes `&amp;`, `&lt;`, `&#39;`, `&#x2014;` and the like in one pass (so `&amp;lt;` stays `&lt;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** Collapses white space inside paragraphs and joins them with blank lines. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[^\S\n]*\n\s*/g, BREAK) // a blank line in the source is a paragraph break too
    .split(BREAK)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Plain text with its Markdown links replaced by their text. */
function textRun(raw: string, links: TextLink[]): string {
  return decodeEntities(raw).replace(MARKDOWN_LINK, (_, text: string, href: string) => {
    links.push({href, text: tidy(text)});
    return text;
  });
}

/** Converts `html` to plain text; `<p>`, `<br>` and other blocks become paragraph breaks. */
export function htmlToText(html: string): PlainText {
  const out: string[] = [];
  const links: TextLink[] = [];
  let open: {href: string; from: number} | undefined;
  const closeLink = () => {
    if (open) links.push({href: open.href, text: tidy(out.slice(open.from).join(''))});
    open = undefined;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(textRun(html.slice(i), links));
      break;
    }
    out.push(textRun(html.slice(i, lt), links));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      // `<!doctype>`, `<?xml?>` and unterminated tags are dropped; a lone `<` is text.
      const markup = /[!?/a-z]/i.test(html[lt + 1] ?? '');
      const end = html.indexOf('>', lt);
      if (markup) i = end === -1 ? html.length : end + 1;
      else {
        out.push('<');
        i = lt + 1;
      }
      continue;
    }
    const [whole, slash, rawName = '', attributes = ''] = tag;
    const name = rawName.toLowerCase();
    i = lt + whole.length;
    if (!slash && SKIP_CONTENT.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'i').exec(html.slice(i));
      i = close ? i + close.index + close[0].length : html.length;
      out.push(' ');
    } else if (name === 'a') {
      closeLink();
      const href = slash ? undefined : HREF.exec(attributes);
      if (href) open = {href: decodeEntities(href[1] ?? href[2] ?? href[3] ?? '').trim(), from: out.length};
    } else {
      out.push(BLOCK_TAGS.has(name) ? BREAK : SPACE_TAGS.has(name) ? ' ' : '');
    }
  }
  closeLink();
  return {text: tidy(out.join('')), links: links.filter((link) => link.href)};
}

/** Plain text on one line (for headlines): paragraph breaks become spaces. */
export function htmlToLine(html: string): PlainText {
  const {text, links} = htmlToText(html);
  return {text: text.replace(/\s+/g, ' '), links};
}
