/**
 * The element's own words. English by default; a host replaces any of them
 * through the `strings` property (e.g. for a Hindi page).
 */
import {englishDateWords, type DateWords} from './data/format-date.js';

export interface TimelineStrings extends DateWords {
  zoomIn: string;
  zoomOut: string;
  fit: string;
  previous: string;
  next: string;
  close: string;
  controls: string;
  loading: string;
  empty: string;
  /** Heading of the error state when nothing could be drawn. */
  failed: string;
  /** `{count}` events were left out because of errors. */
  leftOut: string;
  /** `{count}` warnings about the data. */
  warnings: string;
  retry: string;
  actors: string;
  location: string;
  sources: string;
  series: string;
  /** Accessible name of the chart, `{count}` events from `{start}` to `{end}`. */
  chartSummary: string;
  /** Usage hint shown under the controls. */
  help: string;
  /** Ordinal for series numbers: `{n}` and the series name `{series}`. */
  seriesPosition: string;
}

export const englishStrings: TimelineStrings = {
  ...englishDateWords,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  previous: 'Previous event',
  next: 'Next event',
  close: 'Close',
  controls: 'Timeline controls',
  loading: 'Loading timeline…',
  empty: 'There are no events to show.',
  failed: 'The timeline could not be shown',
  leftOut: '{count} event(s) could not be shown because of errors in the data.',
  warnings: '{count} note(s) about the data',
  retry: 'Try again',
  actors: 'Who',
  location: 'Where',
  sources: 'Sources',
  series: 'Series',
  chartSummary: '{count} events from {start} to {end}',
  help: 'Drag to pan. Ctrl/⌘ + scroll, pinch or the buttons to zoom. Arrow keys move between events.',
  seriesPosition: '{n} {series}',
};

/** Replaces `{name}` placeholders. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole
  );
}

/** English ordinals (1st, 2nd, 23rd); other languages get the plain number via Intl. */
export function formatOrdinal(n: number, locale: string | undefined): string {
  const language = (locale ?? 'en').toLowerCase();
  if (!language.startsWith('en')) return new Intl.NumberFormat(locale).format(n);
  const suffix: Record<string, string> = {one: 'st', two: 'nd', few: 'rd', other: 'th'};
  const rule = new Intl.PluralRules('en', {type: 'ordinal'}).select(n);
  return `${n}${suffix[rule] ?? 'th'}`;
}
