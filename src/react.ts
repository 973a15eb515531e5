/**
 * `relations-timeline/react`: a React component for `<relations-timeline>`,
 * made with `@lit/react`, for React 18 and earlier (and for React 19 code that
 * prefers camel-case event props). It registers the element, sets every prop as
 * a property, and maps the element's events to typed props:
 *
 * ```tsx
 * import {RelationsTimeline} from 'relations-timeline/react';
 *
 * <RelationsTimeline data={data} lanes="actor" onTimelineSelect={(e) => show(e.detail.id)} />;
 * ```
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {RelationsTimeline as RelationsTimelineElement} from './relations-timeline.js';
import type {
  TimelineErrorEvent,
  TimelineLoadEvent,
  TimelineRangeChangeEvent,
  TimelineSelectEvent,
} from './events.js';

/** `<relations-timeline>` as a React component. `ref` gives the element, for `select()`, `zoomTo()` and the rest. */
export const RelationsTimeline = createComponent({
  tagName: 'relations-timeline',
  elementClass: RelationsTimelineElement,
  react: React,
  events: {
    onTimelineLoad: 'timeline-load' as EventName<TimelineLoadEvent>,
    onTimelineError: 'timeline-error' as EventName<TimelineErrorEvent>,
    onTimelineSelect: 'timeline-select' as EventName<TimelineSelectEvent>,
    onTimelineRangeChange: 'timeline-rangechange' as EventName<TimelineRangeChangeEvent>,
  },
  displayName: 'RelationsTimeline',
});

/** The props of the React `RelationsTimeline`. */
export type RelationsTimelineProps = React.ComponentProps<typeof RelationsTimeline>;

export type {RelationsTimelineElement};
