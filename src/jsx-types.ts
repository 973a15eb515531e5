/**
 * Props of `<relations-timeline>` in JSX, shared by the React 19 and Preact
 * typings (`relations-timeline/jsx`, `relations-timeline/jsx/preact`). Both
 * frameworks set these as properties on the element, so rich values (`data`,
 * `events`, `strings`) pass straight through; `on` + the event name listens to
 * the element's events (`ontimeline-select`).
 */
import type {
  TimelineErrorEvent,
  TimelineLoadEvent,
  TimelineRangeChangeEvent,
  TimelineSelectEvent,
} from './events.js';
import type {RelationsTimeline} from './relations-timeline.element.js';

/** The element's attributes and properties, all optional. */
export type RelationsTimelineElementProps = Partial<
  Pick<
    RelationsTimeline,
    | 'src'
    | 'lanes'
    | 'start'
    | 'end'
    | 'selected'
    | 'theme'
    | 'motion'
    | 'orientation'
    | 'loading'
    | 'hashLinks'
    | 'lang'
    | 'heading'
    | 'data'
    | 'events'
    | 'strings'
  >
>;

/** Listeners for the element's events, named `on` + the event name (React 19, Preact). */
export interface RelationsTimelineEventProps {
  'ontimeline-load'?: (event: TimelineLoadEvent) => void;
  'ontimeline-error'?: (event: TimelineErrorEvent) => void;
  'ontimeline-select'?: (event: TimelineSelectEvent) => void;
  'ontimeline-rangechange'?: (event: TimelineRangeChangeEvent) => void;
}

/** Everything `<relations-timeline>` takes in JSX besides the usual HTML attributes. */
export type RelationsTimelineJSXProps = RelationsTimelineElementProps & RelationsTimelineEventProps;
