/**
 * Public data types: what a host page hands to `<relations-timeline>`
 * (SPEC §2) and what the element hands back in its events.
 */

/** A link to where a fact comes from. Only `http:`, `https:` and `mailto:` URLs are accepted. */
export interface TimelineSource {
  /** Publication or official body, e.g. "Ministry of External Affairs". */
  title: string;
  /** Optional address of the report. */
  url?: string;
}

/** A picture shown in the detail card. */
export interface TimelineImage {
  /** `http:` or `https:` address (or a path relative to the page). */
  url: string;
  /** Text alternative, read by screen readers. */
  alt: string;
  /** Who made or owns the picture. */
  credit?: string;
}

/** One dated event, as authored. */
export interface TimelineEvent {
  /** EDTF level 0–1 date: `2021`, `2021-12`, `2021-12-06`, `2021-12-06T10:30`, `-0044`, `1990~`, `2009-06-16?`. */
  date: string;
  /** Optional end of a span, same syntax, never before `date`. */
  end?: string;
  /** Headline, plain text. */
  title: string;
  /** Plain text; blank lines separate paragraphs. */
  summary?: string;
  /** Unique id; derived from date and title when absent. */
  id?: string;
  /** Key into the dataset's `categories`. */
  category?: string;
  /** Participants, keys into the dataset's `actors`. */
  actors?: string[];
  /** Place. */
  location?: string;
  /** Recurring series key, e.g. `annual-summit`. */
  series?: string;
  /**
   * Position in the series when the dataset holds only some of its members
   * (e.g. 21 for the 21st annual summit). Without it, members are numbered in date order.
   */
  seriesNumber?: number;
  /** 3 = headline, 2 = notable, 1 = detail. Drives label priority. */
  importance?: 1 | 2 | 3;
  /** Attribution links. */
  sources?: TimelineSource[];
  /** Optional picture for the detail card. */
  image?: TimelineImage;
  /** Free keywords. */
  tags?: string[];
}

/** A participant: a country (ISO 3166 code) or an organisation. */
export interface TimelineActor {
  name: string;
  color?: string;
}

/** A kind of event, e.g. summit or defence. */
export interface TimelineCategory {
  label: string;
  color?: string;
}

/** A recurring series of events, e.g. the annual summits. */
export interface TimelineSeries {
  /** Name as it reads after an ordinal: "annual summit" gives "21st annual summit". */
  label: string;
}

/** A shaded background period. */
export interface TimelineEra {
  start: string;
  end: string;
  title: string;
}

/** A whole dataset. A bare array of events is read as `{events}`. */
export interface TimelineData {
  title?: string;
  description?: string;
  events: TimelineEvent[];
  actors?: Record<string, TimelineActor>;
  categories?: Record<string, TimelineCategory>;
  /** Names of the series that events refer to by key (an addition to SPEC §2). */
  series?: Record<string, TimelineSeries>;
  eras?: TimelineEra[];
}

/** One thing wrong with the input, with where it is. */
export interface TimelineProblem {
  /** Where, e.g. `events[3].date`. Empty for the whole input. */
  path: string;
  /** Why, e.g. `"2021-13-01" is not a valid date`. */
  message: string;
  /** `error`: the item was left out. `warning`: it was kept (e.g. an unknown field). */
  severity: 'error' | 'warning';
}

/** How events are split into horizontal lanes. */
export type LaneMode = 'none' | 'category' | 'actor' | 'series';

/** Who caused a change: the reader, the host page's code, or the page URL. */
export type ChangeSource = 'user' | 'api' | 'url';

/** Colour scheme. `auto` follows `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'auto';

/** Animation. `auto` follows `prefers-reduced-motion`; `reduce` turns it off whatever that says. */
export type Motion = 'auto' | 'reduce';
