/**
 * Whitespace minification of the static parts of Lit templates (`html`, `svg`
 * and `css` tagged templates), for the build only (see `minify-literals.ts`).
 *
 * Each function takes a template's static parts as written in the source (the
 * raw text between the backticks and `${…}`), and returns as many parts, with
 * only whitespace and comments taken out. The rules are conservative: where a
 * change could be seen (text between inline elements, white space inside
 * `<pre>` or an SVG `<text>`, attribute values, CSS strings) nothing changes.
 * Anything unexpected (a tag or comment left open, a quote left open, `<` right
 * before a binding) returns the parts unchanged.
 *
 * Pure string code without imports, so that the browser tests can check it.
 */

/** Stands for a binding (`${…}`) while the parts are processed as one text. */
const HOLE = '\uE000';
/** White space as HTML and CSS define it (not `\s`: a no-break space is text). */
const SPACE = /[ \t\n\r\f]/;
const SPACES = /[ \t\n\r\f]+/g;

const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);

/** Splits the processed text back into parts; `undefined` when a binding was lost (never expected). */
function split(text: string, count: number): string[] | undefined {
  const parts = text.split(HOLE);
  return parts.length === count ? parts : undefined;
}

// ——— CSS ———

/** After these (and before them) white space never matters in CSS. */
const CSS_TIGHT = new Set(['{', '}', ';', ',']);

/**
 * CSS: comments out, white space runs collapsed to one space, and no space
 * next to `{ } ; ,` or after `:`. (Space before `:` stays: `.a :hover` is not
 * `.a:hover`.) The `;` before `}` goes. A part that ends with `;` keeps it, so
 * a fragment of declarations (`css` tokens interpolated into a rule) still
 * ends with one. Strings, `url(…)` and escapes are kept as they are.
 */
export function minifyCss(parts: readonly string[]): readonly string[] {
  const text = parts.join(HOLE);
  if (parts.some((part) => part.includes(HOLE))) return parts;
  let out = '';
  let pendingSpace = false;
  const flushSpace = (next: string) => {
    if (!pendingSpace) return;
    pendingSpace = false;
    const previous = out.at(-1);
    if (previous === undefined || CSS_TIGHT.has(previous) || previous === ':') return;
    if (CSS_TIGHT.has(next)) return;
    out += ' ';
  };
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (isSpace(c)) {
      pendingSpace = true;
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return parts;
      const comment = text.slice(i, end + 2);
      if (comment.includes(HOLE)) {
        flushSpace(c);
        out += comment;
      } else {
        pendingSpace = true; // a comment separates tokens like a space
      }
      i = end + 2;
      continue;
    }
    // Kept verbatim: strings, `url(…)` (unquoted addresses may hold spaces and `;`), escapes.
    let verbatim: string | undefined;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return parts;
      verbatim = text.slice(i, j + 1);
    } else if (/^url\(/i.test(text.slice(i, i + 4))) {
      const end = text.indexOf(')', i);
      if (end < 0) return parts;
      verbatim = text.slice(i, end + 1);
    } else if (c === '\\') {
      verbatim = text.slice(i, i + 2);
    }
    flushSpace(c);
    if (verbatim !== undefined) {
      out += verbatim;
      i += verbatim.length;
      continue;
    }
    if (c === '}' && out.at(-1) === ';') out = out.slice(0, -1);
    out += c;
    i++;
  }
  return split(out, parts.length) ?? parts;
}

// ——— HTML and SVG ———

/**
 * Elements that start and end a line of their own (display: block, list-item,
 * table parts) or are not rendered: white space next to their tags is never
 * seen. (The stylesheet makes none of them inline.)
 */
const BLOCK = new Set(
  (
    'address article aside blockquote body br caption col colgroup dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li link main menu ' +
    'meta nav ol optgroup option p script section style summary table tbody td template tfoot th thead ' +
    'title tr ul'
  ).split(' ')
);
/** Elements without an end tag. */
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** White space inside these is kept exactly: preformatted text, raw text, SVG text content. */
const PRESERVE = new Set([
  'pre',
  'textarea',
  'script',
  'style',
  'text',
  'tspan',
  'textPath',
  'title',
  'desc',
]);
/** HTML elements whose content is raw text, read up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea']);

type Token =
  | {type: 'text'; value: string}
  | {type: 'hole'}
  | {type: 'comment'; value: string}
  | {type: 'tag'; value: string; name: string; closing: boolean; selfClosing: boolean};

/** The template as tokens; `undefined` for anything this minifier does not expect. */
function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let textStart = 0;
  const endText = (at: number) => {
    if (at > textStart) tokens.push({type: 'text', value: text.slice(textStart, at)});
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === HOLE) {
      endText(i);
      tokens.push({type: 'hole'});
      textStart = ++i;
      continue;
    }
    if (c === '\\') {
      i += 2; // an escape in the source text: never white space
      continue;
    }
    if (c !== '<') {
      i++;
      continue;
    }
    const next = text[i + 1];
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return undefined;
      endText(i);
      tokens.push({type: 'comment', value: text.slice(i, end + 3)});
      textStart = i = end + 3;
      continue;
    }
    if (next === HOLE) return undefined; // `<${…}`: not something Lit allows; leave the template alone
    if (!next || !/[A-Za-z/]/.test(next)) {
      i++; // a `<` in text
      continue;
    }
    // A tag: up to the `>` outside quotes.
    let j = i + 1;
    let quote: string | undefined;
    for (; j < text.length; j++) {
      const d = text[j];
      if (quote) {
        if (d === quote) quote = undefined;
      } else if (d === '"' || d === "'") {
        quote = d;
      } else if (d === '>') {
        break;
      }
    }
    if (j >= text.length) return undefined;
    const value = text.slice(i, j + 1);
    const match = /^<(\/?)([A-Za-z][^ \t\n\r\f/>\uE000]*)/.exec(value);
    if (!match) return undefined;
    endText(i);
    const name = match[2]!;
    tokens.push({type: 'tag', value, name, closing: match[1] === '/', selfClosing: value.endsWith('/>')});
    textStart = i = j + 1;
    if (match[1] !== '/' && RAW_TEXT.has(name.toLowerCase())) {
      const end = text.toLowerCase().indexOf(`</${name.toLowerCase()}`, i);
      if (end < 0) return undefined;
      i = end; // the content stays one text token, kept as it is (PRESERVE)
    }
  }
  endText(text.length);
  return tokens;
}

