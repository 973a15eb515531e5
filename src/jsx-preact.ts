/**
 * JSX typings of `<relations-timeline>` for Preact, which sets props as
 * properties when the element has them and listens to `on` + event name:
 *
 * ```tsx
 * import 'relations-timeline';
 * import type {} from 'relations-timeline/jsx/preact';
 *
 * <relations-timeline data={data} ontimeline-select={(e) => show(e.detail.id)} />;
 * ```
 *
 * Types only: import it with `import type`, or list it in `compilerOptions.types`.
 */
import type {JSX as PreactJSX} from 'preact';
import type {RelationsTimelineJSXProps} from './jsx-types.js';
import type {RelationsTimeline} from './relations-timeline.element.js';

export type {
  RelationsTimelineJSXProps,
  RelationsTimelineElementProps,
  RelationsTimelineEventProps,
} from './jsx-types.js';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'relations-timeline': Omit<
        PreactJSX.HTMLAttributes<RelationsTimeline>,
        keyof RelationsTimelineJSXProps
      > &
        RelationsTimelineJSXProps;
    }
  }
}
