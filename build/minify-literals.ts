/**
 * A Vite (Rollup) build plugin that minifies the static parts of Lit's
 * `html`, `svg` and `css` tagged templates in our sources: the stylesheet
 * loses its indentation and comments, and templates their indentation
 * (rules in `minify-template.ts`). Terser and esbuild never touch the inside
 * of a template literal, so without this the bundle would ship every space.
 *
 * It runs after Vite has compiled TypeScript to JavaScript, finds the tagged
 * templates with Rollup's parser (only tags imported from `lit` or
 * `lit-html`, under any local name), and rewrites the parts with
 * magic-string, so that source maps stay exact. Only for `vite build`: the
 * dev server and the tests (web-test-runner) run the sources as written.
 */
import MagicString from 'magic-string';
import type {Plugin} from 'vite';
import {minifyTemplate} from './minify-template.js';

const LIT_MODULES = new Set(['lit', 'lit-html']);
const TAGS = new Set(['html', 'svg', 'css']);

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
interface TemplateElement extends Node {
  value: {raw: string};
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit);
    } else if (isNode(value)) {
      walk(value, visit);
    }
  }
}

/** Local names of `html`, `svg` and `css` imported from Lit in this module: local → tag. */
function litTags(program: Node): Map<string, 'html' | 'svg' | 'css'> {
  const tags = new Map<string, 'html' | 'svg' | 'css'>();
  for (const statement of program.body as Node[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    if (!LIT_MODULES.has((statement.source as {value: string}).value)) continue;
    for (const specifier of statement.specifiers as Node[]) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported as {name?: string; value?: string};
      const name = imported.name ?? imported.value ?? '';
      if (TAGS.has(name)) tags.set((specifier.local as {name: string}).name, name as 'html' | 'svg' | 'css');
    }
  }
  return tags;
}

export interface MinifyLiteralsOptions {
  /** Which modules to minify (by id); default: TypeScript and JavaScript outside node_modules. */
  include?: (id: string) => boolean;
}

export function minifyLiterals(options: MinifyLiteralsOptions = {}): Plugin {
  const include =
    options.include ?? ((id: string) => /\.[cm]?[jt]s$/.test(id) && !id.includes('/node_modules/'));
  return {
    name: 'relations-timeline:minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!include(id) || !/\b(html|svg|css)\s*`|from\s*['"]lit/.test(code)) return null;
      const program = this.parse(code) as unknown as Node;
      const tags = litTags(program);
      if (!tags.size) return null;
      const s = new MagicString(code);
      walk(program, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & {name?: string};
        const kind = tag.type === 'Identifier' ? tags.get(tag.name ?? '') : undefined;
        if (!kind) return;
        const quasis = (node.quasi as {quasis: TemplateElement[]}).quasis;
        const raws = quasis.map((q) => code.slice(q.start, q.end));
        // The parser's positions must cover exactly the raw text; if not, leave the template alone.
        if (raws.some((raw, i) => raw !== quasis[i]!.value.raw)) return;
        const minified = minifyTemplate(kind, raws);
        quasis.forEach((q, i) => {
          const text = minified[i]!;
          if (text === raws[i]) return;
          if (text) s.overwrite(q.start, q.end, text);
          else s.remove(q.start, q.end);
        });
      });
      if (!s.hasChanged()) return null;
      return {code: s.toString(), map: s.generateMap({hires: 'boundary', source: id, includeContent: true})};
    },
  };
}
