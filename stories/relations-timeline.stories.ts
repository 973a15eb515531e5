/**
 * `<relations-timeline>` in every state a reader can meet (issue #6): one
 * story per scenario, all data from the shared fixtures in `test/fixtures/`
 * (never inline). Controls come from the Custom Elements Manifest
 * (`.storybook/preview.ts`). `test/stories.test.ts` renders every story here
 * in web-test-runner and runs axe on it, so a broken story fails `npm test`:
 * keep stories free of Storybook runtime imports (types only).
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/relations-timeline.js';
import type {TimelineStrings} from '../src/strings.js';
import type {LaneMode, ThemeName, TimelineData, TimelineEvent} from '../src/types.js';
import {badData} from '../test/fixtures/bad-data.js';
import {centurySpan} from '../test/fixtures/century-span.js';
import {csvSummits} from '../test/fixtures/csv-summits.js';
import {empty} from '../test/fixtures/empty.js';
import {events500} from '../test/fixtures/events-500.js';
import {indiaRussia} from '../test/fixtures/india-russia.js';
import {mixedPrecision} from '../test/fixtures/mixed-precision.js';
import {sameDayCluster} from '../test/fixtures/same-day-cluster.js';
import {timelineJSSummits} from '../test/fixtures/timelinejs-summits.js';

/** The element's attributes and properties, as story args. */
export interface TimelineArgs {
  src?: string;
  lanes?: LaneMode;
  start?: string;
  end?: string;
  selected?: string;
  theme?: ThemeName;
  lang?: string;
  heading?: string;
  orientation?: 'horizontal' | 'vertical' | 'auto';
  data?: TimelineData | TimelineEvent[];
  events?: TimelineEvent[];
  strings?: Partial<TimelineStrings>;
}

type Story = StoryObj<TimelineArgs>;

/** The element with every arg applied: attributes for the primitives, properties for the rest. */
function timeline(args: TimelineArgs): TemplateResult {
  return html`<relations-timeline
    src=${ifDefined(args.src)}
    lanes=${ifDefined(args.lanes)}
    start=${ifDefined(args.start)}
    end=${ifDefined(args.end)}
    selected=${ifDefined(args.selected)}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
    heading=${ifDefined(args.heading)}
    orientation=${ifDefined(args.orientation)}
    .data=${args.data}
    .events=${args.events}
    .strings=${args.strings ?? {}}
  ></relations-timeline>`;
}

