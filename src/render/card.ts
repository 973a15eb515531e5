/**
 * The detail card of the selected event: a labelled, non-modal region whose
 * heading takes focus when a reader opens it.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {ParsedEvent} from '../data/parse-event.js';
import type {CategoryStyle} from './category-style.js';
import {
  categoryLabel,
  eventDateText,
  machineDate,
  renderEventDetails,
  type DetailsContext,
} from './event-details.js';
import {symbolPath} from './symbols.js';

export interface CardContext extends DetailsContext {
  style: CategoryStyle;
  hasPrevious: boolean;
  hasNext: boolean;
  onClose(): void;
  onStep(direction: -1 | 1): void;
}

export function renderCard(item: ParsedEvent, ctx: CardContext): TemplateResult {
  const {strings, style} = ctx;
  const category = categoryLabel(ctx.timeline, item);
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
        }<time datetime=${machineDate(item)}>${eventDateText(item, ctx.locale, strings)}</time>
        <h3 id="card-title" tabindex="-1">${item.event.title}</h3>
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
