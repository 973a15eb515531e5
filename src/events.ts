/**
 * The element's events (SPEC §3): one class each, all `bubbles` and
 * `composed` so that a host page can listen anywhere above the element.
 */
import type {ChangeSource, TimelineEvent, TimelineProblem} from './types.js';

const init = {bubbles: true, composed: true} as const;

export interface TimelineLoadDetail {
  /** Events drawn. */
  count: number;
  /** Problems that did not stop an event from being drawn, and errors for the ones left out. */
  warnings: TimelineProblem[];
}

/** Data was parsed and drawn. */
export class TimelineLoadEvent extends CustomEvent<TimelineLoadDetail> {
  constructor(detail: TimelineLoadDetail) {
    super('timeline-load', {...init, detail});
  }
}

export interface TimelineErrorDetail {
  /** One sentence for a reader. */
  message: string;
  /** Each problem with its path, e.g. `events[3].date`. */
  problems: TimelineProblem[];
}

/** Data could not be loaded, or some events were invalid and left out. */
export class TimelineErrorEvent extends CustomEvent<TimelineErrorDetail> {
  constructor(detail: TimelineErrorDetail) {
    super('timeline-error', {...init, detail});
  }
}

export interface TimelineSelectDetail {
  /** Selected event id, or `null` when the selection was cleared. */
  id: string | null;
  /** The selected event (with its id), or `null`. */
  event: (TimelineEvent & {id: string}) | null;
  source: ChangeSource;
}

/** The selection changed. */
export class TimelineSelectEvent extends CustomEvent<TimelineSelectDetail> {
  constructor(detail: TimelineSelectDetail) {
    super('timeline-select', {...init, detail});
  }
}

export interface TimelineRangeChangeDetail {
  start: Date;
  end: Date;
  source: ChangeSource;
}

/** The visible window changed and settled (after a zoom or pan ends). */
export class TimelineRangeChangeEvent extends CustomEvent<TimelineRangeChangeDetail> {
  constructor(detail: TimelineRangeChangeDetail) {
    super('timeline-rangechange', {...init, detail});
  }
}

declare global {
  interface HTMLElementEventMap {
    'timeline-load': TimelineLoadEvent;
    'timeline-error': TimelineErrorEvent;
    'timeline-select': TimelineSelectEvent;
    'timeline-rangechange': TimelineRangeChangeEvent;
  }
}
