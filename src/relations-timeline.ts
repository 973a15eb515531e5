/**
 * Registers `<relations-timeline>`. Guarded, so that a page that loads two
 * copies of the library (a CMS embed and an npm bundle) does not throw.
 */
import {RelationsTimeline} from './relations-timeline.element.js';

export {RelationsTimeline};

if (!customElements.get('relations-timeline')) {
  customElements.define('relations-timeline', RelationsTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'relations-timeline': RelationsTimeline;
  }
}
