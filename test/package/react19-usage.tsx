// React 19 renders custom elements itself: `<relations-timeline>` with the
// typings from `relations-timeline/jsx`, props set as properties and
// `ontimeline-…` listeners. Compiled with `jsx: react-jsx`, never run.
import 'relations-timeline';
import type {} from 'relations-timeline/jsx';
import type {ReactElement} from 'react';
import type {TimelineData} from 'relations-timeline';

export function Article({
  data,
  onSelect,
}: {
  data: TimelineData;
  onSelect: (id: string | null) => void;
}): ReactElement {
  return (
    <relations-timeline
      data={data}
      lanes="category"
      theme="dark"
      start="1990"
      className="timeline"
      ontimeline-select={(e) => onSelect(e.detail.id)}
      ontimeline-rangechange={(e) => console.log(e.detail.start.toISOString(), e.detail.source)}
      ontimeline-load={(e) => console.log(e.detail.count)}
      ontimeline-error={(e) => console.warn(e.detail.message)}
    />
  );
}

// @ts-expect-error: lanes is a closed set.
export const wrongLanes = <relations-timeline lanes="diagonal" />;
