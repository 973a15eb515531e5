// Preact with the typings from `relations-timeline/jsx/preact`. Compiled with
// `jsxImportSource: preact`, never run.
import 'relations-timeline';
import type {} from 'relations-timeline/jsx/preact';
import type {TimelineData} from 'relations-timeline';

export function Article({data, onSelect}: {data: TimelineData; onSelect: (id: string | null) => void}) {
  return (
    <relations-timeline
      data={data}
      lanes="actor"
      lang="ru"
      ontimeline-select={(e) => onSelect(e.detail.id)}
      ontimeline-rangechange={(e) => console.log(e.detail.end.toISOString())}
    />
  );
}

// @ts-expect-error: lanes is a closed set.
export const wrongLanes = <relations-timeline lanes="diagonal" />;
