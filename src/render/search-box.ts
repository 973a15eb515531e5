/** The search field: matches are highlighted on the chart; the buttons step through them. */
import {html, nothing, type TemplateResult} from 'lit';
import {fillTemplate, type TimelineStrings} from '../strings.js';

export interface SearchContext {
  strings: TimelineStrings;
  query: string;
  /** Number of matches, `undefined` with no query. */
  count: number | undefined;
  /** 1-based position of the selected match, 0 when none is selected. */
  position: number;
  onInput(query: string): void;
  onStep(direction: -1 | 1): void;
}

export function renderSearchBox(ctx: SearchContext): TemplateResult {
  const {strings, count} = ctx;
  const status =
    count === undefined
      ? ''
      : count === 0
        ? strings.noMatches
        : fillTemplate(ctx.position ? strings.matchPosition : strings.matchCount, {n: ctx.position, count});
  return html`<div class="search" role="search" part="search">
    <label for="search" class="visually-hidden">${strings.search}</label>
    <input
      id="search"
      type="search"
      placeholder=${strings.search}
      autocomplete="off"
      .value=${ctx.query}
      @input=${(e: InputEvent) => ctx.onInput((e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' && count) {
          e.preventDefault();
          ctx.onStep(e.shiftKey ? -1 : 1);
        }
      }}
    />
    ${
      count === undefined
        ? nothing
        : html`<span class="matches">${status}</span>
            <button
              aria-label=${strings.previousMatch}
              title=${strings.previousMatch}
              ?disabled=${!count}
              @click=${() => ctx.onStep(-1)}
            >
              <span class="icon" aria-hidden="true">↑</span>
            </button>
            <button
              aria-label=${strings.nextMatch}
              title=${strings.nextMatch}
              ?disabled=${!count}
              @click=${() => ctx.onStep(1)}
            >
              <span class="icon" aria-hidden="true">↓</span>
            </button>`
    }
  </div>`;
}
