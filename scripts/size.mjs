// Build sizes, raw and gzip: the single-file bundle, and our own code in the
// npm entry (lit and d3 excluded, minified the way a user's bundler would).
// Budgets from issue #5: bundle ≤ 45 KB gzip, own code ≤ 15 KB gzip.
// `--enforce` exits non-zero above a budget.
import {readFile, readdir} from 'node:fs/promises';
import {gzipSync} from 'node:zlib';
import {join} from 'node:path';
import {build} from 'esbuild';

const KB = 1024;
const enforce = process.argv.includes('--enforce');

async function entryBytes() {
  const files = (await readdir('dist', {withFileTypes: true, recursive: true}))
    .filter((e) => e.isFile() && e.name.endsWith('.js') && !e.name.endsWith('.bundle.js'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
  const raw = Buffer.concat(await Promise.all(files.map((f) => readFile(f))));
  const result = await build({
    entryPoints: ['dist/index.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'd3-*'],
  });
  return {raw, minified: Buffer.from(result.outputFiles[0].contents), files: files.length};
}

const bundle = await readFile('dist/relations-timeline.bundle.js');
const entry = await entryBytes();
const rows = [
  ['bundle  dist/relations-timeline.bundle.js (minified, all dependencies)', bundle, 45 * KB],
  [
    `entry   dist/index.js, own code minified (${entry.files} modules, ${(entry.raw.length / KB).toFixed(1)} KB as shipped)`,
    entry.minified,
    15 * KB,
  ],
];
let over = false;
for (const [name, bytes, budget] of rows) {
  const gzip = gzipSync(bytes, {level: 9}).length;
  const ok = gzip <= budget;
  over ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${(bytes.length / KB).toFixed(1)} KB raw, ${(gzip / KB).toFixed(1)} KB gzip (budget ${budget / KB} KB)`
  );
}
process.exit(over && enforce ? 1 : 0);
