/**
 * An event's full text, shared by the detail card and the list view: the date
 * as written, picture, summary, who, where, series position and sources. All
 * data is bound as text; links were checked by the data layer.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {formatDateRange, formatPartialDate} from '../data/format-date.js';
import type {ParsedEvent} from '../data/parse-event.js';
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {fillTemplate, formatOrdinal, type TimelineStrings} from '../strings.js';

export interface DetailsContext {
  timeline: ParsedTimeline;
  locale: string | undefined;
  strings: TimelineStrings;
  /** `-1` keeps links out of the tab order (in the hidden list for screen readers). */
  linkTabIndex?: number;
}

/** The date as written, at its precision: "9 August 1971", "3–11 April 1984", "c. 1990". */
export function eventDateText(
  item: ParsedEvent,
  locale: string | undefined,
  strings: TimelineStrings
): string {
  if (item.ongoing)
    return fillTemplate(strings.ongoing, {date: formatPartialDate(item.start, locale, strings)});
  return item.end
    ? formatDateRange(item.start, item.end, locale, strings)
    : formatPartialDate(item.start, locale, strings);
}

/** A machine-readable `datetime` for `<time>`, where HTML allows one (years 0001–9999). */
export function machineDate(item: ParsedEvent): string | typeof nothing {
  const text = item.event.date;
  return !item.end && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) && !text.startsWith('0000') ? text : nothing;
}

/** The category's label, or the key when the dataset has no label for it. */
export function categoryLabel(timeline: ParsedTimeline, item: ParsedEvent): string | undefined {
  return categoryKeyLabel(timeline, item.event.category);
}

/** {@link categoryLabel} from the category's key. */
export function categoryKeyLabel(timeline: ParsedTimeline, key: string | undefined): string | undefined {
  return key ? (timeline.categories.get(key)?.label ?? key) : undefined;
}

/** "21st annual summit". */
export function seriesText(item: ParsedEvent, ctx: DetailsContext): string | undefined {
  const series = item.event.series;
  if (!series || item.seriesNumber === undefined) return undefined;
  return fillTemplate(ctx.strings.seriesPosition, {
    n: formatOrdinal(item.seriesNumber, ctx.locale),
    series: ctx.timeline.series.get(series)?.label ?? series.replace(/[-_]+/g, ' '),
  });
}

function paragraphs(text: string): TemplateResult[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p dir="auto">${p}</p>`);
}

function row(term: string, value: unknown): TemplateResult {
  return html`<dt>${term}</dt>
    <dd>${value}</dd>`;
}

/** Picture, summary and the facts list of an event. */
export function renderEventDetails(item: ParsedEvent, ctx: DetailsContext): TemplateResult {
  const {event} = item;
  const {timeline, strings} = ctx;
  const actors = (event.actors ?? []).map((code) => timeline.actors.get(code)?.name ?? code);
  const series = seriesText(item, ctx);
  const sources = event.sources?.map(
    (source, i) =>
      html`${i ? '; ' : ''}${
        source.url
          ? html`<a
              href=${source.url}
              target="_blank"
              rel="noopener noreferrer"
              tabindex=${ctx.linkTabIndex ?? nothing}
              >${source.title}</a
            >`
          : source.title
      }`
  );
  return html`${
      event.image
        ? html`<figure>
            <img src=${event.image.url} alt=${event.image.alt} loading="lazy" />
            ${event.image.credit ? html`<figcaption>${event.image.credit}</figcaption>` : nothing}
          </figure>`
        : nothing
    }
    ${event.summary ? paragraphs(event.summary) : nothing}
    <dl>
      ${actors.length ? row(strings.actors, actors.join(', ')) : nothing}
      ${event.location ? row(strings.location, event.location) : nothing}
      ${series ? row(strings.series, series) : nothing}
      ${sources?.length ? row(strings.sources, sources) : nothing}
    </dl>`;
}
