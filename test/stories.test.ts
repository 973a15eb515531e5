/**
 * Every story in `stories/relations-timeline.stories.ts`, rendered the way
 * Storybook renders it (the story's `render`, else the default export's, with
 * the merged args; `beforeEach` and its cleanup), then checked: it settles in
 * the state it is meant to show, and axe finds nothing. A broken story fails
 * here, not only in Storybook.
 */
import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import * as stories from '../stories/relations-timeline.stories.js';
import type {TimelineArgs} from '../stories/relations-timeline.stories.js';
import {reduceMotion, TimelineHarness} from './harness.js';

type Render = (args: TimelineArgs) => TemplateResult;
type Cleanup = void | (() => void | Promise<void>);
interface StoryLike {
  args?: Partial<TimelineArgs>;
  render?: unknown;
  beforeEach?: unknown;
}

const {default: meta, ...named} = stories;
const all = Object.entries(named as Record<string, StoryLike>).filter(
  ([, story]) => typeof story === 'object' && story !== null
);

/** What each story must show once settled; stories not listed show a chart. */
const expected: Record<string, {state: 'chart' | 'loading' | 'empty' | 'error'; fires?: string}> = {
  Loading: {state: 'loading'},
  Empty: {state: 'empty'},
  Error: {state: 'chart', fires: 'timeline-error'},
  ErrorUnreadable: {state: 'error', fires: 'timeline-error'},
};

/** The scenarios of issue #6; a story removed or renamed fails the first test. */
const scenarios = [
  'Default',
  'LanesNone',
  'LanesActor',
  'LanesSeries',
  'DenseCluster',
  'Eras',
  'PartialDates',
  'Selected',
  'Dark',
  'LocaleHindi',
  'LocaleRussian',
  'LocaleArabic',
  'Narrow320',
  'Loading',
  'Empty',
  'Error',
  'Themed',
  'TimelineJSInput',
  'CSVInput',
];

describe('stories/relations-timeline.stories.ts', () => {
  before(reduceMotion);

  it('default-exports the meta for <relations-timeline> and has a story for every scenario', () => {
    expect(meta.title).to.equal('RelationsTimeline');
    expect(meta.component).to.equal('relations-timeline');
    expect(all.map(([name]) => name)).to.include.members(scenarios);
  });

  for (const [name, story] of all) {
    it(`${name}: renders, settles and passes axe`, async () => {
      const cleanups: Cleanup[] = [];
      for (const hook of [(meta as StoryLike).beforeEach, story.beforeEach]) {
        if (typeof hook === 'function') cleanups.push(await hook({}));
      }
      try {
        const args = {...meta.args, ...story.args} as TimelineArgs;
        const renderStory = (story.render ?? meta.render) as Render;
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        const fired: string[] = [];
        const settled = new Promise<void>((resolve) => {
          for (const type of ['timeline-load', 'timeline-error']) {
            container.addEventListener(type, () => {
              fired.push(type);
              resolve();
            });
          }
        });
        render(renderStory(args), container);
        const el = container.querySelector('relations-timeline');
        expect(el, 'the story renders a <relations-timeline>').to.exist;
        const t = new TimelineHarness(el!);
        const want = expected[name] ?? {state: 'chart', fires: 'timeline-load'};
        await t.settle();
        if (want.state !== 'loading') await settled;
        await nextFrame();
        await t.settle();

        expect(t.state()).to.equal(want.state);
        if (want.fires) expect(fired).to.include(want.fires);
        if (args.selected) expect(t.card(), 'the card of the selected event is open').not.to.equal(null);
        if (args.lang) expect(el!.locale).to.equal(args.lang);
        await expect(container).to.be.accessible();
      } finally {
        for (const cleanup of cleanups.reverse()) if (typeof cleanup === 'function') await cleanup();
      }
    });
  }
});
