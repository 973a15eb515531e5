// The React wrapper (`relations-timeline/react`) as a React + TypeScript app
// uses it: typed props, camel-case event props, a ref to the element.
// Compiled with `jsx: react-jsx` and @types/react, never run.
import {useRef, useState, type ReactElement} from 'react';
import {RelationsTimeline, type RelationsTimelineProps} from 'relations-timeline/react';
import type {RelationsTimeline as RelationsTimelineElement, TimelineData} from 'relations-timeline';

export function Article({data}: {data: TimelineData}): ReactElement {
  const timeline = useRef<RelationsTimelineElement>(null);
  const [selected, setSelected] = useState<string | undefined>();
  const [window, setWindow] = useState<[Date, Date] | undefined>();
  return (
    <figure>
      <RelationsTimeline
        ref={timeline}
        data={data}
        lanes="actor"
        theme="auto"
        lang="hi"
        start="1990"
        end="2025"
        heading="India and Russia"
        selected={selected}
        strings={{zoomIn: 'ज़ूम इन'}}
        className="timeline"
        onTimelineLoad={(e) => console.log(e.detail.count, e.detail.warnings.length)}
        onTimelineError={(e) =>
          console.warn(
            e.detail.message,
            e.detail.problems.map((p) => p.path)
          )
        }
        onTimelineSelect={(e) => setSelected(e.detail.id ?? undefined)}
        onTimelineRangeChange={(e) => setWindow([e.detail.start, e.detail.end])}
      />
      <button onClick={() => timeline.current?.zoomTo('2021-11', '2022-01')}>December 2021</button>
      <figcaption>{window ? `${window[0].getUTCFullYear()}–${window[1].getUTCFullYear()}` : ''}</figcaption>
    </figure>
  );
}

export const props: RelationsTimelineProps = {
  lanes: 'series',
  events: [{date: '1971-08-09', title: 'Treaty'}],
};

// @ts-expect-error: lanes is a closed set.
export const wrongLanes = <RelationsTimeline lanes="diagonal" />;
// @ts-expect-error: the select event's detail has no `count`.
export const wrongDetail = <RelationsTimeline onTimelineSelect={(e) => e.detail.count} />;
