/**
 * Work that would otherwise land on the chart's first frame, done while the page is idle before the
 * data arrives (a `src` still loading, an app still fetching), a piece per idle moment:
 * - the Intl formatters for `locale`, by formatting a date written to the year, the month and the
 *   day: the language's first date formatter loads its data, 20–35 ms in headless Chromium, the
 *   others under a millisecond each (in a profile of the first render at 10,000 events, making
 *   them took 3 ms); then the first number formatter, another 4–7 ms;
 * - the fonts the first frame draws text in: the first text in each size and weight has the
 *   browser find the font and its rendering settings (on Linux a round trip to the browser process
 *   each), 15–48 ms in all for the chart in headless Chromium (traced). A word measured in each on the
 *   shared canvas warms the same font cache, and makes that canvas for the label widths.
 * Later elements on the page find it all done: the caches are the page's.
 */
import {formatPartialDate} from '../data/format-date.js';
import {parseCommonDate} from '../data/partial-date.js';
import {formatNumber} from '../strings.js';
import {firstFrameFonts} from '../relations-timeline.styles.js';
import {createTextMeasurer} from './measure-text.js';

/** Fonts already warmed on this page (canvas font shorthands, family included). */
const warmedFonts = new Set<string>();

export function warmUp(host: Element, locale: string | undefined): void {
  // Safari has no requestIdleCallback: it goes without.
  const requestIdle = globalThis.requestIdleCallback;
  if (!requestIdle) return;
  const work: (() => void)[] = [
    ...['1971', '1971-08', '1971-08-09'].map(
      (text) => () => formatPartialDate(parseCommonDate(text)!, locale)
    ),
    () => formatNumber(0, locale),
    () => work.push(...fontsOf(host).map((font) => () => warmFont(font))),
  ];
  const run = (deadline: IdleDeadline) => {
    while (work.length && deadline.timeRemaining() > 0) work.shift()!();
    if (work.length) requestIdle(run);
  };
  requestIdle(run);
}

/** The first frame's fonts at `host`'s size and in its family, those not yet warmed. */
function fontsOf(host: Element): string[] {
  if (!host.isConnected) return [];
  const {fontFamily, fontSize} = getComputedStyle(host);
  return firstFrameFonts
    .map(
      (font) =>
        `${font.replace(/([\d.]+)em$/, (_, em: string) => `${+em * parseFloat(fontSize)}px`)} ${fontFamily}`
    )
    .filter((font) => !warmedFonts.has(font));
}

function warmFont(font: string): void {
  warmedFonts.add(font);
  createTextMeasurer(font)('Summit 1971');
}
