// The TypeScript sources, bundled by esbuild and imported into Node, for the benchmarks that time
// one layer without a browser (parse-speed.mjs, layout-speed.mjs). Also their shared arguments.
import {build} from 'esbuild';
import {writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** Imports `exports` (TypeScript re-exports from paths relative to the repository root). */
export async function importSource(exports) {
  const built = await build({
    stdin: {contents: exports, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts'},
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'rt-source-')), 'source.mjs');
  writeFileSync(file, built.outputFiles[0].contents);
  return import(file);
}

/** `[N] [--runs K]` from the command line. */
export function sizeAndRuns(defaults) {
  const args = process.argv.slice(2);
  const n = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? defaults.n);
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : defaults.runs;
  return {n, runs};
}