/** A `data:` URL, so that `src` stories need no server (and show that `src` reads CSV and TimelineJS). */
const dataUrl = (type: string, text: string): string =>
  `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

/** The `src` of the Loading story: a request that never answers (see `holdRequests`). */
const NEVER_ANSWERS = 'never-answers.json';

/**
 * Makes every fetch of `NEVER_ANSWERS` hang until it is aborted, as a slow
 * server would; other requests go through. Returns the cleanup that Storybook
 * (and the story test) call after the story.
 */
function holdRequests(): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(NEVER_ANSWERS)) return original.call(globalThis, input, init);
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
  };
  return () => {
    globalThis.fetch = original;
  };
}

/** Manifest entries that get no control: `locale` is read-only, and `hash-links` would rewrite Storybook's own URL. */
const withoutControls: Record<string, {control: false}> = {
  locale: {control: false},
  hashLinks: {control: false},
  'hash-links': {control: false},
};

const meta = {
  title: 'RelationsTimeline',
  component: 'relations-timeline',
  render: timeline,
  args: {lanes: 'category'},
  argTypes: {
    lanes: {control: 'inline-radio', options: ['none', 'category', 'actor', 'series']},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    orientation: {control: 'inline-radio', options: ['horizontal', 'vertical', 'auto']},
    ...withoutControls,
  },
  parameters: {layout: 'padded'},
} satisfies Meta<TimelineArgs>;

export default meta;

/** The demo dataset: India and Russia, 1947–2025, lanes by category. */
export const Default: Story = {args: {data: indiaRussia}};

/** One lane for everything. */
export const LanesNone: Story = {args: {data: indiaRussia, lanes: 'none'}};

/** A lane per participant (India, the Soviet Union, Russia, BRICS…). */
export const LanesActor: Story = {args: {data: indiaRussia, lanes: 'actor'}};

/** A lane per recurring series (the annual summits, the IRIGC-M&MTC sessions). */
export const LanesSeries: Story = {args: {data: indiaRussia, lanes: 'series'}};

/** Ten events on one day: clustered, labels never overlap. */
export const DenseCluster: Story = {args: {data: sameDayCluster}};

/** Five hundred generated events over 1947–2024. */
export const FiveHundredEvents: Story = {args: {data: events500}};

/** A century with era bands behind the events. */
export const Eras: Story = {args: {data: centurySpan}};

/** Every date precision: century, decade, year, season, month, day, time, spans, `~` and `?`. */
export const PartialDates: Story = {args: {data: mixedPrecision, lanes: 'none'}};

/** An event selected: its card is open. */
export const Selected: Story = {args: {data: indiaRussia, selected: '2021-21st-summit'}};

/** The dark theme. */
export const Dark: Story = {args: {data: indiaRussia, theme: 'dark'}};

/** Dates and numbers in Hindi. */
export const LocaleHindi: Story = {
  args: {data: indiaRussia, lang: 'hi', heading: 'भारत और रूस: संबंधों के 78 वर्ष'},
};

/** Dates and numbers in Russian. */
export const LocaleRussian: Story = {
  args: {data: indiaRussia, lang: 'ru', heading: 'Индия и Россия: 78 лет отношений'},
};

/** Arabic, in a right-to-left page. */
export const LocaleArabic: Story = {
  args: {data: indiaRussia, lang: 'ar', heading: 'الهند وروسيا: 78 عامًا من العلاقات'},
  render: (args) => html`<div dir="rtl">${timeline(args)}</div>`,
};

/** A 320 px column, as on a small phone. */
export const Narrow320: Story = {
  args: {data: indiaRussia},
  render: (args) => html`<div style="width: 320px">${timeline(args)}</div>`,
};

/** Laid out top to bottom. */
export const Vertical: Story = {args: {data: indiaRussia, orientation: 'vertical'}};

/** Waiting for a `src` that never answers. */
export const Loading: Story = {args: {src: NEVER_ANSWERS}, beforeEach: holdRequests};

/** A dataset without events. */
export const Empty: Story = {args: {data: empty}};

/** Bad data next to good: the valid events are drawn, the others listed under the chart. */
export const Error: Story = {args: {data: badData}};

/** A `src` that is not a timeline at all: nothing to draw, and a retry button. */
export const ErrorUnreadable: Story = {args: {src: dataUrl('application/json', '{"events": [')}};

/** A TimelineJS3 file as `src`: recognised by its content and converted. */
export const TimelineJSInput: Story = {
  args: {src: dataUrl('application/json', JSON.stringify(timelineJSSummits))},
};

/** A spreadsheet exported as CSV as `src`: recognised by its content and converted. */
export const CSVInput: Story = {args: {src: dataUrl('text/csv', csvSummits), lanes: 'actor'}};

/** Restyled by the host page: custom properties and `::part()` rules in the page's own style sheet. */
export const Themed: Story = {
  args: {data: indiaRussia, selected: '1971-treaty-of-friendship'},
  render: (args) =>
    html`<div class="themed-timeline">
      <style>
        .themed-timeline relations-timeline {
          --rt-font: Georgia, 'Times New Roman', serif;
          --rt-font-size: 15px;
          --rt-bg: #fbf8f1;
          --rt-fg: #2b2118;
          --rt-muted: #5e5044;
          --rt-border: #d9cfbf;
          --rt-grid: #ebe3d5;
          --rt-lane-bg: #f4eee3;
          --rt-era-bg: rgb(138 21 56 / 0.06);
          --rt-accent: #8a1538;
          --rt-focus: #8a1538;
          --rt-cat-0: #8a1538;
          --rt-cat-1: #1d5c63;
          --rt-radius: 0;
        }
        .themed-timeline relations-timeline::part(heading) {
          font-variant: small-caps;
          letter-spacing: 0.03em;
        }
        .themed-timeline relations-timeline::part(card) {
          border-top: 4px solid #8a1538;
          box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
        }
      </style>
      ${timeline(args)}
    </div>`,
};
