/**
 * The detail card for the selected event: date as written, title, summary,
 * who, where, series position and sources. All data is bound as text; links
 * were checked by the data layer (http, https, mailto only).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {formatDateRange, formatPartialDate} from '../data/format-date.js';
import type {ParsedEvent} from '../data/parse-event.js';
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {fillTemplate, formatOrdinal, type TimelineStrings} from '../strings.js';
import type {CategoryStyle} from './category-style.js';
import {symbolPath} from './symbols.js';

export interface CardContext {
  timeline: ParsedTimeline;
  style: CategoryStyle;
  locale: string | undefined;
  strings: TimelineStrings;
  hasPrevious: boolean;
  hasNext: boolean;
  onClose(): void;
  onStep(direction: -1 | 1): void;
}

/** The date as written, at its precision: "9 August 1971", "3–11 April 1984", "c. 1990". */
export function eventDateText(
  item: ParsedEvent,
  locale: string | undefined,
  strings: TimelineStrings
): string {
  return item.end
    ? formatDateRange(item.start, item.end, locale, strings)
    : formatPartialDate(item.start, locale, strings);
}

/** A machine-readable `datetime` for `<time>`, where HTML allows one (years 0001–9999). */
function machineDate(text: string): string | typeof nothing {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) && !text.startsWith('0000') ? text : nothing;
}

function seriesText(item: ParsedEvent, ctx: CardContext): string | undefined {
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
    .map((p) => html`<p>${p}</p>`);
}

export function renderCard(item: ParsedEvent, ctx: CardContext): TemplateResult {
  const {event} = item;
  const {timeline, strings, style} = ctx;
  const category = event.category
    ? (timeline.categories.get(event.category)?.label ?? event.category)
    : undefined;
  const actors = (event.actors ?? []).map((code) => timeline.actors.get(code)?.name ?? code);
  const series = seriesText(item, ctx);
  const dateText = eventDateText(item, ctx.locale, strings);
  const datetime = item.end ? nothing : machineDate(event.date);
  return html`<section
    class="card cat-${style.slot}"
    part="card"
    role="region"
    aria-labelledby="card-title"
    style=${styleMap(style.color ? {'--c': style.color} : {})}
  >
    <div class="card-head">
      <div>
        ${
          category
            ? html`<span class="category"
                  ><svg viewBox="-7 -7 14 14" aria-hidden="true">
                    <path d=${symbolPath(style.symbol, 11)}></path></svg
                  >${category}</span
                >
                · `
            : nothing
        }<time datetime=${datetime}>${dateText}</time>
        <h3 id="card-title" tabindex="-1">${event.title}</h3>
      </div>
      <button
        class="close"
        part="close-button"
        aria-label=${strings.close}
        title=${strings.close}
        @click=${ctx.onClose}
      >
        <span class="icon" aria-hidden="true">×</span>
      </button>
    </div>
    ${
      event.image
        ? html`<figure>
            <img src=${event.image.url} alt=${event.image.alt} loading="lazy" />
            ${event.image.credit ? html`<figcaption>${event.image.credit}</figcaption>` : nothing}
          </figure>`
        : nothing
    }
    ${event.summary ? paragraphs(event.summary) : nothing}
    <dl>
      ${
        actors.length
          ? html`<dt>${strings.actors}</dt>
              <dd>${actors.join(', ')}</dd>`
          : nothing
      }
      ${
        event.location
          ? html`<dt>${strings.location}</dt>
              <dd>${event.location}</dd>`
          : nothing
      }
      ${
        series
          ? html`<dt>${strings.series}</dt>
              <dd>${series}</dd>`
          : nothing
      }
      ${
        event.sources?.length
          ? html`<dt>${strings.sources}</dt>
              <dd>
                ${event.sources.map(
                  (source, i) =>
                    html`${i ? '; ' : ''}${
                      source.url
                        ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer"
                            >${source.title}</a
                          >`
                        : source.title
                    }`
                )}
              </dd>`
          : nothing
      }
    </dl>
    <div class="card-nav">
      <button ?disabled=${!ctx.hasPrevious} @click=${() => ctx.onStep(-1)}>
        <span aria-hidden="true">‹ </span>${strings.previous}
      </button>
      <button ?disabled=${!ctx.hasNext} @click=${() => ctx.onStep(1)}>
        ${strings.next}<span aria-hidden="true"> ›</span>
      </button>
    </div>
  </section>`;
}
