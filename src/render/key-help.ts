/** The keyboard help, shown by the "Keyboard" button or the `?` key. */
import {html, type TemplateResult} from 'lit';
import type {TimelineStrings} from '../strings.js';

export function renderKeyHelp(strings: TimelineStrings): TemplateResult {
  return html`<section id="keys" class="keys" part="keys" aria-labelledby="keys-heading">
    <h3 id="keys-heading">${strings.keysHeading}</h3>
    <dl>
      ${strings.keyMap.map(
        ([keys, action]) =>
          html`<dt>${keys.split(/\s+/).map((key) => html`<kbd>${key}</kbd> `)}</dt>
            <dd>${action}</dd>`
      )}
    </dl>
  </section>`;
}
