// The Custom Elements Manifest against the code (issue #6): fails when the
// committed custom-elements.json is stale (regenerated to a temporary folder
// and compared), or when it misses, or has no description for, anything the
// element declares: its attributes and properties (`@property`), public
// methods, events (`@fires`, and every event class the element dispatches),
// CSS parts (`@csspart`) and custom properties (`@cssprop`). Parts used in
// templates and custom properties set in the styles but not documented are
// reported as warnings. Each check counts as a test: `tests: N passed, M failed`.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import ts from 'typescript';
import {createChecks} from './checks.mjs';

const ELEMENT = 'src/relations-timeline.element.ts';
const TAG = 'relations-timeline';

/** The public API of issue #6, required even if a JSDoc tag or decorator went missing. */
const REQUIRED = {
  attributes: ['src', 'lanes', 'start', 'end', 'selected', 'theme', 'lang', 'heading'],
  properties: [
    'src',
    'lanes',
    'start',
    'end',
    'selected',
    'theme',
    'lang',
    'heading',
    'data',
    'events',
    'strings',
  ],
  methods: ['select', 'next', 'previous', 'zoomTo', 'fit'],
  events: ['timeline-load', 'timeline-error', 'timeline-select', 'timeline-rangechange'],
};

const {check, finish} = createChecks();
const warnings = [];

const hasText = (value) => typeof value === 'string' && value.trim().length > 0;

// ——— 1. The committed manifest is what the analyzer makes now ———

const committedText = readFileSync('custom-elements.json', 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  execFileSync(
    'npx',
    [
      'cem',
      'analyze',
      '--litelement',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--quiet',
      // The analyzer joins outdir to the working directory.
      '--outdir',
      relative(process.cwd(), scratch),
    ],
    {stdio: ['ignore', 'ignore', 'inherit']}
  );
  const fresh = readFileSync(join(scratch, 'custom-elements.json'), 'utf8');
  check(
    'custom-elements.json is up to date',
    fresh === committedText,
    'it differs from what `cem analyze` makes from the sources now: run `npm run analyze` and commit it'
  );
} finally {
  rmSync(scratch, {recursive: true, force: true});
}

// ——— 2. What the element's source declares ———

const source = ts.createSourceFile(ELEMENT, readFileSync(ELEMENT, 'utf8'), ts.ScriptTarget.Latest, true);
const elementClass = source.statements.find(
  (s) => ts.isClassDeclaration(s) && s.name?.text === 'RelationsTimeline'
);
if (!elementClass) throw new Error(`no class RelationsTimeline in ${ELEMENT}`);

const classTags = ts.getJSDocTags(elementClass);
const tagText = (tag) =>
  typeof tag.comment === 'string' ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? '');
/** `@csspart name - text`, `@cssprop [--name=default] - text`, `@fires {Type} name - text`. */
function tagNames(kinds) {
  return classTags
    .filter((tag) => kinds.includes(tag.tagName.text))
    .map((tag) => {
      const text = tagText(tag).replace(/^\{[^}]*\}\s*/, '');
      const match = /^\[?([^\s=\]]+)/.exec(text);
      return match?.[1];
    })
    .filter(Boolean);
}

const isPrivate = (member) =>
  (member.name && ts.isPrivateIdentifier(member.name)) ||
  ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);
const decorator = (member, name) =>
  ts
    .getDecorators?.(member)
    ?.find((d) => ts.isCallExpression(d.expression) && d.expression.expression.getText() === name);

const declared = {attributes: [], properties: [], methods: [], events: [], parts: [], cssProperties: []};
for (const member of elementClass.members) {
  if (isPrivate(member) || !member.name || !ts.isIdentifier(member.name)) continue;
  const name = member.name.text;
  const property = decorator(member, 'property');
  if (ts.isPropertyDeclaration(member) && property) {
    declared.properties.push(name);
    const options = property.expression.arguments[0];
    const attribute = options?.properties?.find((p) => p.name?.getText() === 'attribute');
    if (!attribute) declared.attributes.push(name.toLowerCase());
    else if (ts.isStringLiteral(attribute.initializer)) declared.attributes.push(attribute.initializer.text);
  } else if (ts.isGetAccessorDeclaration(member)) {
    declared.properties.push(name);
  } else if (
    ts.isMethodDeclaration(member) &&
    !(ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Override)
  ) {
    declared.methods.push(name);
  }
}

