/**
 * The detail card of the selected event: a labelled, non-modal region whose
 * heading takes focus when a reader opens it.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {ParsedEvent} from '../data/parse-event.js';
import {colorClasses, type CategoryStyle} from './category-style.js';
import {
  categoryLabel,
  eventDateText,
  machineDate,
  renderEventDetails,
  type DetailsContext,
} from './event-details.js';
import {fillTemplate} from '../strings.js';
import {symbolPath} from './symbols.js';

/** A neighbour in the selected event's series. */
export interface SeriesLink {
  id: string;
  /** e.g. "20th annual summit". */
  label: string;
}

export interface CardContext extends DetailsContext {
  style: CategoryStyle;
  hasPrevious: boolean;
  hasNext: boolean;
  seriesPrevious: SeriesLink | undefined;
  seriesNext: SeriesLink | undefined;
  onClose(): void;
  onStep(direction: -1 | 1): void;
  onSelect(id: string): void;
}

function seriesButton(
  link: SeriesLink | undefined,
  template: string,
  before: string,
  after: string,
  ctx: CardContext
): TemplateResult | typeof nothing {
  if (!link) return nothing;
  return html`<button class="series-step" @click=${() => ctx.onSelect(link.id)}>
    <span aria-hidden="true">${before}</span>${fillTemplate(template, {series: link.label})}<span
      aria-hidden="true"
      >${after}</span
    >
  </button>`;
}

export function renderCard(item: ParsedEvent, ctx: CardContext): TemplateResult {
  const {strings, style} = ctx;
  const category = categoryLabel(ctx.timeline, item);
  return html`<section
    class="card ${colorClasses(style)}"
    part="card"
    role="region"
    aria-labelledby="card-title"
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
        }<time datetime=${machineDate(item)}>${eventDateText(item, ctx.locale, strings)}</time>
        <h3 id="card-title" tabindex="-1" dir="auto">${item.event.title}</h3>
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
    ${renderEventDetails(item, ctx)}
    ${
      ctx.seriesPrevious || ctx.seriesNext
        ? html`<div class="card-nav series-nav">
            ${seriesButton(ctx.seriesPrevious, strings.previousInSeries, '‹ ', '', ctx)}
            ${seriesButton(ctx.seriesNext, strings.nextInSeries, '', ' ›', ctx)}
          </div>`
        : nothing
    }
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
