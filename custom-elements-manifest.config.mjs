// `npm run analyze`: the Custom Elements Manifest (custom-elements.json), read
// from the element's JSDoc (`cem analyze --litelement`). Two clean-ups run on it:
// - paths point at the published `dist/*.js` files, not at the TypeScript
//   sources, so that tools reading the installed package can follow them;
// - private members (`#x`, `private x`) are left out: they are not the API.
// `scripts/check-manifest.mjs` (part of `npm test`) fails when the committed
// manifest is stale or misses something the element documents.

/** `src/x.ts` or `/src/x.js` → `dist/x.js`. */
const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** Built-in classes (the analyzer attributes them to the module that extends them). */
const globals = new Set(['CustomEvent', 'Event', 'HTMLElement']);

function cleanUp() {
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    if (value.kind === 'class' && globals.has(value.superclass?.name)) {
      value.superclass = {name: value.superclass.name, package: 'global:'};
    }
    if (Array.isArray(value.members)) {
      value.members = value.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
    }
    if (Array.isArray(value.events)) {
      // `dispatchEvent(new XEvent(…))` adds a nameless entry next to the `@fires` one.
      value.events = value.events.filter((e) => e.name);
    }
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = toDist(child);
      else visit(child);
    }
  };
  return {
    name: 'relations-timeline-clean-up',
    packageLinkPhase: ({customElementsManifest}) => visit(customElementsManifest),
  };
}

export default {
  globs: ['src/index.ts', 'src/relations-timeline.ts', 'src/relations-timeline.element.ts', 'src/events.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [cleanUp()],
};
