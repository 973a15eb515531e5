// @ts-check
/* global URL, URLSearchParams */
/**
 * The query parameters of `embed.html` and how each is checked (issue #6). Pure: no DOM,
 * so that the browser tests can call it directly. Anything not listed here is ignored.
 *
 * - `src` (required): the dataset, an http(s) URL or a path relative to the page; never
 *   `javascript:`, `data:`, `file:` or any other scheme.
 * - `lang`, `theme`, `lanes`, `start`, `end`: the element's attributes of the same names,
 *   each checked against what the element accepts; a bad value is left out (with a problem).
 * - `childId`: the id Pym.js gives the frame, echoed in its height messages.
 * - `module`: a test hook, honoured only on a loopback host (the test server) and only for a
 *   plain same-origin path such as `/src/relations-timeline.ts`: the module to load instead
 *   of the bundle next to the page.
 */

/**
 * @typedef {object} EmbedOptions
 * @property {string | null} src The dataset URL, absolute; `null` when `error` says why not.
 * @property {Record<string, string>} attributes The element's other attributes to set.
 * @property {string} childId Pym.js's frame id, or `''`.
 * @property {string | null} module The module to load instead of the bundle, or `null`.
 * @property {string | null} error Why there is nothing to show, or `null`.
 * @property {string[]} problems Parameters that were left out, and why.
 */

const LANES = ['none', 'category', 'actor', 'series'];
const THEMES = ['light', 'dark', 'auto'];
// An EDTF date as the element reads it (level 0–1): `1990`, `-0044`, `198X`, `2021-12`,
// `2001-21` (a season), `2021-12-06T10:30`, with `~`, `?` or `%`. The element checks the rest.
const DATE =
  /^[-+]?[\dX]{1,6}(?:-[\dX]{2}){0,2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?[~?%]?$/;
const CHILD_ID = /^[\w.:-]{1,128}$/;
const MODULE_PATH = /^\/(?!\/)[\w.\-/]+\.(?:js|ts)$/;
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const MAX_URL = 2048;

/**
 * Reads the embed page's query string.
 * @param {string} search `location.search`
 * @param {string} pageUrl `location.href`, to resolve relative URLs against
 * @returns {EmbedOptions}
 */
export function parseEmbedOptions(search, pageUrl) {
  const params = new URLSearchParams(search);
  /** @type {string[]} */
  const problems = [];
  /** @type {Record<string, string>} */
  const attributes = {};

  const src = checkSrc(params.get('src'), pageUrl);

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLocale(lang)) attributes.lang = lang;
    else problems.push(`lang: ${JSON.stringify(lang)} is not a BCP 47 language tag`);
  }
  const oneOf = (/** @type {string} */ name, /** @type {string[]} */ allowed) => {
    const value = params.get(name);
    if (value === null) return;
    if (allowed.includes(value)) attributes[name] = value;
    else problems.push(`${name}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  };
  oneOf('theme', THEMES);
  oneOf('lanes', LANES);
  for (const name of ['start', 'end']) {
    const value = params.get(name);
    if (value === null) continue;
    if (DATE.test(value)) attributes[name] = value;
    else problems.push(`${name}: ${JSON.stringify(value)} is not a date such as 1990 or 2021-12-06`);
  }

  const rawChildId = params.get('childId');
  let childId = '';
  if (rawChildId !== null) {
    if (CHILD_ID.test(rawChildId)) childId = rawChildId;
    else problems.push('childId: not a valid frame id');
  }

  const module = checkModule(params.get('module'), pageUrl, problems);

  return {
    src: src.url,
    attributes,
    childId,
    module,
    error: src.error,
    problems,
  };
}

/**
 * An http(s) or relative URL, resolved against the page; anything else is refused.
 * @param {string | null} value
 * @param {string} pageUrl
 * @returns {{url: string, error: null} | {url: null, error: string}}
 */
export function checkSrc(value, pageUrl) {
  if (value === null || value.trim() === '') {
    return {url: null, error: 'No data: the page address needs ?src= and the address of a dataset.'};
  }
  if (value.length > MAX_URL) return {url: null, error: 'The src address is too long.'};
  let url;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return {url: null, error: 'The src address is not a valid URL.'};
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {url: null, error: 'The src address must start with https:, http: or be relative to this page.'};
  }
  return {url: url.href, error: null};
}

/**
 * The test hook: a same-origin path on a loopback host, or nothing.
 * @param {string | null} value
 * @param {string} pageUrl
 * @param {string[]} problems
 * @returns {string | null}
 */
function checkModule(value, pageUrl, problems) {
  if (value === null) return null;
  const page = new URL(pageUrl);
  if (!LOOPBACK.includes(page.hostname)) {
    problems.push('module: ignored (a test hook, honoured only on localhost)');
    return null;
  }
  if (!MODULE_PATH.test(value) || value.split('/').some((part) => part === '..' || part === '.')) {
    problems.push('module: ignored (only a plain path on this server, such as /src/relations-timeline.ts)');
    return null;
  }
  const url = new URL(value, page);
  if (url.origin !== page.origin) {
    problems.push('module: ignored (not on this server)');
    return null;
  }
  return url.href;
}

/**
 * @param {string} value
 * @returns {boolean}
 */
function isLocale(value) {
  if (value.length > 35 || !/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
