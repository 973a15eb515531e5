/**
 * The controls above the chart: zoom out, zoom in, show all (alternatives to
 * pinch and drag), step to the previous or next event, and the toggles for the
 * list view and the keyboard help.
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
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

/**
 * The buttons' icons, drawn rather than typed: the minus sign is missing from common fonts (Noto
 * Sans among them), and looking for it in the other fonts of the stack cost the first frame some
 * 15 ms in Chromium. The chevrons turn with the text in right-to-left pages, as ‹ and › did.
 */
const icons = {
  minus: svg`<path d="M3 8h10" />`,
  plus: svg`<path d="M3 8h10M8 3v10" />`,
  previous: svg`<path class="turns" d="M10 3 5 8l5 5" />`,
  next: svg`<path class="turns" d="m6 3 5 5-5 5" />`,
};

function iconButton(
  label: string,
  icon: keyof typeof icons,
  onClick: () => void,
  disabled = false
): TemplateResult {
  return html`<button aria-label=${label} title=${label} ?disabled=${disabled} @click=${onClick}>
    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${icons[icon]}</svg>
  </button>`;
}

export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const {strings} = ctx;
  return html`<div class="toolbar" role="toolbar" aria-label=${strings.controls} part="controls">
    ${
      ctx.zoomable
        ? html`${iconButton(strings.zoomOut, 'minus', () => ctx.onZoom(0.5), ctx.listView)}
            ${iconButton(strings.zoomIn, 'plus', () => ctx.onZoom(2), ctx.listView)}
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
    ${iconButton(strings.previous, 'previous', () => ctx.onStep(-1), ctx.atFirst)}
    ${iconButton(strings.next, 'next', () => ctx.onStep(1), ctx.atLast)}
  </div>`;
}
