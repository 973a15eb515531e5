/**
 * What the adapters (TimelineJS, CSV) share: they turn foreign input into a
 * draft dataset, then check it with `parseTimeline` so that a converted
 * dataset obeys the same rules as an authored one. Problems found there are
 * moved back to where they are in the original input (`events[2].end` of the
 * draft is `events[5].end_date` of a TimelineJS file, or `rows[6].End Year`
 * at line 7 of a spreadsheet).
 */
import type {TimelineData, TimelineProblem} from '../types.js';
import {parseTimeline} from './parse-timeline.js';
import type {ProblemList} from './read-fields.js';

/** A converted dataset and every problem found, with paths into the original input. */
export interface Conversion {
  data: TimelineData;
  problems: TimelineProblem[];
}

/** Where a draft event or era came from. */
export interface Origin {
  /** Its path in the original input, e.g. `events[5]` or `rows[4]`. */
  path: string;
  /** Put before messages, e.g. `line 5: `. */
  note?: string;
  /** Draft field → original field, e.g. `{end: 'end_date', 'image.url': 'media.url'}`. */
  fields: Readonly<Record<string, string>>;
}

/** Draft paths (`events[2]`, `eras[0]`) → origins. */
export type Origins = Map<string, Origin>;

const ITEM = /^((?:events|eras)\[\d+\])(.*)$/;

/** The problem at the place in the original input that the draft path points to. */
export function relocateProblem(problem: TimelineProblem, origins: Origins): TimelineProblem {
  const [, item = '', rest = ''] = ITEM.exec(problem.path) ?? [];
  const origin = origins.get(item);
  if (!origin) return problem;
  let field = rest;
  let best = '';
  for (const key of Object.keys(origin.fields)) {
    const at = `.${key}`;
    const boundary = rest.charAt(at.length);
    if (
      rest.startsWith(at) &&
      (boundary === '' || boundary === '.' || boundary === '[') &&
      key.length > best.length
    ) {
      best = key;
      field = `.${origin.fields[key]}${rest.slice(at.length)}`;
    }
  }
  return {...problem, path: `${origin.path}${field}`, message: `${origin.note ?? ''}${problem.message}`};
}

/**
 * Checks `draft` with `parseTimeline`, adds its problems (relocated) to
 * `problems`, and returns the dataset with only what passed: valid events in
 * input order with their ids, and valid eras.
 */
export function finishConversion(draft: TimelineData, origins: Origins, problems: ProblemList): Conversion {
  const parsed = parseTimeline(draft);
  const failedEras = new Set<string>();
  for (const problem of parsed.problems) {
    const moved = relocateProblem(problem, origins);
    problems.items.push(moved);
    const era = /^eras\[\d+\]/.exec(problem.path);
    if (era && problem.severity === 'error') failedEras.add(era[0]);
  }
  const events = [...parsed.events].sort((a, b) => a.inputIndex - b.inputIndex).map((e) => e.event);
  const eras = (draft.eras ?? []).filter((_, i) => !failedEras.has(`eras[${i}]`));
  const data: TimelineData = {
    ...(draft.title ? {title: draft.title} : {}),
    ...(draft.description ? {description: draft.description} : {}),
    events,
    ...(draft.categories && Object.keys(draft.categories).length ? {categories: draft.categories} : {}),
    ...(eras.length ? {eras} : {}),
  };
  return {data, problems: problems.items};
}
