// @ts-check
/* global window, document, location, ResizeObserver, console */
/**
 * `embed.html?src=…`: one `<relations-timeline>` filling the page, for platforms that only
 * take iframes (AMP, some CMSs). Reports the page's height to the parent window, on load and
 * whenever it changes, in the two formats embedders listen for:
 *
 * - Pym.js: the string `pymxPYMx{childId}xPYMxheightxPYMx{height}` (childId from the query);
 * - AMP `amp-iframe`: `{sentinel: 'amp', type: 'embed-size', height}`, and
 *   `{sentinel: 'amp', type: 'embed-ready'}` once the timeline has loaded (or failed to).
 *
 * No inline script or style anywhere, so the page runs under `script-src 'self'; style-src 'self'`.
 */
import {parseEmbedOptions} from './embed-options.js';

const BUNDLE = './relations-timeline.bundle.js';
const PYM = 'xPYMx';

const options = parseEmbedOptions(location.search, location.href);
for (const problem of options.problems) console.warn(`relations-timeline embed: ${problem}`);

const main = /** @type {HTMLElement} */ (document.querySelector('main'));
const framed = window.parent !== window;

/** The height the parent should give the frame: the content's, never the frame's own. */
function contentHeight() {
  return Math.ceil(Math.max(main.getBoundingClientRect().height, main.scrollHeight));
}

/** @param {unknown} message */
function toParent(message) {
  if (framed) window.parent.postMessage(message, '*');
}

let lastHeight = -1;
/** @param {boolean} [always] send even if the height has not changed */
function sendHeight(always = false) {
  const height = contentHeight();
  if (height === lastHeight && !always) return;
  lastHeight = height;
  toParent(['pym', options.childId, 'height', String(height)].join(PYM));
  toParent({sentinel: 'amp', type: 'embed-size', height});
}

let readySent = false;
function sendReady() {
  if (readySent) return;
  readySent = true;
  toParent({sentinel: 'amp', type: 'embed-ready'});
  sendHeight(true);
}

/** @param {string} text */
function showError(text) {
  const message = document.createElement('p');
  message.className = 'embed-error';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  main.replaceChildren(message);
  sendReady();
}

if (options.attributes.lang) document.documentElement.lang = options.attributes.lang;

if (options.error !== null || options.src === null) {
  showError(options.error ?? 'No data.');
} else {
  const timeline = document.createElement('relations-timeline');
  for (const [name, value] of Object.entries(options.attributes)) timeline.setAttribute(name, value);
  timeline.setAttribute('src', options.src);
  timeline.addEventListener('timeline-load', sendReady, {once: true});
  timeline.addEventListener('timeline-error', sendReady, {once: true});
  main.append(timeline);
  import(options.module ?? BUNDLE).catch(() =>
    showError('The timeline could not be shown: its script did not load.')
  );
}

// Pym.js parents send the frame's width on load and on resize, and expect a height back.
window.addEventListener('message', (event) => {
  if (
    event.source === window.parent &&
    typeof event.data === 'string' &&
    event.data.startsWith(['pym', options.childId, 'width', ''].join(PYM))
  ) {
    sendHeight(true);
  }
});
new ResizeObserver(() => sendHeight()).observe(main);
window.addEventListener('load', () => sendHeight(true));
sendHeight(true);
