// The README's API lists against custom-elements.json (issue #6): every attribute, property,
// method, event, CSS part and CSS custom property of <relations-timeline> in the manifest must
// appear in the README's list of its kind, and the README must list nothing the manifest does
// not have. The lists it reads, all in the "## The element" section:
//   - the table whose first column is `attribute` (attributes, and properties in the second column);
//   - the line starting "Methods:";
//   - the table whose first column is `event`;
//   - the sentence starting "Parts:";
//   - the paragraph starting "**Styling.**" (custom properties; `--rt-cat-0` … `--rt-cat-7` is a range).
// Each list counts as a test: `tests: N passed, M failed`.
import {readFileSync} from 'node:fs';
import {createChecks} from './checks.mjs';

const TAG = 'relations-timeline';

const {check, finish} = createChecks();

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = (manifest.modules ?? [])
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.customElement && d.tagName === TAG);
if (!element) {
  check(`custom-elements.json declares <${TAG}>`, false);
  finish();
}
const publicMembers = (element.members ?? []).filter((m) => !m.privacy || m.privacy === 'public');
const fromManifest = {
  attributes: (element.attributes ?? []).map((a) => a.name),
  properties: publicMembers.filter((m) => m.kind === 'field' && !m.static).map((m) => m.name),
  methods: publicMembers.filter((m) => m.kind === 'method' && !m.static).map((m) => m.name),
  events: (element.events ?? []).map((e) => e.name).filter(Boolean),
  parts: (element.cssParts ?? []).map((p) => p.name),
  'custom properties': (element.cssProperties ?? []).map((p) => p.name),
};

// ——— the README's lists ———

const readme = readFileSync('README.md', 'utf8');
const section = /^## The element\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
const code = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** The rows of the Markdown table whose header's first cell is `header`, as arrays of cells. */
function table(header) {
  const lines = section.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\|\\s*${header}\\s*\\|`).test(l));
  if (start < 0) return null;
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
    );
  }
  return rows;
}

/** Backticked names in a piece of prose, up to the first full stop outside backticks. */
function sentence(start) {
  const at = section.indexOf(start);
  if (at < 0) return null;
  const text = section.slice(at + start.length);
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '`') inCode = !inCode;
    else if (!inCode && text[i] === '.' && /\s/.test(text[i + 1] ?? ' ')) return text.slice(0, i);
  }
  return text;
}

/** `--rt-cat-0` … `--rt-cat-7` as eight names. */
function expandRanges(text) {
  return text.replace(/`([\w-]*?)(\d+)`\s*(?:…|\.\.\.)\s*`\1(\d+)`/g, (_, prefix, from, to) =>
    Array.from({length: Number(to) - Number(from) + 1}, (__, i) => `\`${prefix}${Number(from) + i}\``).join(
      ', '
    )
  );
}

const attributeRows = table('attribute');
const eventRows = table('event');
const methods = sentence('Methods:');
const parts = sentence('Parts:');
const styling = (() => {
  const at = section.indexOf('**Styling.**');
  return at < 0 ? null : section.slice(at).split(/\n\s*\n/)[0];
})();

const fromReadme = {
  attributes: attributeRows?.flatMap((row) => code(row[0] ?? '')),
  properties: attributeRows?.flatMap((row) => code(row[1] ?? '')),
  methods: methods === null ? undefined : code(methods).map((m) => m.replace(/\(.*$/, '')),
  events: eventRows?.flatMap((row) => code(row[0] ?? '')),
  parts: parts === null ? undefined : code(parts),
  'custom properties':
    styling === null ? undefined : code(expandRanges(styling)).filter((name) => name.startsWith('--')),
};
const where = {
  attributes: 'the table headed `attribute`',
  properties: 'the `property` column of the table headed `attribute`',
  methods: 'the line starting "Methods:"',
  events: 'the table headed `event`',
  parts: 'the sentence starting "Parts:"',
  'custom properties': 'the paragraph starting "**Styling.**"',
};

check('README.md has a "## The element" section', section.length > 0);
for (const kind of Object.keys(fromManifest)) {
  const listed = fromReadme[kind];
  if (!listed) {
    check(`README lists the ${kind}`, false, `no ${where[kind]} in "## The element"`);
    continue;
  }
  const missing = fromManifest[kind].filter((name) => !listed.includes(name));
  const extra = listed.filter((name) => !fromManifest[kind].includes(name));
  check(
    `README lists every one of the ${fromManifest[kind].length} ${kind} in the manifest, and no other`,
    missing.length === 0 && extra.length === 0,
    [
      missing.length ? `missing from ${where[kind]}: ${missing.join(', ')}` : '',
      extra.length ? `not in custom-elements.json: ${extra.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ')
  );
}
finish();
