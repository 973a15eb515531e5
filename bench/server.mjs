// A tiny static server for the benchmark, on 127.0.0.1 and a free port: the bench pages,
// dist/, the two peer libraries from node_modules, and generated datasets held in memory
// (`/data/<name>.json`). Nothing else is served; nothing is fetched from the network.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

const ALLOWED = ['/bench/pages/', '/dist/', '/node_modules/vis-timeline/', '/node_modules/timelines-chart/'];

/**
 * Starts the server; `datasets` maps a name to a Buffer or string served at `/data/<name>.json`;
 * `files` maps a URL path to a Buffer served instead of the file on disk (a snapshot of the
 * bundle, so that a rebuild during the run does not change what is measured).
 */
export function startServer(root, datasets, files = new Map()) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, {'content-type': type, 'cache-control': 'no-store'});
      res.end(body);
    };
    try {
      const data = /^\/data\/([\w.-]+)\.json$/.exec(path);
      if (data) {
        const body = datasets.get(data[1]);
        return body === undefined ? send(404, 'no such dataset') : send(200, body, TYPES['.json']);
      }
      if (path === '/favicon.ico') return send(204, '');
      if (files.has(path))
        return send(200, files.get(path), TYPES[extname(path)] ?? 'application/octet-stream');
      const clean = normalize(path);
      if (!ALLOWED.some((prefix) => clean.startsWith(prefix))) return send(403, 'not served');
      const file = join(root, clean);
      if (!file.startsWith(root + sep)) return send(403, 'not served');
      send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
        server,
      });
    });
  });
}