// Event names of the classes in src/events.ts, and the ones the element dispatches.
const eventsSource = ts.createSourceFile(
  'src/events.ts',
  readFileSync('src/events.ts', 'utf8'),
  ts.ScriptTarget.Latest
);
const eventNames = new Map(
  [...eventsSource.text.matchAll(/class (\w+) extends CustomEvent[\s\S]*?super\('([^']+)'/g)].map((m) => [
    m[1],
    m[2],
  ])
);
const dispatched = [...source.text.matchAll(/new (\w+Event)\(/g)]
  .map((m) => eventNames.get(m[1]))
  .filter(Boolean);

declared.events = [...new Set([...tagNames(['fires', 'event']), ...dispatched])];
declared.parts = tagNames(['csspart']);
declared.cssProperties = tagNames(['cssprop', 'cssproperty']);

const union = (...lists) => [...new Set(lists.flat())];

// ——— 3. The manifest has each of them, with a description ———

const manifest = JSON.parse(committedText);
const modules = manifest.modules ?? [];
const declaration = modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.customElement && d.tagName === TAG);
check(`the manifest declares <${TAG}>`, Boolean(declaration));
const definition = modules
  .flatMap((m) => (m.exports ?? []).map((e) => ({...e, path: m.path})))
  .find((e) => e.kind === 'custom-element-definition' && e.name === TAG);
check(
  `the manifest says which module defines <${TAG}>`,
  definition?.path === 'dist/relations-timeline.js',
  JSON.stringify(definition)
);
check(
  'every module path points at dist/*.js',
  modules.every((m) => /^dist\/.+\.js$/.test(m.path))
);

if (declaration) {
  check('the element has a summary', hasText(declaration.summary));
  const find = (list, name, kind) =>
    (declaration[list] ?? []).find((x) => x.name === name && (!kind || x.kind === kind));
  const expectDescribed = (label, list, names, kind) => {
    for (const name of names) {
      const entry = find(list, name, kind);
      check(
        `${label} ${name}`,
        entry && hasText(entry.description),
        entry ? 'has no description' : 'is missing from the manifest'
      );
    }
  };
  expectDescribed('attribute', 'attributes', union(REQUIRED.attributes, declared.attributes));
  expectDescribed('property', 'members', union(REQUIRED.properties, declared.properties), 'field');
  expectDescribed('method', 'members', union(REQUIRED.methods, declared.methods), 'method');
  expectDescribed('event', 'events', union(REQUIRED.events, declared.events));
  expectDescribed('css part', 'cssParts', declared.parts);
  expectDescribed('css custom property', 'cssProperties', declared.cssProperties);

  for (const attribute of declaration.attributes ?? []) {
    const field = find('members', attribute.fieldName, 'field');
    check(
      `attribute ${attribute.name} belongs to property ${attribute.fieldName}`,
      field?.attribute === attribute.name
    );
  }
  const typed = (declaration.events ?? []).filter((e) => [...eventNames.values()].includes(e.name));
  for (const event of typed) {
    const className = [...eventNames].find(([, name]) => name === event.name)?.[0];
    check(`event ${event.name} is typed ${className}`, event.type?.text === className, event.type?.text);
  }
  check(
    'the manifest lists no private members and no nameless events',
    (declaration.members ?? []).every((m) => m.privacy !== 'private' && !m.name.startsWith('#')) &&
      (declaration.events ?? []).every((e) => e.name)
  );
  check(
    'the manifest lists nothing the element does not declare',
    (declaration.members ?? []).every((m) =>
      (m.kind === 'method' ? union(REQUIRED.methods, declared.methods) : declared.properties).includes(m.name)
    ),
    (declaration.members ?? []).map((m) => m.name).join(', ')
  );
}

// ——— 4. Warnings: used in the code, missing from the JSDoc ———

function sourceFiles(dir) {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}
const code = sourceFiles('src')
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const usedParts = new Set([...code.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
const setProperties = new Set([...code.matchAll(/(--rt-[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
const readProperties = new Set([...code.matchAll(/var\(\s*(--rt-[a-z0-9-]+)/g)].map((m) => m[1]));
for (const part of usedParts) {
  if (!declared.parts.includes(part))
    warnings.push(`part "${part}" is used in a template but has no @csspart`);
}
for (const part of declared.parts) {
  if (!usedParts.has(part)) warnings.push(`@csspart ${part} is documented but no template uses it`);
}
for (const name of union([...setProperties], [...readProperties])) {
  if (!declared.cssProperties.includes(name))
    warnings.push(`${name} is used in the styles but has no @cssprop`);
}
for (const warning of warnings) console.log(`warn ${warning}`);

finish();
