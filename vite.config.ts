/**
 * One config, three uses:
 * - `vite` (dev): serves the demo article in `demo/` with the sources under `/src/`.
 * - `vite build --mode lib`: the npm entry, the React wrapper (`dist/react.js`) and the TimelineJS
 *   and CSV readers (`dist/importers.js`), ES modules, lit, d3 and react left as imports.
 * - `vite build --mode bundle`: one self-contained ES module for a `<script type="module">` tag
 *   (and the readers of TimelineJS and CSV, which it loads from the file next to it only for those
 *   formats), and the iframe page `embed.html` with its script and styles, copied from `embed/`.
 * Both builds minify Lit's template literals (build/minify-literals.ts).
 */
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {defineConfig, type Plugin, type UserConfig} from 'vite';
import {minifyLiterals} from './build/minify-literals.js';

const src = fileURLToPath(new URL('./src/', import.meta.url));
// Left as imports in the npm entry: lit (and @lit/react), d3, and React for the `/react` wrapper.
const isDependency = (id: string): boolean => /^(lit|@lit\/|@lit-labs\/|d3-|react(\/|$))/.test(id);
// Baseline 2023: we need Safari 16.4 for constructable stylesheets anyway (strict CSP), and below it
// esbuild turns every private `#field` into WeakMap helper calls (a JavaScriptCore bug workaround),
// which made the element bigger and slower.
const target = ['chrome111', 'edge111', 'firefox114', 'safari16.4'];

// The iframe page (issue #6): plain files, shipped as they are, next to the bundle they load.
const embed = fileURLToPath(new URL('./embed/', import.meta.url));
const EMBED_FILES = ['embed.html', 'embed.css', 'embed.js', 'embed-options.js'];
const embedPage = (): Plugin => ({
  name: 'relations-timeline:embed-page',
  generateBundle() {
    for (const fileName of EMBED_FILES) {
      this.emitFile({type: 'asset', fileName, source: readFileSync(`${embed}${fileName}`)});
    }
  },
});

export default defineConfig(({mode}): UserConfig => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        target,
        minify: false,
        lib: {
          entry: {
            index: `${src}index.ts`,
            'relations-timeline': `${src}relations-timeline.ts`,
            react: `${src}react.ts`,
            importers: `${src}importers.ts`,
          },
          formats: ['es'],
        },
        rollupOptions: {external: isDependency, output: {preserveModules: true, preserveModulesRoot: 'src'}},
      },
      // Lit templates and the stylesheet without their indentation (minifiers leave template literals alone).
      plugins: [minifyLiterals()],
    };
  }
  if (mode === 'bundle') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        target,
        // Vite keeps whitespace in ES library output when minifying with esbuild; terser minifies fully.
        minify: 'terser',
        terserOptions: {
          module: true,
          compress: {passes: 2},
          // Chromium's explicit compile hint (136+; others ignore the comment): a page that loads the
          // bundle draws a chart, which calls most of its functions. They are compiled while the file
          // streams in, off the main thread, not one by one at their first call, where they cost the
          // first frame 12–18 ms (10,000 events, traced).
          format: {comments: false, preamble: '//# allFunctionsCalledOnLoad'},
        },
        lib: {entry: `${src}index.ts`, formats: ['es'], fileName: () => 'relations-timeline.bundle.js'},
        rollupOptions: {
          // The TimelineJS and CSV readers, imported only for those formats (src/data/parse-text.ts),
          // are the one other file: next to the bundle, under a name that says what it is.
          output: {chunkFileNames: 'relations-timeline.importers.js'},
          // What that file shares with the bundle stays in the bundle, exported to it under short
          // names. (Vite's default for libraries, 'strict', would move all the code to a third file
          // behind a bundle of two lines, and every page would load both.)
          preserveEntrySignatures: 'allow-extension',
        },
      },
      plugins: [minifyLiterals(), embedPage()],
    };
  }
  return {
    root: 'demo',
    publicDir: false,
    resolve: {alias: [{find: /^\/src\//, replacement: src}]},
    server: {fs: {allow: ['..']}},
  };
});