/** A tag with its white space collapsed: one space between attributes, none before `>`. */
function minifyTag(tag: string): string {
  let out = '';
  let quote: string | undefined;
  let space = false;
  for (let i = 0; i < tag.length; i++) {
    const c = tag[i]!;
    if (quote) {
      out += c;
      if (c === quote) quote = undefined;
      continue;
    }
    if (isSpace(c)) {
      space = true;
      continue;
    }
    // Before `>` the space goes; before `/>` it stays (`d=${…} />`: an unquoted value would take the `/`).
    if (space && c !== '>') out += ' ';
    space = false;
    if (c === '"' || c === "'") quote = c;
    out += c;
  }
  return out;
}

/** What is next to a run of white space. */
type Side = {type: 'edge'} | {type: 'hole'} | {type: 'text'} | {type: 'tag'; name: string};

const isBlockSide = (side: Side): boolean => side.type === 'tag' && BLOCK.has(side.name.toLowerCase());

/**
 * HTML (`kind: 'html'`) or SVG (`kind: 'svg'`, or inside `<svg>`):
 * - inside tags, white space between attributes becomes one space, and goes before `>`;
 * - comments go (unless a binding is in one);
 * - in text, a run of white space with a line break becomes one space, which renders the same
 *   (runs without a line break stay as written);
 * - a run of only white space between tags and bindings goes entirely where it is never rendered:
 *   in SVG outside text elements, and in HTML next to a block-level tag (`<div>`, `<li>`, `<p>`…);
 *   elsewhere (between inline elements, next to a binding that may be text) it stays one space;
 * - inside `<pre>`, `<textarea>`, `<script>`, `<style>` and SVG `<text>`, `<title>`… nothing changes.
 */
export function minifyHtml(kind: 'html' | 'svg', parts: readonly string[]): readonly string[] {
  if (parts.some((part) => part.includes(HOLE))) return parts;
  const tokens = tokenize(parts.join(HOLE));
  if (!tokens) return parts;
  // Comments out first, so that the white space around one becomes one run.
  const merged: Token[] = [];
  for (const token of tokens) {
    if (token.type === 'comment' && !token.value.includes(HOLE)) continue;
    const last = merged.at(-1);
    if (token.type === 'text' && last?.type === 'text') last.value += token.value;
    else merged.push(token.type === 'text' ? {...token} : token);
  }

  const stack: string[] = [];
  const inSvg = (): boolean => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i] === 'svg') return true;
      if (stack[i] === 'foreignObject') return false;
    }
    return kind === 'svg';
  };
  const preserved = (): boolean => stack.some((name) => PRESERVE.has(name));
  const side = (token: Token | undefined): Side =>
    !token
      ? {type: 'edge'}
      : token.type === 'tag'
        ? {type: 'tag', name: token.name}
        : token.type === 'hole'
          ? {type: 'hole'}
          : {type: 'text'};

  let out = '';
  merged.forEach((token, index) => {
    if (token.type === 'hole') {
      out += HOLE;
      return;
    }
    if (token.type === 'comment') {
      out += token.value;
      return;
    }
    if (token.type === 'tag') {
      out += minifyTag(token.value);
      if (token.closing) {
        const open = stack.lastIndexOf(token.name);
        if (open >= 0) stack.length = open;
      } else if (!token.selfClosing && !VOID.has(token.name.toLowerCase())) {
        stack.push(token.name);
      }
      return;
    }
    const value = token.value;
    if (preserved()) {
      out += value;
      return;
    }
    const before = side(merged[index - 1]);
    const after = side(merged[index + 1]);
    if (!/[^ \t\n\r\f]/.test(value)) {
      // Only white space, between tags, bindings and the template's ends.
      if (!/[\n\r]/.test(value)) out += value;
      else if (!(inSvg() || isBlockSide(before) || isBlockSide(after))) out += ' ';
      return;
    }
    out += value.replace(SPACES, (run, at: number) => {
      if (!/[\n\r]/.test(run)) return run;
      // Leading white space after a block-level tag, or trailing before one, is never rendered.
      if (at === 0 && isBlockSide(before)) return '';
      if (at + run.length === value.length && isBlockSide(after)) return '';
      return ' ';
    });
  });
  return split(out, parts.length) ?? parts;
}

/** Minifies the static parts of a `html`, `svg` or `css` template. */
export function minifyTemplate(kind: 'html' | 'svg' | 'css', parts: readonly string[]): readonly string[] {
  return kind === 'css' ? minifyCss(parts) : minifyHtml(kind, parts);
}
