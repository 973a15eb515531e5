/**
 * The vertical layout for narrow containers (a phone column): time runs
 * down a rail, one row per event in date order with its date, shape and
 * title; a year heading wherever the year changes; the selected event's
 * card opens inline, under its row. Page scrolling does the panning.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {colorClasses, styleOf, type CategoryStyle} from './category-style.js';
import {categoryLabel, eventDateText} from './event-details.js';
import {symbolPath} from './symbols.js';
import {fillTemplate, type TimelineStrings} from '../strings.js';

export interface RailContext {
  timeline: ParsedTimeline;
  styles: ReadonlyMap<string, CategoryStyle>;
  locale: string | undefined;
  strings: TimelineStrings;
  selectedId: string | undefined;
  matches: ReadonlySet<number> | undefined;
  /** How many events to show (long timelines grow in pages). */
  limit: number;
  /** Show only the headline events (importance 3) and the selected one. */
  headlinesOnly: boolean;
  onShowAll(): void;
  renderCard(eventIndex: number): TemplateResult | typeof nothing;
  onSelect(eventIndex: number): void;
  onMore(): void;
}

function yearOf(timeline: ParsedTimeline, index: number): number | undefined {
  return timeline.events[index]?.start.year;
}

export function renderRail(ctx: RailContext): TemplateResult {
  const {timeline, strings} = ctx;
  // Indices into the timeline, so that data-index and names match the chart's.
  const shown = timeline.events
    .map((item, i) => ({item, i}))
    .filter(({item}) => !ctx.headlinesOnly || item.importance === 3 || item.id === ctx.selectedId)
    .slice(0, ctx.limit);
  const events = shown.map(({item}) => item);
  return html`<ol class="rail" part="rail">
      ${repeat(
        shown,
        ({item}) => item.id,
        ({item, i}, row) => {
          const style = styleOf(ctx, item.event.category);
          const category = categoryLabel(timeline, item);
          const year = yearOf(timeline, i);
          const newYear = row === 0 || year !== yearOf(timeline, shown[row - 1]?.i ?? -1);
          const selected = item.id === ctx.selectedId;
          const dim = ctx.matches !== undefined && !ctx.matches.has(i);
          return html`<li class=${['rail-item', selected ? 'selected' : '', dim ? 'dim' : ''].join(' ')}>
            ${newYear ? html`<p class="rail-year" aria-hidden="true">${year}</p>` : nothing}
            <button
              class="rail-event event ${colorClasses(style)}"
              part="event"
              data-index=${i}
              aria-expanded=${selected ? 'true' : 'false'}
              @click=${() => ctx.onSelect(i)}
            >
              <svg viewBox="-8 -8 16 16" aria-hidden="true">
                <path class="symbol" d=${symbolPath(style.symbol, 12)}></path>
              </svg>
              <!-- The visible text is the accessible name (WCAG 2.5.3); hidden words complete the sentence. -->
              <span class="rail-date">${eventDateText(item, ctx.locale, strings)}</span
              ><span class="visually-hidden">, ${category ? `${category}: ` : ''}</span
              ><span class="rail-title">${item.event.title}</span
              >${item.event.location ? html`<span class="visually-hidden">, ${item.event.location}</span>` : nothing}
            </button>
            ${selected ? ctx.renderCard(i) : nothing}
          </li>`;
        }
      )}
    </ol>
    ${
      ctx.headlinesOnly && timeline.events.length > events.length
        ? html`<button class="rail-more" @click=${ctx.onShowAll}>
            ${fillTemplate(strings.railAll, {count: timeline.events.length})}
          </button>`
        : timeline.events.length > events.length
          ? html`<button class="rail-more" @click=${ctx.onMore}>
              ${fillTemplate(strings.listMore, {count: Math.min(500, timeline.events.length - events.length)})}
            </button>`
          : nothing
    }`;
}
