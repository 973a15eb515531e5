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
  /** `{count}` errors in the data that left no event out (e.g. in `eras`). */
  dataErrors: string;
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
  /** Usage hint in the vertical layout. */
  helpVertical: string;
  /** Ordinal for series numbers: `{n}` and the series name `{series}`. */
  seriesPosition: string;
  /** The toggle between the chart and a plain list of all events. */
  listView: string;
  /** Heading of the list of events. */
  listHeading: string;
  /** Button that shows `{count}` more events in a long list. */
  listMore: string;
  /** Link to the dataset file. */
  download: string;
  /** The toggle for the keyboard help (also the `?` key). */
  keys: string;
  keysHeading: string;
  /** Rows of the keyboard help: keys, then what they do. */
  keyMap: readonly (readonly [string, string])[];
  /** Announced when the visible window settles: `{start}`, `{end}`, `{count}`. */
  rangeAnnouncement: string;
  search: string;
  /** `{count}` matches. */
  matchCount: string;
  /** Match `{n}` of `{count}`. */
  matchPosition: string;
  noMatches: string;
  previousMatch: string;
  nextMatch: string;
  /** Accessible name of the legend of categories. */
  categoriesLegend: string;
  /** Accessible name of the legend of actors. */
  actorsLegend: string;
  /** A cluster: `{count}` events from `{start}` to `{end}`, then the mix `{mix}`. */
  cluster: string;
  /** A cluster whose events share one date `{start}`. */
  clusterOnOneDate: string;
  /** The name of events without a category. */
  uncategorised: string;
  /** Previous/next member of the selected event's series: `{series}`. */
  previousInSeries: string;
  nextInSeries: string;
  /** The vertical layout's button that shows all `{count}` events, not only the headlines. */
  railAll: string;
  /** A span still going on, from `{date}`. */
  ongoing: string;
}

/**
 * The key that zooms with the wheel, as the reader's keyboard names it (either works): ⌘ on Apple's,
 * Ctrl on others, where ⌘ is missing from common fonts and its search cost the first frame ~5 ms.
 */
const zoomKey = /^(Mac|iP)/.test(globalThis.navigator?.platform ?? '') ? '⌘' : 'Ctrl';

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
  dataErrors: '{count} problem(s) found in the data.',
  warnings: '{count} note(s) about the data',
  retry: 'Try again',
  actors: 'Who',
  location: 'Where',
  sources: 'Sources',
  series: 'Series',
  chartSummary: '{count} events from {start} to {end}',
  helpVertical: 'Select an event for its details; Tab moves between events.',
  help: `Drag to pan. ${zoomKey} + scroll, pinch or the buttons to zoom. Arrow keys move between events; ? lists all keys.`,
  seriesPosition: '{n} {series}',
  listView: 'List view',
  listHeading: 'All events, in date order',
  listMore: 'Show {count} more',
  download: 'Download the data',
  keys: 'Keyboard',
  keysHeading: 'Keyboard shortcuts',
  keyMap: [
    ['Tab', 'Enter the timeline, then the controls and the card'],
    ['← →', 'Previous or next event in date order'],
    ['↑ ↓', 'Nearest event in the lane above or below'],
    ['Home End', 'First or last event'],
    ['Page Up  Page Down', 'Move one screen earlier or later'],
    ['Enter Space', 'Open the event’s card'],
    ['Escape', 'Close the card and return to the event'],
    ['+ −', 'Zoom in or out'],
    ['0', 'Show all events'],
    ['?', 'Show or hide these shortcuts'],
  ],
  rangeAnnouncement: 'Showing {start} to {end}: {count} events',
  search: 'Search events',
  matchCount: '{count} matches',
  matchPosition: '{n} of {count}',
  noMatches: 'No matches',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  categoriesLegend: 'Categories: show or hide',
  actorsLegend: 'Actors: show or hide',
  cluster: '{count} events, {start} to {end} ({mix}). Select to zoom in.',
  clusterOnOneDate: '{count} events, {start} ({mix}). Select to zoom in.',
  uncategorised: 'Other',
  previousInSeries: 'Previous: {series}',
  nextInSeries: 'Next: {series}',
  railAll: 'Show all {count} events',
  ongoing: '{date} – present',
};

/** Replaces `{name}` placeholders. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `n` in the reader's language (12,345 or 12 345); the default language for a tag Intl refuses, such as `en_GB`. */
export function formatNumber(n: number, locale: string | undefined): string {
  let format = numberFormats.get(locale ?? '');
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = new Intl.NumberFormat();
    }
    numberFormats.set(locale ?? '', format);
  }
  return format.format(n);
}

/** English ordinals (1st, 2nd, 23rd); other languages get the plain number. */
export function formatOrdinal(n: number, locale: string | undefined): string {
  const language = (locale ?? 'en').toLowerCase();
  if (!language.startsWith('en')) return formatNumber(n, locale);
  const suffix: Record<string, string> = {one: 'st', two: 'nd', few: 'rd', other: 'th'};
  const rule = new Intl.PluralRules('en', {type: 'ordinal'}).select(n);
  return `${n}${suffix[rule] ?? 'th'}`;
}
