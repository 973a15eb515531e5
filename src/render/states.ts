/**
 * What a reader sees instead of a chart (loading, empty, failed) and the
 * notice listing events that were left out because of errors in the data.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {countLeftOut} from '../data/left-out.js';
import {problemsOf, type ParsedTimeline} from '../data/parse-timeline.js';
import {fillTemplate, type TimelineStrings} from '../strings.js';
import type {TimelineProblem} from '../types.js';

function problemList(problems: readonly TimelineProblem[]): TemplateResult {
  return html`<ul>
    ${problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
  </ul>`;
}

export interface StateContext {
  strings: TimelineStrings;
  loading: boolean;
  timeline: ParsedTimeline | undefined;
  /** Offers a retry button when given (data came from `src`). */
  onRetry?: () => void;
}

/** The loading, empty or error state, or `nothing` when there is a chart to show. */
export function renderState({
  strings,
  loading,
  timeline,
  onRetry,
}: StateContext): TemplateResult | typeof nothing {
  if (loading) {
    return html`<div class="state" role="status">
      <div class="skeleton"></div>
      ${strings.loading}
    </div>`;
  }
  if (timeline?.events.length) return nothing;
  const errors = timeline ? problemsOf(timeline, 'error') : [];
  if (!errors.length) return html`<div class="state">${strings.empty}</div>`;
  return html`<div class="state error" role="alert">
    <h3>${strings.failed}</h3>
    ${problemList(errors.slice(0, 20))}
    ${onRetry ? html`<p><button @click=${onRetry}>${strings.retry}</button></p>` : nothing}
  </div>`;
}

/** "2 event(s) could not be shown…", counting events (not problems), or the errors that left none out. */
export function leftOutMessage(errors: readonly TimelineProblem[], strings: TimelineStrings): string {
  const count = countLeftOut(errors);
  return count
    ? fillTemplate(strings.leftOut, {count})
    : fillTemplate(strings.dataErrors, {count: errors.length});
}

/** A collapsed notice of the events left out, when some were drawn. */
export function renderProblems(
  timeline: ParsedTimeline | undefined,
  strings: TimelineStrings
): TemplateResult | typeof nothing {
  if (!timeline?.events.length) return nothing;
  const errors = problemsOf(timeline, 'error');
  if (!errors.length) return nothing;
  return html`<details class="problems">
    <summary>${leftOutMessage(errors, strings)}</summary>
    ${problemList(errors)}
  </details>`;
}
