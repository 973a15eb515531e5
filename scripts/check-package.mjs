// What `npm pack` would publish (issue #6): run after `npm run build`. Prints
// the file list and sizes, and fails when the tarball misses something a user
// needs (the entries, their types, the CDN bundle and the file it loads for
// TimelineJS and CSV, the React wrapper, the importers, the JSX typings, the
// iframe page, the manifest, README, LICENSE; every file
// package.json or the manifest points at) or carries something they don't (sources, tests, demo,
// stories, benchmarks, node_modules, source maps). Each check counts as a test.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {createChecks} from './checks.mjs';

const KB = 1024;
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
);
const files = pack.files.map((f) => f.path).sort();
const inTarball = new Set(files);

console.log(`${pack.name}@${pack.version}: ${pack.filename}`);
for (const file of pack.files.sort((a, b) => a.path.localeCompare(b.path))) {
  console.log(`  ${(file.size / KB).toFixed(1).padStart(7)} KB  ${file.path}`);
}
console.log(
  `${pack.entryCount} files, ${(pack.size / KB).toFixed(1)} KB packed, ${(pack.unpackedSize / KB).toFixed(1)} KB unpacked\n`
);

const {check, finish} = createChecks();

const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/relations-timeline.js',
  'dist/relations-timeline.d.ts',
  'dist/relations-timeline.bundle.js',
  'dist/react.js',
  'dist/react.d.ts',
  'dist/importers.js',
  'dist/importers.d.ts',
  'dist/jsx.d.ts',
  'dist/jsx-preact.d.ts',
  // The iframe page and what it loads, next to the bundle (copied from embed/ by the build).
  'dist/embed.html',
  'dist/embed.js',
  'dist/embed-options.js',
  'dist/embed.css',
];
for (const file of required) check(`the tarball has ${file}`, inTarball.has(file));

// Every file that package.json or the manifest points at.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const pointers = new Set();
const collect = (value) => {
  if (typeof value === 'string') pointers.add(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect([pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, pkg.exports]);
for (const entry of pkg.sideEffects ?? []) if (entry.startsWith('./dist/')) pointers.add(entry);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
for (const module of manifest.modules ?? []) pointers.add(module.path);
for (const path of [...new Set([...pointers].filter(Boolean).map((p) => p.replace(/^\.\//, '')))].sort()) {
  check(`${path} (named in package.json or the manifest) is in the tarball`, inTarball.has(path));
}

// Every file the bundle imports (the TimelineJS and CSV readers, loaded on demand) is next to it.
const BUNDLE = 'dist/relations-timeline.bundle.js';
const bundleImports = existsSync(BUNDLE)
  ? [...readFileSync(BUNDLE, 'utf8').matchAll(/\bimport\(\s*["'](\.\/[^"']+)["']\s*\)/g)].map(
      ([, path]) => `dist/${path.slice(2)}`
    )
  : [];
for (const path of bundleImports) {
  check(`${path} (imported by the bundle) is in the tarball`, inTarball.has(path));
}

// Leftovers of an earlier build: dist/ is not emptied between builds. (The iframe
// page's scripts are copied from embed/ as they are; the bundle's files come from the bundle build.)
const stale = files.filter(
  (f) =>
    /^dist\/.+\.(js|d\.ts)$/.test(f) &&
    !f.endsWith('.bundle.js') &&
    !bundleImports.includes(f) &&
    !existsSync(f.replace(/^dist\//, 'src/').replace(/\.(js|d\.ts)$/, '.ts')) &&
    !existsSync(f.replace(/^dist\//, 'embed/'))
);
check('every file in dist/ comes from a current source', stale.length === 0, stale.join(', '));

const forbidden = [
  [/^src\//, 'sources (src/)'],
  [/^test\//, 'tests (test/)'],
  [/^demo\//, 'demo (demo/)'],
  [/^stories\//, 'stories (stories/)'],
  [/^\.storybook\//, 'Storybook config (.storybook/)'],
  [/^storybook-static\//, 'built Storybook (storybook-static/)'],
  [/^bench\//, 'benchmarks (bench/)'],
  [/^scripts\//, 'build scripts (scripts/)'],
  [/^build\//, 'build plugins (build/)'],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/\.map$/, 'source maps'],
  [/\.tsbuildinfo$/, 'TypeScript build info'],
  [/(^|\/)\.(ci|git|github)\//, 'CI and git files'],
];
for (const [pattern, what] of forbidden) {
  const found = files.filter((f) => pattern.test(f));
  check(`the tarball has no ${what}`, found.length === 0, found.slice(0, 5).join(', '));
}

finish();
