/**
 * JSX typings of `<relations-timeline>` for React 19, which sets custom
 * element props as properties and listens to `on` + event name:
 *
 * ```tsx
 * import 'relations-timeline';
 * import type {} from 'relations-timeline/jsx';
 *
 * <relations-timeline lanes="actor" data={data} ontimeline-select={(e) => show(e.detail.id)} />;
 * ```
 *
 * Types only: import it with `import type`, or list it in `compilerOptions.types`.
 * React 18 and earlier: use the wrapper in `relations-timeline/react` instead.
 */
import type {DetailedHTMLProps as ReactProps, HTMLAttributes as ReactAttributes} from 'react';
import type {RelationsTimelineJSXProps} from './jsx-types.js';
import type {RelationsTimeline} from './relations-timeline.element.js';

export type {
  RelationsTimelineJSXProps,
  RelationsTimelineElementProps,
  RelationsTimelineEventProps,
} from './jsx-types.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'relations-timeline': ReactProps<ReactAttributes<RelationsTimeline>, RelationsTimeline> &
        RelationsTimelineJSXProps;
    }
  }
}
