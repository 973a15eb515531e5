/**
 * Axis ticks that re-tick with the zoom: decades and years when zoomed out,
 * months, then days when zoomed in, labelled in the reader's language.
 */
import {dateFormatter} from '../data/format-date.js';
import type {TimeScale} from './time-scale.js';

/** About one tick per 90 px, at least two. */
export function tickCount(width: number): number {
  return Math.max(2, Math.floor(width / 90));
}

/** The ticks for this scale and width. */
export function computeTicks(x: TimeScale, width: number): Date[] {
  return x.ticks(tickCount(width));
}

/**
 * A label for each tick at the precision the tick stands for: a year on
 * 1 January, a month on the 1st, a day otherwise ("1971", "Aug", "9 Aug").
 * The first tick also names the year, so a zoomed-in axis never loses it.
 */
export function createTickFormat(locale: string | undefined): (date: Date, index: number) => string {
  return (date, index) => {
    const year = date.getUTCFullYear();
    const withYear = index === 0 ? ({year: 'numeric'} as const) : {};
    const era = year < 1000 ? ({era: 'short'} as const) : {};
    const isMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
    if (!isMidnight) {
      const day = index === 0 ? ({day: 'numeric', month: 'short', ...withYear} as const) : {};
      return dateFormatter(locale, {hour: 'numeric', minute: '2-digit', ...day}).format(date);
    }
    if (date.getUTCDate() !== 1) {
      return dateFormatter(locale, {day: 'numeric', month: 'short', ...withYear}).format(date);
    }
    if (date.getUTCMonth() !== 0) return dateFormatter(locale, {month: 'short', ...withYear}).format(date);
    return dateFormatter(locale, {year: 'numeric', ...era}).format(date);
  };
}
