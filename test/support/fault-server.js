// Test-server middleware for issue #7 (reliability):
//
// - `/__faults/…` serves network faults for `<relations-timeline src>`: error
//   statuses, slow and never-ending responses (both bounded, so the server
//   never holds a socket for long), an HTML error page sent as 200, a wrong
//   content type, invalid JSON, a ~10 MB file generated on the fly, a
//   connection cut in the middle of the body, and an endpoint that fails once
//   and then works (for "Try again").
// - `/test/reliability/pages/*.html` get strict Content-Security-Policy headers.
import {Readable} from 'node:stream';

/** The longest any fault keeps a request open, whatever the query asks. */
const MAX_HOLD_MS = 15_000;
const MAX_DELAY_MS = 8_000;

/** A small valid dataset whose title and first event say which request it came from. */
function dataset(title, count = 3) {
  return {
    title,
    events: Array.from({length: count}, (_, i) => ({
      id: `${slug(title)}-${i + 1}`,
      date: `${2000 + i}-0${(i % 9) + 1}-1${i % 10}`,
      title: `${title} event ${i + 1}`,
    })),
  };
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'x';

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function number(value, fallback, max) {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback;
}

/** Keeps a request open without answering for at most `ms`, then cuts it. */
function hold(ctx, ms, afterHeaders) {
  ctx.respond = false;
  const {res} = ctx;
  if (afterHeaders) afterHeaders(res);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.destroy();
      resolve();
    }, ms);
    res.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** ~`megabytes` MB of valid JSON (a dataset with many events), produced chunk by chunk. */
function hugeStream(megabytes) {
  const target = megabytes * 1024 * 1024;
  const head = '{"title":"Huge dataset","events":[';
  const tail = ']}';
  let sent = 0;
  let i = 0;
  const event = (n) =>
    JSON.stringify({
      date: `${1900 + (n % 120)}-0${(n % 9) + 1}-1${n % 10}`,
      title: `Event ${n}`,
      summary: 'x'.repeat(200),
    });
  // The exact length is known up front, so that Content-Length can be sent.
  const sample = event(0).length + 1;
  const count = Math.max(1, Math.floor((target - head.length - tail.length) / sample));
  let length = head.length + tail.length;
  for (let n = 0; n < count; n++) length += event(n).length + (n ? 1 : 0);
  const stream = new Readable({
    read() {
      if (sent === 0) {
        sent = 1;
        this.push(head);
      }
      let chunk = '';
      while (i < count && chunk.length < 64 * 1024) {
        chunk += (i ? ',' : '') + event(i);
        i++;
      }
      if (chunk) this.push(chunk);
      if (i >= count) {
        this.push(tail);
        this.push(null);
      }
    },
  });
  return {stream, length};
}

const flakyCalls = new Map();

const HTML_ERROR_PAGE = `<!doctype html>
<html><head><title>Page not found</title></head>
<body><h1>Sorry, this page could not be found</h1><p>Go back to the <a href="/">home page</a>.</p></body></html>`;

/** Koa middleware serving the faults. */
export function faultsMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__faults/')) return next();
    const name = ctx.path.slice('/__faults/'.length);
    const query = ctx.query;
    ctx.set('Cache-Control', 'no-store');
    switch (name) {
      case 'status': {
        // /__faults/status?code=404
        ctx.status = number(query.code, 500, 599) || 500;
        ctx.type = 'text/plain';
        ctx.body = `fault: status ${ctx.status}`;
        return;
      }
      case 'data': {
        // A valid dataset, after `delay` ms: /__faults/data?title=A&delay=1500&count=3
        const ms = number(query.delay, 0, MAX_DELAY_MS);
        if (ms) await delay(ms);
        ctx.type = query.type ? String(query.type) : 'application/json';
        ctx.body = JSON.stringify(dataset(String(query.title ?? 'Fault data'), number(query.count, 3, 500)));
        return;
      }
      case 'hang':
        // Never answers; the server gives up after a bounded time.
        return hold(ctx, number(query.ms, MAX_HOLD_MS, MAX_HOLD_MS));
      case 'hang-body':
        // Sends the headers and the start of the body, then nothing more.
        return hold(ctx, number(query.ms, MAX_HOLD_MS, MAX_HOLD_MS), (res) => {
          res.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'});
          res.write('{"title": "Never finished", "events": [');
        });
      case 'abort':
        // Promises 100 kB, sends part of it, then cuts the connection.
        ctx.respond = false;
        ctx.res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': '100000',
          'Cache-Control': 'no-store',
        });
        ctx.res.write('{"title": "Cut off", "events": [{"date": "2001", "title": "A"},');
        await delay(50);
        ctx.res.destroy();
        return;
      case 'html':
        // A CMS or proxy error page, sent as 200.
        ctx.status = 200;
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = HTML_ERROR_PAGE;
        return;
      case 'html-as-json':
        // The same page with a JSON content type (a misconfigured server).
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = HTML_ERROR_PAGE;
        return;
      case 'wrong-type':
        // Valid JSON with a content type that is not data.
        ctx.status = 200;
        ctx.type = String(query.type ?? 'image/png');
        ctx.body = JSON.stringify(dataset('Wrong type'));
        return;
      case 'invalid-json':
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '{"title": "Broken", "events": [{"date": "2001", "title": "A",}]';
        return;
      case 'empty':
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      case 'huge': {
        // ~10 MB of valid JSON. `?length=0` leaves out Content-Length (chunked), so only counting can tell.
        const {stream, length} = hugeStream(number(query.mb, 10, 64));
        ctx.status = 200;
        ctx.type = 'application/json';
        if (query.length !== '0') ctx.length = length;
        ctx.body = stream;
        return;
      }
      case 'flaky': {
        // Fails the first `fails` calls for this `key` (500), then serves data.
        const key = String(query.key ?? '');
        const calls = (flakyCalls.get(key) ?? 0) + 1;
        flakyCalls.set(key, calls);
        if (calls <= number(query.fails, 1, 10)) {
          ctx.status = 500;
          ctx.type = 'text/plain';
          ctx.body = 'fault: temporarily broken';
          return;
        }
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(dataset(String(query.title ?? 'Recovered')));
        return;
      }
      case 'pixel.png':
        // A 1×1 transparent PNG for image URLs in tests.
        ctx.type = 'image/png';
        ctx.body = Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
          'base64'
        );
        return;
      default:
        ctx.status = 404;
        ctx.body = `unknown fault ${name}`;
    }
  };
}

/** The policies of the strict test pages. */
export const STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";
const POLICIES = {
  'csp.html': STRICT_POLICY,
  'csp-bundle.html': STRICT_POLICY,
  'csp-tt.html': `${STRICT_POLICY}; require-trusted-types-for 'script'`,
  'csp-canary.html': `${STRICT_POLICY}; require-trusted-types-for 'script'`,
};

/** Koa middleware adding the CSP headers of `/test/reliability/pages/*.html`. */
export function strictPagesMiddleware() {
  return async (ctx, next) => {
    await next();
    const match = /^\/test\/reliability\/pages\/([\w-]+\.html)$/.exec(ctx.path);
    const policy = match ? POLICIES[match[1]] : undefined;
    if (policy) {
      ctx.set('Content-Security-Policy', policy);
      ctx.set('Cache-Control', 'no-store');
    }
  };
}
