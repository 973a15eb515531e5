/**
 * Makes the Intl formatters for `locale` while the page is idle, before the data arrives (a `src`
 * still loading, an app still fetching): a language's first date formatter loads its data, some
 * 40 ms in Chromium, and its first number formatter another 4–7 ms, which would otherwise land on
 * the chart's first frame. Later formatters in that language take well under a millisecond.
 */
import {dateFormatter} from '../data/format-date.js';
import {formatNumber} from '../strings.js';

export function warmUpFormats(locale: string | undefined): void {
  // Safari has no requestIdleCallback: it goes without.
  globalThis.requestIdleCallback?.(() => {
    dateFormatter(locale, {year: 'numeric'});
    formatNumber(0, locale);
  });
}
