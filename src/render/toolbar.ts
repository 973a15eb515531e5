/**
 * The controls above the chart: zoom out, zoom in, show all (alternatives to
 * pinch and drag), step to the previous or next event, and the toggles for the
 * list view and the keyboard help.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {TimelineStrings} from '../strings.js';

export interface ToolbarContext {
  strings: TimelineStrings;
  atFirst: boolean;
  atLast: boolean;
  listView: boolean;
  /** False in the vertical layout, where the page's scrolling replaces zooming. */
  zoomable: boolean;
  keysShown: boolean;
  onZoom(factor: number): void;
  onFit(): void;
  onStep(direction: -1 | 1): void;
  onToggleList(): void;
  onToggleKeys(): void;
}

function iconButton(label: string, icon: string, onClick: () => void, disabled = false): TemplateResult {
  return html`<button aria-label=${label} title=${label} ?disabled=${disabled} @click=${onClick}>
    <span class="icon" aria-hidden="true">${icon}</span>
  </button>`;
}

export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const {strings} = ctx;
  return html`<div class="toolbar" role="toolbar" aria-label=${strings.controls} part="controls">
    ${
      ctx.zoomable
        ? html`${iconButton(strings.zoomOut, '−', () => ctx.onZoom(0.5), ctx.listView)}
            ${iconButton(strings.zoomIn, '+', () => ctx.onZoom(2), ctx.listView)}
            <button ?disabled=${ctx.listView} @click=${ctx.onFit}>${strings.fit}</button>`
        : nothing
    }
    <span class="spacer"></span>
    <button aria-pressed=${ctx.listView ? 'true' : 'false'} @click=${ctx.onToggleList}>
      ${strings.listView}
    </button>
    <button aria-expanded=${ctx.keysShown ? 'true' : 'false'} aria-controls="keys" @click=${ctx.onToggleKeys}>
      ${strings.keys}
    </button>
    ${iconButton(strings.previous, '‹', () => ctx.onStep(-1), ctx.atFirst)}
    ${iconButton(strings.next, '›', () => ctx.onStep(1), ctx.atLast)}
  </div>`;
}
