/**
 * Fetches a dataset from `src`. Network and HTTP failures become problems a
 * reader can understand; an aborted load (a newer `src` won) resolves to
 * `undefined` so that stale data never replaces newer data.
 *
 * A load is bounded: it gives up after `loadLimits.timeoutMs` (headers and
 * body together), refuses a file larger than `loadLimits.maxBytes` (from its
 * Content-Length before reading, else while reading), and refuses responses
 * whose content type says they are not data (an HTML error page, an image, a
 * script), so that a broken server never leaves the reader waiting forever
 * or the page parsing megabytes of something else.
 */
import {failedTimeline as failure, parseTimelineTextInChunks} from './data/parse-text.js';
import type {ParsedTimeline} from './data/parse-timeline.js';

/** Limits of every load. Tests may lower them; a page has no need to. */
export const loadLimits = {
  /** The whole response (headers and body) must arrive within this many milliseconds. */
  timeoutMs: 30_000,
  /** Largest file accepted, in bytes. */
  maxBytes: 5 * 1024 * 1024,
};

/**
 * Content types that are certainly not a dataset. Anything else is read and
 * told apart by its content: servers often send JSON or CSV as `text/plain`,
 * `application/octet-stream` or `binary/octet-stream`.
 */
const NOT_DATA =
  /^(text\/html|application\/xhtml\+xml|image\/|audio\/|video\/|font\/|text\/css|[\w-]+\/(x-)?(java|ecma)script|application\/(pdf|wasm|zip|gzip)|multipart\/)/i;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

const seconds = (ms: number): string => {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? '' : 's'}`;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

class TooLarge extends Error {}

/** The body as text, counting bytes as they arrive; throws `TooLarge` past `limit`. */
async function readText(response: Response, limit: number): Promise<string> {
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      void reader.cancel().catch(() => undefined);
      throw new TooLarge(String(bytes));
    }
    parts.push(decoder.decode(value, {stream: true}));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Loads and parses `url`; `undefined` when `signal` aborted it. */
export async function loadTimeline(url: string, signal: AbortSignal): Promise<ParsedTimeline | undefined> {
  if (signal.aborted) return undefined;
  const {timeoutMs, maxBytes} = loadLimits;
  // One controller for both ways a load ends early: the caller's signal (a newer `src`) and the timeout.
  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal.addEventListener('abort', cancel, {once: true});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const timeout = () =>
    failure(
      `could not load ${url}: no complete answer after ${seconds(timeoutMs)} (the server or the network is too slow; try again later)`
    );
  try {
    let response: Response;
    try {
      response = await fetch(url, {signal: controller.signal, credentials: 'same-origin'});
    } catch (error) {
      if (signal.aborted) return undefined;
      if (timedOut) return timeout();
      return failure(`could not load ${url}: ${messageOf(error)} (check the address, the network and CORS)`);
    }
    const refuse = (message: string) => {
      void response.body?.cancel().catch(() => undefined);
      return failure(`could not load ${url}: ${message}`);
    };
    if (!response.ok) {
      return refuse(`the server answered ${response.status} ${response.statusText}`.trim());
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (/^(text\/html|application\/xhtml\+xml)$/i.test(type)) {
      return refuse('the server sent an HTML page, not JSON or CSV data (is the address right?)');
    }
    if (NOT_DATA.test(type)) {
      return refuse(`the server sent ${type}, not JSON or CSV data (is the address right?)`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      return refuse(
        `the file is too large (${megabytes(declared)}; a timeline can read at most ${megabytes(maxBytes)})`
      );
    }
    let text: string;
    try {
      text = await readText(response, maxBytes);
    } catch (error) {
      if (signal.aborted) return undefined;
      if (timedOut) return timeout();
      if (error instanceof TooLarge) {
        return failure(
          `could not load ${url}: the file is too large (more than ${megabytes(maxBytes)}, the most a timeline can read)`
        );
      }
      return failure(
        `could not read ${url}: the connection was cut before the whole file arrived (${messageOf(error)})`
      );
    }
    // Validated in chunks, so a large file never freezes the page in one long task.
    return signal.aborted ? undefined : await parseTimelineTextInChunks(text, {signal});
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}
