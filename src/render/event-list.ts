/**
 * Every event as text, in date order: the screen-reader alternative to the
 * chart (visually hidden, out of the tab order) and, on request, the list view
 * for readers who prefer text. Long lists grow in pages.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {fillTemplate} from '../strings.js';
import {
  categoryLabel,
  eventDateText,
  machineDate,
  renderEventDetails,
  type DetailsContext,
} from './event-details.js';

export interface ListContext extends DetailsContext {
  /** Shown to everyone (the list view), or only to assistive technology. */
  visible: boolean;
  /** How many events to render. */
  limit: number;
  selectedId: string | undefined;
  /** Address of the data file, for a download link. */
  downloadUrl: string | undefined;
  onMore(): void;
  onSelect(id: string): void;
}

export function renderEventList(ctx: ListContext): TemplateResult {
  const {timeline, strings, visible} = ctx;
  const events = timeline.events.slice(0, ctx.limit);
  const rest = timeline.events.length - events.length;
  const tabIndex = visible ? nothing : -1;
  return html`<section
    class=${visible ? 'event-list' : 'event-list visually-hidden'}
    part="list"
    aria-labelledby="list-heading"
  >
    <h3 id="list-heading">${strings.listHeading}</h3>
    <ol>
      ${repeat(
        events,
        (item) => item.id,
        (item) => {
          const category = categoryLabel(timeline, item);
          return html`<li class=${item.id === ctx.selectedId ? 'selected' : ''}>
            <p class="meta">
              <time datetime=${machineDate(item)}>${eventDateText(item, ctx.locale, strings)}</time>${
                category ? html` · ${category}` : nothing
              }
            </p>
            <h4 dir="auto">
              ${
                visible
                  ? html`<button class="link" @click=${() => ctx.onSelect(item.id)}>
                      ${item.event.title}
                    </button>`
                  : item.event.title
              }
            </h4>
            ${renderEventDetails(item, {...ctx, linkTabIndex: visible ? undefined : -1})}
          </li>`;
        }
      )}
    </ol>
    ${
      rest > 0 && visible
        ? html`<button @click=${ctx.onMore}>
            ${fillTemplate(strings.listMore, {count: Math.min(rest, 500)})}
          </button>`
        : nothing
    }
    ${
      ctx.downloadUrl && visible
        ? html`<p><a href=${ctx.downloadUrl} download tabindex=${tabIndex}>${strings.download}</a></p>`
        : nothing
    }
  </section>`;
}
