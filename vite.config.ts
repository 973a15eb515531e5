/**
 * One config, three uses:
 * - `vite` (dev): serves the demo article in `demo/` with the sources under `/src/`.
 * - `vite build --mode lib`: the npm entry and the React wrapper (`dist/react.js`), ES modules,
 *   lit, d3 and react left as imports.
 * - `vite build --mode bundle`: one self-contained ES module for a `<script type="module">` tag.
 */
import {fileURLToPath} from 'node:url';
import {defineConfig, type UserConfig} from 'vite';

const src = fileURLToPath(new URL('./src/', import.meta.url));
// Left as imports in the npm entry: lit (and @lit/react), d3, and React for the `/react` wrapper.
const isDependency = (id: string): boolean => /^(lit|@lit\/|@lit-labs\/|d3-|react(\/|$))/.test(id);

export default defineConfig(({mode}): UserConfig => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        lib: {
          entry: {
            index: `${src}index.ts`,
            'relations-timeline': `${src}relations-timeline.ts`,
            react: `${src}react.ts`,
          },
          formats: ['es'],
        },
        rollupOptions: {external: isDependency, output: {preserveModules: true, preserveModulesRoot: 'src'}},
      },
    };
  }
  if (mode === 'bundle') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        // Vite keeps whitespace in ES library output when minifying with esbuild; terser minifies fully.
        minify: 'terser',
        terserOptions: {module: true, compress: {passes: 2}, format: {comments: false}},
        lib: {entry: `${src}index.ts`, formats: ['es'], fileName: () => 'relations-timeline.bundle.js'},
      },
    };
  }
  return {
    root: 'demo',
    publicDir: false,
    resolve: {alias: [{find: /^\/src\//, replacement: src}]},
    server: {fs: {allow: ['..']}},
  };
});
