/**
 * The legend: each category (and, with actor lanes, each actor) with its
 * shape, colour and count, as a toggle button that shows or hides its events.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {colorClasses, type CategoryStyle} from './category-style.js';
import {symbolPath} from './symbols.js';

export interface LegendEntry {
  key: string;
  label: string;
  count: number;
  /** Category entries have a shape and colour; actor entries do not. */
  style?: CategoryStyle;
  shown: boolean;
}

export interface LegendContext {
  /** Accessible name of the group, e.g. "Categories: show or hide". */
  label: string;
  entries: readonly LegendEntry[];
  onToggle(key: string): void;
}

export function renderLegend(ctx: LegendContext): TemplateResult | typeof nothing {
  if (ctx.entries.length < 2) return nothing;
  return html`<div class="legend" part="legend" role="group" aria-label=${ctx.label}>
    ${ctx.entries.map(
      (entry) =>
        html`<button
          class=${`legend-entry ${colorClasses(entry.style)}`.trim()}
          aria-pressed=${entry.shown ? 'true' : 'false'}
          @click=${() => ctx.onToggle(entry.key)}
        >
          ${
            entry.style
              ? html`<svg viewBox="-7 -7 14 14" aria-hidden="true">
                  <path d=${symbolPath(entry.style.symbol, 11)}></path>
                </svg>`
              : nothing
          }
          <span>${entry.label}</span> <span class="count">${entry.count}</span>
        </button>`
    )}
  </div>`;
}
