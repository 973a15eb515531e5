// A web-test-runner plugin: `import data from './x.json'` (as Vite and other
// bundlers allow) gets the file as an ES module whose default export is the
// parsed JSON. Only imports are changed: they are rewritten to `x.json?json-module`,
// so a `fetch('x.json')` still gets the JSON itself (and the two never share a
// cache entry).
const QUERY = 'json-module';

const isJsonModule = (context) => context.path.endsWith('.json') && QUERY in context.query;

export function jsonModules() {
  return {
    name: 'json-modules',
    transformImport({source}) {
      if (/\.json$/.test(source)) return `${source}?${QUERY}`;
      return undefined;
    },
    resolveMimeType(context) {
      return isJsonModule(context) ? 'js' : undefined;
    },
    transform(context) {
      if (!isJsonModule(context)) return undefined;
      JSON.parse(context.body); // a broken file fails here, with the server's error, not in the browser
      return {body: `export default ${context.body};`};
    },
  };
}
