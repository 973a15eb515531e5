import {
  html,
  LitElement,
  nothing,
  svg,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {filterTimeline} from './data/filter-timeline.js';
import {leftOutMessage} from './render/states.js';
import {formatPartialDate} from './data/format-date.js';
import {nextTask} from './data/next-task.js';
import {parsePartialDate} from './data/partial-date.js';
import {eventMiddle, type ParsedEvent} from './data/parse-event.js';
import {
  emptyTimeline,
  parseTimeline,
  parseTimelineInChunks,
  problemsOf,
  type ParsedTimeline,
} from './data/parse-timeline.js';
import {listedEvents, tooManyEvents} from './data/event-limit.js';
import {failedTimeline, readTimelineText} from './data/parse-text.js';
import {safeUrl} from './data/safe-url.js';
import {searchEvents} from './data/search.js';
import {
  TimelineErrorEvent,
  TimelineLoadEvent,
  TimelineRangeChangeEvent,
  TimelineSelectEvent,
} from './events.js';
import {HashLinkController} from './hash-links.js';
import {
  computeLayout,
  createLayoutModel,
  type LayoutModel,
  type TimelineLayout,
} from './layout/compute-layout.js';
import {countCategories, eventColumns} from './layout/event-columns.js';
import {geometry} from './layout/geometry.js';
import {navigate} from './layout/navigation.js';
import {computeDensity, densityPath} from './layout/overview.js';
import {
  applyZoom,
  constrainZoom,
  createBaseScale,
  identityZoom,
  maxZoom,
  zoomForWindow,
  type ZoomState,
} from './layout/time-scale.js';
import {loadTimeline} from './load-timeline.js';
import {afterDrawn} from './render/after-drawn.js';
import {renderAxis} from './render/axis.js';
import {renderCard} from './render/card.js';
import {createCategoryStyles, dataColorCss, styleOf, type CategoryStyle} from './render/category-style.js';
import {renderChartBackground, renderChartMarks, type ChartContext} from './render/chart.js';
import {
  PREVIEW_ABOVE,
  readPalette,
  renderPaletteProbes,
  type PreviewPalette,
} from './render/gesture-preview.js';
import {PreviewPainter} from './render/preview-painter.js';
import {describeWindow} from './render/describe-window.js';
import {categoryKeyLabel, categoryLabel, eventDateText, seriesText} from './render/event-details.js';
import {renderEventList} from './render/event-list.js';
import {keyCommand, type KeyCommand} from './render/key-commands.js';
import {renderKeyHelp} from './render/key-help.js';
import {renderLegend, type LegendEntry} from './render/legend.js';
import {createTextMeasurer} from './render/measure-text.js';
import {warmUp} from './render/warm-up.js';
import {renderOverview} from './render/overview.js';
import {renderRail} from './render/rail.js';
import {renderSearchBox} from './render/search-box.js';
import {renderProblems, renderState} from './render/states.js';
import {renderToolbar} from './render/toolbar.js';
import {VisibilityController} from './render/visibility-controller.js';
import {WidthController} from './render/width-controller.js';
import {ZoomController, type ZoomChange} from './render/zoom-controller.js';
import {styles} from './relations-timeline.styles.js';
import {englishStrings, fillTemplate, formatNumber, type TimelineStrings} from './strings.js';
import type {ChangeSource, LaneMode, Motion, ThemeName, TimelineData, TimelineEvent} from './types.js';

/** A moment for `zoomTo`: a Date, epoch milliseconds, or an EDTF date string. */
export type TimeInput = Date | number | string;

/**
 * @summary Interactive timeline of dated diplomatic events.
 *
 * Give it data (`src`, `data`, `events` or an inline `<script type="application/json">`) and it
 * draws the events in lanes on a zoomable time axis, with clusters where they are too dense, an
 * overview strip, a legend and search, a detail card, a keyboard model and a screen-reader list.
 *
 * @fires {TimelineLoadEvent} timeline-load - Data was parsed and drawn; detail is `{count, warnings}`.
 * @fires {TimelineErrorEvent} timeline-error - Data failed to load, or some events were invalid; detail is `{message, problems}`.
 * @fires {TimelineSelectEvent} timeline-select - The selection changed; detail is `{id, event, source}`.
 * @fires {TimelineRangeChangeEvent} timeline-rangechange - The visible window settled after a zoom or pan; detail is `{start, end, source}`.
 * @csspart heading - The dataset title.
 * @csspart controls - The toolbar: zoom, show all, list view, keyboard help, previous and next.
 * @csspart chart - The `<svg>` chart.
 * @csspart eras - Era bands.
 * @csspart lanes - Lane backgrounds and names.
 * @csspart lane-label - Each lane's name.
 * @csspart axis - The time axis.
 * @csspart event - Each event mark.
 * @csspart label - Each event label.
 * @csspart card - The detail card of the selected event.
 * @csspart close-button - The card's close button.
 * @csspart list - The list of all events (the list view, and the screen-reader alternative).
 * @csspart cluster - A badge counting events too close to draw apart.
 * @csspart overview - The strip of all events with the visible window.
 * @csspart legend - The category (or actor) toggles.
 * @csspart search - The search field.
 * @csspart rail - The vertical layout's list of events.
 * @csspart keys - The keyboard help.
 * @cssprop [--rt-font=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif] - Font family.
 * @cssprop [--rt-font-size=14px] - Base font size of the controls and card.
 * @cssprop [--rt-min-height=320px] - Height reserved before data arrives.
 * @cssprop [--rt-bg=#ffffff] - Background.
 * @cssprop [--rt-fg=#1b1d21] - Text colour.
 * @cssprop [--rt-muted=#585e66] - Secondary text, axis and lane names.
 * @cssprop [--rt-border=#cfd4da] - Borders.
 * @cssprop [--rt-grid=#e6e8eb] - Grid lines.
 * @cssprop [--rt-lane-bg=#f5f6f8] - Background of alternate lanes.
 * @cssprop [--rt-era-bg=rgba(27,29,33,0.05)] - Era bands.
 * @cssprop [--rt-accent=#0b5cad] - Links and accents.
 * @cssprop [--rt-focus=#0b5cad] - Focus ring.
 * @cssprop [--rt-error=#b3261e] - Error text.
 * @cssprop [--rt-focus-halo=#ffffff] - Inner ring of the two-tone focus indicator.
 * @cssprop [--rt-cat-0=#0072b2] - Category colour 1 (of `--rt-cat-0` … `--rt-cat-7`), with shape 1 (circle).
 * @cssprop [--rt-cat-1=#c04f00] - Category colour 2, with shape 2 (square).
 * @cssprop [--rt-cat-2=#007a5a] - Category colour 3, with shape 3 (diamond).
 * @cssprop [--rt-cat-3=#a9488a] - Category colour 4, with shape 4 (triangle).
 * @cssprop [--rt-cat-4=#8a6500] - Category colour 5, with shape 5 (downward triangle).
 * @cssprop [--rt-cat-5=#5b53b0] - Category colour 6, with shape 6 (hexagon).
 * @cssprop [--rt-cat-6=#0e7c86] - Category colour 7, with shape 7 (star).
 * @cssprop [--rt-cat-7=#66666e] - Category colour 8, with shape 8 (cross).
 * @cssprop [--rt-radius=6px] - Corner radius of the frame.
 */
export class RelationsTimeline extends LitElement {
  static override styles = styles;

  /** URL of a JSON dataset to load. */
  @property() src?: string;
  /** How events are split into lanes. */
  @property() lanes: LaneMode = 'category';
  /** Start of the initial visible window (an EDTF date such as `1990`); all events are shown by default. */
  @property() start?: string;
  /** End of the initial visible window. */
  @property() end?: string;
  /** Id of the selected event, whose card is open. */
  @property({reflect: true}) selected?: string;
  /** Layout: `horizontal`, `vertical` (time runs down), or `auto` (vertical in containers under 480 px). */
  @property() orientation: Orientation = 'auto';
  /**
   * Colour scheme: `light`, `dark` or `auto` (follows the reader's system). Unset means `auto`.
   * @default 'auto'
   */
  @property({reflect: true}) theme?: ThemeName;
  /**
   * Animation (zooms that glide, the card that rises): `reduce` turns it off whatever the reader's
   * system says, for a page with its own reduced-motion switch; `auto` (or unset) follows the
   * reader's `prefers-reduced-motion`.
   * @default 'auto'
   */
  @property({reflect: true}) motion?: Motion;
  /** Language for dates and numbers (BCP 47); inherited from the page when absent. */
  @property({reflect: true}) override lang!: string;
  /** Heading shown above the chart; overrides the dataset's title. */
  @property() heading?: string;
  /** `lazy` waits until the timeline comes near the viewport before it loads `src` and draws. */
  @property() loading: 'eager' | 'lazy' = 'eager';
  /** Keeps `#event-id` in the page URL in step with the selection, and selects the event a URL names. */
  @property({type: Boolean, attribute: 'hash-links'}) hashLinks = false;
  /** The dataset (SPEC §2), or a bare array of events. Property only. */
  @property({attribute: false}) data?: TimelineData | TimelineEvent[];
  /** The events alone, as an alternative to `data`. Property only. */
  @property({attribute: false}) events?: TimelineEvent[];
  /** Replacements for the element's own words (button labels, messages). Property only. */
  @property({attribute: false}) strings: Partial<TimelineStrings> = {};

  /** Everything parsed from the data. */
  @state() private timeline?: ParsedTimeline;
  /** The timeline as shown: without the events the legend hides. Indices in the DOM refer to it. */
  @state() private view?: ParsedTimeline;
  @state() private fetching = false;
  @state() private zoomState: ZoomState = identityZoom;
  @state() private focusId?: string;
  @state() private announcement = '';
  @state() private listView = false;
  @state() private keysShown = false;
  @state() private listLimit = LIST_PAGE;
  @state() private hiddenCategories: ReadonlySet<string> = new Set();
  @state() private hiddenActors: ReadonlySet<string> = new Set();
  @state() private query = '';
  /** The list of all events is rendered (just after the first frame). */
  @state() private listReady = false;
  /** The vertical layout shows every event, not only the headlines. */
  @state() private railAll = false;

  @query('svg.chart') private chartElement?: SVGSVGElement;

  #cancelList?: () => void;
  #resize = new WidthController(this);
  #visibility = new VisibilityController(this);
  #zoom = new ZoomController(this, (change) => this.#handleZoom(change));
  #hash = new HashLinkController(this, (id) => this.#setSelected(id, 'url'));
  #model?: LayoutModel;
  #layout?: TimelineLayout;
  /** The layout the SVG glyphs were last drawn with; it lags behind `#layout` while a gesture previews. */
  #shownLayout?: TimelineLayout;
  #previewing = false;
  #palette?: PreviewPalette;
  #painter = new PreviewPainter();
  #matches?: Set<number>;
  #density = {key: '', path: ''};
  #styles = new Map<string, CategoryStyle>();
  /** Accessible names of events (by index), clusters (by first index, last index and size) and the chart, for one view, language and wording. */
  #descriptions = new Map<number, string>();
  #clusterDescriptions = new Map<string, string>();
  #chartName?: string;
  #describedFor: {view?: ParsedTimeline; locale?: string | undefined; strings?: TimelineStrings} = {};
  /**
   * Position of each shown event by id: one lookup instead of a scan per use on every frame. Built on
   * first use: a view with nothing selected never looks an id up, and at 100,000 events it costs a frame.
   */
  #indexById?: Map<string, number>;
  #width = 0;
  #abort?: AbortController;
  #syncZoom = false;
  #announceLoad = false;
  #selectSource: ChangeSource = 'api';
  #lastWindow?: [number, number];
  /** What should take focus once the next render has drawn it. */
  #focusAfterRender?: 'card' | 'event';
  /** An event had focus before this render: keep focus in the chart if its mark goes away. */
  #eventHadFocus = false;

  /** The language dates are written in (read-only): `lang`, else the nearest `lang` above, else the browser's. */
  get locale(): string | undefined {
    return this.lang || this.closest('[lang]')?.getAttribute('lang') || undefined;
  }

  #mergedStrings: {given?: Partial<TimelineStrings>; all: TimelineStrings} = {all: englishStrings};

  /** The element's words: the English defaults with `strings` on top, one object while `strings` stays the same. */
  get #strings(): TimelineStrings {
    if (this.#mergedStrings.given !== this.strings)
      this.#mergedStrings = {given: this.strings, all: {...englishStrings, ...this.strings}};
    return this.#mergedStrings.all;
  }

  /** Drops the cached accessible names when the view, the language or the wording changed. */
  #checkDescriptions(locale: string | undefined, strings: TimelineStrings): void {
    const done = this.#describedFor;
    if (done.view === this.view && done.locale === locale && done.strings === strings) return;
    this.#describedFor = {view: this.view, locale, strings};
    this.#descriptions.clear();
    this.#clusterDescriptions.clear();
    this.#chartName = undefined;
  }

  /** Index of event `id` among the shown events, or -1. */
  #indexOf(id: string | undefined): number {
    if (id === undefined) return -1;
    this.#indexById ??= new Map(this.#events.map((e, i) => [e.id, i]));
    return this.#indexById.get(id) ?? -1;
  }

  /** Events as shown (filtered), in date order. */
  get #events(): ParsedTimeline['events'] {
    return this.view?.events ?? [];
  }

  get #vertical(): boolean {
    return (
      this.orientation === 'vertical' || (this.orientation === 'auto' && this.#width > 0 && this.#width < 480)
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    warmUp(this, this.locale);
    if (!this.timeline && this.data === undefined && this.events === undefined && !this.src)
      this.#readInline();
    // Reconnected: a load cut short by the disconnect starts again, and the chart is bound again.
    if (this.hasUpdated) {
      if (this.src && !this.timeline) void this.#load(this.src);
      // So is the screen-reader list, if it had not come yet.
      if (this.timeline && !this.listReady) this.#cancelList = afterDrawn(() => (this.listReady = true));
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#cancelList?.();
  }

  // ——— Public methods ———

  /**
   * Selects the event with `id` (opens its card and pans it into view); `null` clears the selection.
   * @param id - An event id (authored or derived), or `null`.
   */
  select(id: string | null): void {
    this.#setSelected(id ?? undefined, 'api');
  }

  /** Selects the next event in date order (the first when none is selected). */
  next(): void {
    this.#step(1, 'api');
  }

  /** Selects the previous event in date order (the last when none is selected). */
  previous(): void {
    this.#step(-1, 'api');
  }

  /**
   * Shows the window from `start` to `end`.
   * @param start - A Date, epoch milliseconds or an EDTF date such as `1971` or `2021-12` (its first moment).
   * @param end - The same kinds; an EDTF date counts to its last moment (`2021` is the whole year).
   */
  zoomTo(start: TimeInput, end: TimeInput): void {
    const t0 = toTime(start, 'start');
    const t1 = toTime(end, 'end');
    if (t0 === undefined || t1 === undefined || t1 <= t0 || !this.#model) return;
    this.#zoom.set(zoomForWindow(createBaseScale(this.#model.extent, this.#width), t0, t1), 'api');
  }

  /** Shows all events. */
  fit(): void {
    this.#zoom.set(identityZoom, 'api');
  }

  // ——— Lifecycle ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#zoom.reduceMotion = this.motion === 'reduce';
    if (this.loading === 'lazy' && !this.#visibility.seen) {
      this.#visibility.watch();
      if (!this.#visibility.seen) return; // nothing is fetched or laid out until a reader gets near
    }
    // Data given while a lazy timeline was out of view is read when it comes into view.
    const unread = !this.timeline;
    const waiting = unread && !this.fetching;
    if ((changed.has('data') || waiting) && this.data !== undefined) this.#read(this.data);
    else if ((changed.has('events') || waiting) && this.events !== undefined) this.#read(this.events);
    else if (this.src && (changed.has('src') || (!this.timeline && !this.fetching)))
      void this.#load(this.src);

    const timeline = this.timeline;
    if (!timeline) return;
    this.#eventHadFocus = Boolean(
      (this.renderRoot as ShadowRoot | undefined)?.activeElement?.matches('.event, .cluster')
    );
    const viewChanged =
      !this.view ||
      changed.has('timeline' as never) ||
      changed.has('hiddenCategories' as never) ||
      changed.has('hiddenActors' as never);
    if (viewChanged) {
      this.view = filterTimeline(timeline, {categories: this.hiddenCategories, actors: this.hiddenActors});
      this.#model = undefined;
      this.#indexById = undefined;
    }
    const view = this.view as ParsedTimeline;
    if (viewChanged || changed.has('query' as never)) this.#matches = searchEvents(view, this.query);
    if (changed.has('selected') || viewChanged) {
      const index = this.#indexOf(this.selected);
      if (index >= 0) this.announcement = this.#describe(index);
    }
    // What a large dataset's loading made ahead of this render (#prepare), used once.
    const prepared = this.#prepared;
    this.#prepared = undefined;
    if (!this.#model || changed.has('lanes')) {
      // A new dataset keeps its extent when only the filter changed, so the view does not jump.
      const extent = this.#model?.extent;
      this.#model =
        prepared?.timeline === view && prepared.lanes === this.lanes
          ? prepared.model
          : createLayoutModel(view, this.lanes, this.#measurer());
      if (extent && !changed.has('timeline' as never)) this.#model.extent = extent;
    }
    const width = this.#resize.value;
    if (width !== this.#width && width > 0) {
      if (this.#width > 0) this.zoomState = {...this.zoomState, x: (this.zoomState.x * width) / this.#width};
      else this.zoomState = constrainZoom(this.#initialZoom(width), width, maxZoom(this.#model.extent));
      this.#width = width;
      this.#syncZoom = true;
    }
    if (this.#width > 0) {
      const selected = this.#indexOf(this.selected);
      const {k, x} = this.zoomState;
      const wide = k === 1 && x === 0 && selected < 0;
      // While a gesture previews on the canvas, its frames need the scale, not the glyphs (the preview
      // draws its own): the glyphs are laid out when it settles.
      const glyphs = !this.#previewing;
      const laidOut = this.#layoutFor;
      // An update for something else (the list, the focus) keeps the layout.
      if (
        !this.#layout ||
        laidOut.model !== this.#model ||
        laidOut.width !== this.#width ||
        laidOut.k !== k ||
        laidOut.x !== x ||
        laidOut.selected !== selected ||
        laidOut.glyphs !== glyphs
      ) {
        this.#layout =
          wide && prepared?.model === this.#model && prepared.wideLayout?.width === this.#width
            ? prepared.wideLayout
            : computeLayout(this.#model, {
                width: this.#width,
                zoom: this.zoomState,
                ...(selected >= 0 ? {selected} : {}),
                glyphs,
              });
        this.#layoutFor = {model: this.#model, width: this.#width, k, x, selected, glyphs};
      }
    }
  }

  /** What `#layout` was computed for. */
  #layoutFor: {
    model?: LayoutModel;
    width?: number;
    k?: number;
    x?: number;
    selected?: number;
    glyphs?: boolean;
  } = {};

  /** Colours from the data, as a constructable stylesheet next to the element's own (CSP-safe). */
  #dataSheet?: CSSStyleSheet;

  #adoptDataColors(): void {
    const root = this.renderRoot as ShadowRoot | undefined;
    const css = dataColorCss(this.#styles);
    if (!root?.adoptedStyleSheets || (!css && !this.#dataSheet)) return;
    this.#dataSheet ??= new CSSStyleSheet();
    this.#dataSheet.replaceSync(css);
    if (!root.adoptedStyleSheets.includes(this.#dataSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#dataSheet];
    }
  }

  protected override firstUpdated(): void {
    this.#adoptDataColors();
    const ruler = this.renderRoot.querySelector('.ruler');
    if (ruler) this.#resize.observe(ruler);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#hash.enable(this.hashLinks);
    const layout = this.#layout;
    const chart = this.chartElement;
    if (layout && chart && this.#model && this.#events.length) {
      this.#zoom.attach(chart, layout.width, maxZoom(this.#model.extent));
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.preview');
      // Read here, not when the gesture starts: a zoom set in code starts and ends in one task, unseen.
      if (this.#previewing) this.#palette ??= readPalette(this.renderRoot);
      if (this.#previewing && canvas && this.#palette && this.view) {
        this.#painter.paint(canvas, {
          model: this.#model,
          width: layout.width,
          height: layout.height,
          zoom: this.zoomState,
          selected: this.#indexOf(this.selected),
          timeline: this.view,
          styles: this.#styles,
          palette: this.#palette,
        });
      }
      if (this.#syncZoom) {
        this.#syncZoom = false;
        this.#zoom.set(this.zoomState, 'api', false);
        this.#lastWindow = layout.window;
      }
    }
    if (this.#announceLoad && this.timeline && (this.#layout || !this.timeline.events.length)) {
      this.#announceLoad = false;
      this.#fireLoad(this.timeline);
      // The screen-reader list comes a moment after the first frame, so it never delays the chart.
      this.#cancelList?.();
      this.#cancelList = afterDrawn(() => (this.listReady = true));
    }
    if (changed.has('selected') && this.timeline?.events.length) this.#fireSelect();
    this.#moveFocus();
  }

  // ——— Data ———

  /** Reads a dataset: at once when small; in chunks of a few milliseconds when large, so the page never freezes. */
  #read(input: unknown): void {
    const tooMany = tooManyEvents(input);
    if (tooMany) {
      this.#setTimeline(emptyTimeline([tooMany]));
      return;
    }
    const events = listedEvents(input);
    if (!events || events.length < CHUNKED_ABOVE) {
      this.#setTimeline(parseTimeline(input));
      return;
    }
    const {signal} = this.#startLoading();
    void this.#show(parseTimelineInChunks(input, {signal}), signal);
  }

  #readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    const timeline = readTimelineText(script.textContent ?? '');
    if (!(timeline instanceof Promise)) {
      this.#setTimeline(timeline);
      return;
    }
    // TimelineJS or CSV: read once the readers of those formats have loaded (a moment, the first time).
    void this.#show(timeline, this.#startLoading().signal);
  }

  async #load(src: string): Promise<void> {
    const {signal} = this.#startLoading();
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      this.fetching = false;
      this.#setTimeline(failedTimeline(`${JSON.stringify(src)} is not a valid address`));
      return;
    }
    await this.#show(loadTimeline(url, signal), signal);
  }

  /** Shows the timeline `pending` resolves to, once prepared, unless `signal` says a newer load replaced it. */
  async #show(pending: Promise<ParsedTimeline | undefined>, signal: AbortSignal): Promise<void> {
    const timeline = await pending;
    if (!timeline || !(await this.#prepare(timeline, signal))) return;
    this.fetching = false;
    this.#setTimeline(timeline);
  }

  /** A layout model made ahead of the render that needs it, for `timeline` and `lanes`, and its layout of the whole extent. */
  #prepared?: {timeline: ParsedTimeline; lanes: LaneMode; model: LayoutModel; wideLayout?: TimelineLayout};

  /**
   * Does the first frame's heaviest pure work on a large dataset a task at a time, before the
   * render: its columns, its layout model, then (the usual first view) its layout of the whole
   * extent at the present width. In one task with the render, 20,000 events blocked the page for
   * some 170 ms. False if `signal` aborted meanwhile.
   */
  async #prepare(timeline: ParsedTimeline, signal: AbortSignal): Promise<boolean> {
    const lanes = this.lanes;
    const steps = [
      () => eventColumns(timeline),
      () => (this.#prepared = {timeline, lanes, model: createLayoutModel(timeline, lanes, this.#measurer())}),
      () => {
        const prepared = this.#prepared;
        const width = this.#resize.value;
        if (prepared?.timeline === timeline && width > 0)
          prepared.wideLayout = computeLayout(prepared.model, {width, zoom: identityZoom});
      },
      () => undefined, // and the render in a task of its own
    ];
    for (const step of timeline.events.length >= CHUNKED_ABOVE ? steps : []) {
      await nextTask();
      if (signal.aborted) return false;
      step();
    }
    return !signal.aborted;
  }

  /** Stops any load in progress and starts a new one: the signal tells when a newer one replaces it. */
  #startLoading(): AbortController {
    this.#abort?.abort();
    this.#abort = new AbortController();
    this.fetching = true;
    return this.#abort;
  }

  #setTimeline(timeline: ParsedTimeline): void {
    if (this.fetching && this.data === undefined && this.events === undefined) return;
    this.#abort?.abort();
    this.fetching = false;
    this.timeline = timeline;
    this.view = undefined;
    this.#model = undefined;
    this.#layout = undefined;
    this.#styles = createCategoryStyles(timeline);
    this.#adoptDataColors();
    this.#width = 0; // re-fit on the next measured width
    this.#announceLoad = true;
    this.listLimit = LIST_PAGE;
    this.hiddenCategories = new Set();
    this.hiddenActors = new Set();
    if (this.hashLinks) {
      const id = HashLinkController.current();
      if (id && timeline.events.some((e) => e.id === id)) {
        this.#selectSource = 'url';
        this.selected = id;
      }
    }
    this.requestUpdate();
  }

  #initialZoom(width: number): ZoomState {
    const model = this.#model;
    if (!model) return identityZoom;
    const t0 = this.start ? toTime(this.start, 'start') : undefined;
    const t1 = this.end ? toTime(this.end, 'end') : undefined;
    const base = createBaseScale(model.extent, width);
    const selected = this.#events[this.#indexOf(this.selected)];
    if (t0 === undefined && t1 === undefined) {
      if (!selected) return identityZoom;
      // A linked event (#id) starts on screen.
      const x = base(new Date(eventMiddle(selected)));
      return {k: 1, x: width / 2 - x};
    }
    return zoomForWindow(base, t0 ?? model.extent[0], t1 ?? model.extent[1]);
  }

  #measurer() {
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    return createTextMeasurer(`12px ${family}`);
  }

  // ——— Events out ———

  #fireLoad(timeline: ParsedTimeline): void {
    const errors = problemsOf(timeline, 'error');
    if (errors.length) {
      const message = timeline.events.length
        ? leftOutMessage(errors, this.#strings)
        : (errors[0]?.message ?? this.#strings.failed);
      this.dispatchEvent(new TimelineErrorEvent({message, problems: errors}));
    }
    if (timeline.events.length || !errors.length) {
      this.dispatchEvent(new TimelineLoadEvent({count: timeline.events.length, warnings: timeline.problems}));
    }
    if (this.selected) this.#fireSelect();
  }

  #fireSelect(): void {
    const item = this.timeline?.events.find((e) => e.id === this.selected);
    const source = this.#selectSource;
    this.#selectSource = 'api';
    if (source !== 'url') this.#hash.write(item?.id);
    this.dispatchEvent(
      new TimelineSelectEvent({id: item ? item.id : null, event: item ? item.event : null, source})
    );
  }

  /** A gesture over a dense chart paints on the canvas until it settles (see render/gesture-preview.ts). */
  #startOrEndPreview(settled: boolean): void {
    const layout = this.#layout;
    const root = this.renderRoot as ShadowRoot | undefined;
    const eventHasFocus = Boolean(root?.activeElement?.matches('.event, .cluster'));
    // Once started, a preview lasts until the gesture settles: its frames lay out no glyphs to count.
    const preview =
      !settled &&
      !eventHasFocus &&
      !this.#vertical &&
      (this.#previewing || Boolean(layout && layout.glyphs.length > PREVIEW_ABOVE));
    if (preview === this.#previewing) return;
    this.#previewing = preview;
    // Colours are read again at the preview's first frame: the theme or the data may have changed.
    if (preview) this.#palette = undefined;
    this.#painter.reset();
    this.requestUpdate();
  }

  #handleZoom(change: ZoomChange): void {
    this.#startOrEndPreview(change.settled);
    const same =
      Math.abs(change.zoom.k - this.zoomState.k) < 1e-9 * this.zoomState.k &&
      Math.abs(change.zoom.x - this.zoomState.x) < 1e-6;
    if (!same) this.zoomState = change.zoom;
    if (!change.settled) return;
    void this.updateComplete.then(() => {
      const layout = this.#layout;
      if (!layout) return;
      const window = layout.window;
      const last = this.#lastWindow;
      if (last && Math.abs(last[0] - window[0]) < 1 && Math.abs(last[1] - window[1]) < 1) return;
      this.#lastWindow = window;
      const [start, end] = describeWindow(window[0], window[1], this.locale);
      this.announcement = fillTemplate(this.#strings.rangeAnnouncement, {
        start,
        end,
        count: layout.eventCount,
      });
      this.dispatchEvent(
        new TimelineRangeChangeEvent({
          start: new Date(window[0]),
          end: new Date(window[1]),
          source: change.source,
        })
      );
    });
  }

  // ——— Selection and keyboard ———

  #setSelected(id: string | undefined, source: ChangeSource): void {
    if (id === this.selected) return;
    this.#selectSource = source;
    this.selected = id;
    if (id) {
      this.focusId = id;
      this.#panIntoView(id, source);
    }
  }

  #step(direction: -1 | 1, source: ChangeSource): void {
    const events = this.#events;
    if (!events.length || !this.#model) return;
    const at = this.#indexOf(this.selected);
    const item =
      events[navigate(this.#model.assignment, events.length, at, direction > 0 ? 'next' : 'previous')];
    if (item) this.#setSelected(item.id, source);
  }

  /** Pans (never zooms) so that the event is on screen, where a running zoom is heading. */
  #panIntoView(id: string, source: ChangeSource): void {
    const item = this.#events[this.#indexOf(id)];
    if (!this.#model || !item || this.#vertical || !this.#width) return;
    const zoom = this.#zoom.goal ?? this.zoomState;
    const x = applyZoom(createBaseScale(this.#model.extent, this.#width), zoom)(new Date(eventMiddle(item)));
    const margin = Math.min(60, this.#width / 4);
    if (x >= margin && x <= this.#width - margin) return;
    this.#zoom.set({k: zoom.k, x: zoom.x + this.#width / 2 - x}, source);
  }

  /** Zooms in on a cluster until it splits; where it cannot (same day), selects its lead event. */
  #openCluster(glyphIndex: number, source: ChangeSource): void {
    const layout = this.#layout;
    const glyph = layout?.glyphs[glyphIndex];
    if (!layout || !glyph || glyph.type !== 'cluster' || !this.#model || !this.view) return;
    // A loop over the columns: a cluster can hold more events than a spread into Math.min takes.
    const {from, to, importance} = eventColumns(this.view);
    const members = glyph.cluster.events;
    let t0 = Infinity;
    let t1 = -Infinity;
    let lead = members[0] as number;
    for (const e of members) {
      t0 = Math.min(t0, from[e] as number);
      t1 = Math.max(t1, Number.isFinite(to[e]) ? (to[e] as number) : (from[e] as number));
      if ((importance[e] as number) > (importance[lead] as number)) lead = e;
    }
    const pad = Math.max((t1 - t0) * 0.3, 86_400_000);
    const target = zoomForWindow(createBaseScale(this.#model.extent, this.#width), t0 - pad, t1 + pad);
    if (target.k <= this.zoomState.k * 1.01 || this.zoomState.k >= maxZoom(this.#model.extent) * 0.99) {
      this.#focusAfterRender = 'card';
      this.#setSelected((this.#events[lead] as ParsedEvent).id, source);
      return;
    }
    this.focusId = this.#events[members[0] as number]?.id;
    this.#focusAfterRender = 'event';
    this.#zoom.set(target, source);
  }

  #eventIndexAt(target: EventTarget | null): number | undefined {
    const node = target instanceof Element ? target.closest('[data-index]') : null;
    const index = node ? Number(node.getAttribute('data-index')) : NaN;
    return Number.isInteger(index) && index >= 0 ? index : undefined;
  }

  #clusterAt(target: EventTarget | null): number | undefined {
    const node = target instanceof Element ? target.closest('[data-cluster]') : null;
    const index = node ? Number(node.getAttribute('data-cluster')) : NaN;
    return Number.isInteger(index) && index >= 0 ? index : undefined;
  }

  #handleChartClick(event: MouseEvent): void {
    const cluster = this.#clusterAt(event.target);
    if (cluster !== undefined) {
      this.#openCluster(cluster, 'user');
      return;
    }
    const index = this.#eventIndexAt(event.target);
    const item = index === undefined ? undefined : this.#events[index];
    if (!item) return;
    this.#focusAfterRender = 'card';
    this.#setSelected(item.id, 'user');
  }

  #handleKeydown(event: KeyboardEvent): void {
    const command = keyCommand(event);
    if (!command || !this.#events.length) return;
    event.preventDefault();
    const cluster = this.#clusterAt(event.target);
    if (command.type === 'open' && cluster !== undefined) this.#openCluster(cluster, 'user');
    else this.#run(command);
  }

  #run(command: KeyCommand): void {
    const events = this.#events;
    const current = this.#indexOf(this.focusId ?? this.selected);
    switch (command.type) {
      case 'move':
        if (this.#model)
          this.#focusEvent(navigate(this.#model.assignment, events.length, current, command.move));
        break;
      case 'page':
        this.#page(command.direction);
        break;
      case 'open': {
        const item = events[Math.max(0, current)];
        if (item) {
          this.#focusAfterRender = 'card';
          this.#setSelected(item.id, 'user');
        }
        break;
      }
      case 'close':
        if (this.selected) this.#closeCard();
        break;
      case 'zoom':
        this.#zoom.scaleBy(command.factor, 'user');
        break;
      case 'fit':
        this.#zoom.set(identityZoom, 'user');
        break;
      case 'help':
        this.keysShown = !this.keysShown;
        break;
    }
  }

  /** Moves the chart's focus to event `index`, panning it into view. */
  #focusEvent(index: number): void {
    const item = this.#events[index];
    if (!item) return;
    this.focusId = item.id;
    this.#focusAfterRender = 'event';
    this.#panIntoView(item.id, 'user');
  }

  /** One screen earlier or later; focus goes to the first event of the new window. */
  #page(direction: -1 | 1): void {
    const layout = this.#layout;
    const events = this.#events;
    if (!layout) return;
    const span = layout.window[1] - layout.window[0];
    const t0 = layout.window[0] + direction * span;
    this.#zoom.set({k: this.zoomState.k, x: this.zoomState.x - direction * layout.width}, 'user');
    let index = events.findIndex((e) => e.to >= t0);
    if (index < 0) index = events.length - 1;
    const item = events[index];
    if (item) {
      this.focusId = item.id;
      this.#focusAfterRender = 'event';
    }
  }

  #closeCard(): void {
    const id = this.selected;
    this.#setSelected(undefined, 'user');
    if (id) {
      this.focusId = id;
      this.#focusAfterRender = this.listView ? undefined : 'event';
    }
  }

  /** The DOM node that shows event `index`: its mark, its cluster, or its row in the vertical layout. */
  #glyphElement(index: number): HTMLElement | SVGElement | null {
    const root = this.renderRoot as ShadowRoot;
    const direct = root.querySelector<SVGGElement | HTMLButtonElement>(`.event[data-index="${index}"]`);
    if (direct) return direct;
    const layout = this.#layout;
    const glyph = layout?.glyphs.findIndex((g) => g.type === 'cluster' && g.cluster.events.includes(index));
    return glyph === undefined || glyph < 0
      ? null
      : root.querySelector<SVGGElement>(`[data-cluster="${glyph}"]`);
  }

  #moveFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    const what = this.#focusAfterRender;
    if (what === 'card') {
      this.#focusAfterRender = undefined;
      root.querySelector<HTMLElement>('#card-title')?.focus();
      return;
    }
    const index = this.#indexOf(this.focusId);
    const target = index < 0 ? null : this.#glyphElement(index);
    if (what === 'event' && target) {
      this.#focusAfterRender = undefined; // kept pending while an animated pan has not drawn it yet
      target.focus();
    } else if (this.#eventHadFocus && !root.activeElement) {
      // The focused event scrolled out of view: keep focus in the chart, on its tab stop.
      root.querySelector<SVGGElement>('.event[tabindex="0"], .cluster[tabindex="0"]')?.focus();
    }
  }

  #describe(index: number): string {
    const locale = this.locale;
    const strings = this.#strings;
    this.#checkDescriptions(locale, strings);
    let text = this.#descriptions.get(index);
    const view = this.view;
    const item = view?.events[index];
    if (text === undefined && item && view) {
      const category = categoryLabel(view, item);
      const what = category ? `${category}: ${item.event.title}` : item.event.title;
      text = [eventDateText(item, locale, strings), what, item.event.location].filter(Boolean).join(', ');
      this.#descriptions.set(index, text);
    }
    return text ?? '';
  }

  /** "12 events, 1991 to 1994 (7 Diplomacy & treaties, 5 Defence)": cached, as a zoom redraws the same clusters many times. */
  #describeCluster(indices: Int32Array): string {
    const view = this.view;
    const first = indices[0];
    if (!view || first === undefined) return '';
    const locale = this.locale;
    const strings = this.#strings;
    this.#checkDescriptions(locale, strings);
    const key = `${first}:${indices[indices.length - 1]}:${indices.length}`;
    let text = this.#clusterDescriptions.get(key);
    if (text !== undefined) return text;
    // From the columns, not the events: a cluster of a wide view can hold 100,000 of them.
    const columns = eventColumns(view);
    let earliest = first;
    let latest = first;
    for (const i of indices) {
      if ((columns.from[i] as number) < (columns.from[earliest] as number)) earliest = i;
      if ((columns.to[i] as number) > (columns.to[latest] as number)) latest = i;
    }
    // Categories that share a label (or have none) are counted together.
    const {counts, order} = countCategories(columns, indices);
    const byLabel = new Map<string, number>();
    for (const position of order) {
      const label = categoryKeyLabel(view, columns.categoryKeys[position]) ?? strings.uncategorised;
      byLabel.set(label, (byLabel.get(label) ?? 0) + (counts[position] as number));
    }
    const from = view.events[earliest] as ParsedEvent;
    const to = view.events[latest] as ParsedEvent;
    const start = formatPartialDate(from.start, locale, strings);
    const end = formatPartialDate(to.end ?? to.start, locale, strings);
    text = fillTemplate(start === end ? strings.clusterOnOneDate : strings.cluster, {
      count: indices.length,
      start,
      end,
      mix: [...byLabel].map(([label, n]) => `${n} ${label}`).join(', '),
    });
    this.#clusterDescriptions.set(key, text);
    return text;
  }

  // ——— Rendering ———

  protected override render(): TemplateResult {
    const timeline = this.timeline;
    const strings = this.#strings;
    const title = this.heading ?? timeline?.title;
    const hasEvents = Boolean(timeline?.events.length);
    const vertical = this.#vertical;
    const showChart = hasEvents && !this.listView && !vertical;
    const chart =
      this.#layout && this.view && showChart ? this.#renderChartContent(this.#layout, this.view) : undefined;
    return html`<div class=${vertical ? 'frame vertical' : 'frame'} @keydown=${this.#handleFrameKeydown}>
      ${
        title || timeline?.description
          ? html`<header>
              ${title ? html`<h2 part="heading" dir="auto">${title}</h2>` : nothing}
              ${timeline?.description ? html`<p dir="auto">${timeline.description}</p>` : nothing}
            </header>`
          : nothing
      }
      ${
        // The parts that a zoom or pan does not change are left alone on those frames.
        hasEvents
          ? guard(
              [
                timeline,
                this.view,
                strings,
                this.locale,
                this.selected,
                this.listView,
                this.keysShown,
                this.query,
                this.#matches,
                this.hiddenCategories,
                this.hiddenActors,
                this.lanes,
                vertical,
                this.#styles,
              ],
              () => this.#renderControls(strings, vertical)
            )
          : nothing
      }
      ${this.keysShown ? renderKeyHelp(strings) : nothing}
      <div class="ruler"></div>
      <div class="chart-area" ?hidden=${this.listView}>
        ${renderState({
          strings,
          loading: this.fetching || (!timeline && Boolean(this.src)),
          timeline,
          ...(this.src ? {onRetry: () => this.src && void this.#load(this.src)} : {}),
        })}
        ${hasEvents && vertical && !this.listView ? this.#renderRail(strings) : nothing}
        <svg
          class=${this.#previewing ? 'chart previewing' : 'chart'}
          part="chart"
          role="group"
          aria-label=${this.#chartLabel(strings)}
          aria-describedby="help"
          tabindex="-1"
          ?hidden=${!showChart || !this.#layout}
          height=${this.#layout?.height ?? 0}
          @click=${this.#handleChartClick}
          @keydown=${this.#handleKeydown}
          @focusin=${this.#handleChartFocus}
        >
          ${chart?.background ?? nothing}
          <g
            class="axis"
            part="axis"
            aria-hidden="true"
            fill="none"
            text-anchor="middle"
            transform="translate(0,${(this.#layout?.height ?? geometry.axis) - geometry.axis})"
          >
            ${
              this.#layout && this.#events.length
                ? renderAxis(
                    this.#layout.x,
                    this.#layout.width,
                    this.#layout.height - geometry.axis,
                    this.locale
                  )
                : nothing
            }
          </g>
          ${chart?.marks ?? nothing}
        </svg>
        <canvas class="preview" aria-hidden="true" ?hidden=${!this.#previewing || !showChart}></canvas>
        ${showChart && this.#layout ? this.#renderOverview() : nothing}
      </div>
      ${renderProblems(timeline, strings)}
      ${
        vertical
          ? nothing
          : guard([this.view, this.selected, this.locale, strings, this.#styles], () =>
              this.#renderSelectedCard(strings)
            )
      }
      ${
        hasEvents && (this.listReady || this.listView)
          ? guard(
              [this.view, this.selected, this.locale, strings, this.listView, this.listLimit, this.src],
              () => this.#renderList(strings)
            )
          : nothing
      }
      ${hasEvents ? html`<p class="help" id="help">${vertical ? strings.helpVertical : strings.help}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /**
   * The chart's layers. While a gesture previews on the canvas, the SVG glyphs keep the layout
   * they were last drawn with (hidden, untouched by the guard) and are redrawn once it settles.
   */
  #renderChartContent(
    layout: TimelineLayout,
    view: ParsedTimeline
  ): {background: SVGTemplateResult; marks: SVGTemplateResult} {
    const ctx = (shown: TimelineLayout): ChartContext => ({
      layout: shown,
      timeline: view,
      styles: this.#styles,
      selectedId: this.selected,
      selectedIndex: this.#indexOf(this.selected),
      focusIndex: this.#indexOf(this.focusId),
      selectedSeries: this.#events[this.#indexOf(this.selected)]?.event.series,
      matches: this.#matches,
      describe: (i) => this.#describe(i),
      describeCluster: (indices) => this.#describeCluster(indices),
    });
    if (!this.#previewing) this.#shownLayout = layout;
    const shown = this.#shownLayout ?? layout;
    const deps = [
      shown,
      view,
      this.selected,
      this.focusId,
      this.#matches,
      this.#styles,
      this.locale,
      this.#strings,
    ];
    // The axis goes between the two: its grid lines run under the marks and labels, not through them.
    return {
      background: renderChartBackground(ctx(layout)),
      marks: svg`${guard(deps, () => renderChartMarks(ctx(shown)))}${renderPaletteProbes(this.#styles)}`,
    };
  }

  readonly #handleChartFocus = (event: FocusEvent): void => {
    const index = this.#eventIndexAt(event.target);
    const id = index === undefined ? undefined : this.#events[index]?.id;
    if (id && id !== this.focusId) this.focusId = id;
  };

  readonly #handleFrameKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selected && !(event.target instanceof SVGElement)) {
      this.#closeCard();
      event.preventDefault();
    }
  };

  /** "42 events from 13 April 1947 to 5 December 2025", worked out once per view, language and wording. */
  #chartLabel(strings: TimelineStrings): string {
    const view = this.view;
    const events = this.#events;
    const first = events[0];
    if (!first || !view) return '';
    const locale = this.locale;
    this.#checkDescriptions(locale, strings);
    if (this.#chartName !== undefined) return this.#chartName;
    // The event that ends last (an ongoing one, if any): a scan of a typed array, not of the events.
    const ends = eventColumns(view).to;
    let latest = 0;
    for (let i = 1; i < ends.length; i++) if ((ends[i] as number) > (ends[latest] as number)) latest = i;
    const last = events[latest] ?? first;
    this.#chartName = fillTemplate(strings.chartSummary, {
      count: formatNumber(events.length, locale),
      start: formatPartialDate(first.start, locale, strings),
      end: formatPartialDate(last.end ?? last.start, locale, strings),
    });
    return this.#chartName;
  }

  #renderControls(strings: TimelineStrings, vertical: boolean): TemplateResult {
    const events = this.#events;
    const at = this.#indexOf(this.selected);
    const matches = this.#matches ? [...this.#matches] : undefined;
    return html`${renderToolbar({
        strings,
        atFirst: at === 0,
        atLast: at === events.length - 1,
        listView: this.listView,
        zoomable: !vertical,
        keysShown: this.keysShown,
        onZoom: (factor) => this.#zoom.scaleBy(factor, 'user'),
        onFit: () => this.#zoom.set(identityZoom, 'user'),
        onStep: (direction) => this.#step(direction, 'user'),
        onToggleList: () => (this.listView = !this.listView),
        onToggleKeys: () => (this.keysShown = !this.keysShown),
      })}
      <div class="filters">
        ${renderSearchBox({
          strings,
          query: this.query,
          count: matches?.length,
          position: matches ? matches.indexOf(at) + 1 : 0,
          onInput: (query) => {
            this.query = query;
            const count = searchEvents(this.view as ParsedTimeline, query)?.size;
            this.announcement =
              count === undefined
                ? ''
                : count
                  ? fillTemplate(strings.matchCount, {count})
                  : strings.noMatches;
          },
          onStep: (direction) => this.#stepMatch(direction),
        })}
        ${renderLegend(this.#legend(strings))}
      </div>`;
  }

  /** Selects the next or previous search match after the selection. */
  #stepMatch(direction: -1 | 1): void {
    const matches = this.#matches ? [...this.#matches].sort((a, b) => a - b) : [];
    if (!matches.length) return;
    const at = this.#indexOf(this.selected);
    const next =
      direction > 0
        ? (matches.find((i) => i > at) ?? matches[0])
        : (matches.findLast((i) => i < at) ?? matches.at(-1));
    const item = this.#events[next ?? -1];
    if (item) this.#setSelected(item.id, 'user');
  }

  #actorCounts = new WeakMap<ParsedTimeline, Map<string, number>>();

  /** Events per category (from the columns), or per actor (counted once per dataset), for the legend. */
  #legendCounts(timeline: ParsedTimeline, byActor: boolean): Map<string, number> {
    let counts = byActor ? this.#actorCounts.get(timeline) : undefined;
    if (counts) return counts;
    counts = new Map();
    if (byActor) {
      for (const {event} of timeline.events) {
        for (const key of event.actors ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      this.#actorCounts.set(timeline, counts);
    } else {
      const columns = eventColumns(timeline);
      const byCategory = countCategories(columns);
      for (const position of byCategory.order) {
        counts.set(columns.categoryKeys[position] as string, byCategory.counts[position] as number);
      }
    }
    return counts;
  }

  #legend(strings: TimelineStrings): {label: string; entries: LegendEntry[]; onToggle(key: string): void} {
    const timeline = this.timeline as ParsedTimeline;
    const byActor = this.lanes === 'actor';
    const counts = this.#legendCounts(timeline, byActor);
    const keys = byActor ? [...timeline.actors.keys(), ...counts.keys()] : [...this.#styles.keys()];
    const entries = [...new Set(keys)]
      .filter((key) => counts.has(key))
      .map((key) => ({
        key,
        label: byActor
          ? (timeline.actors.get(key)?.name ?? key)
          : key
            ? (timeline.categories.get(key)?.label ?? key)
            : strings.uncategorised,
        count: counts.get(key) ?? 0,
        shown: !(byActor ? this.hiddenActors : this.hiddenCategories).has(key),
        ...(byActor ? {} : {style: styleOf({styles: this.#styles}, key)}),
      }));
    return {
      label: byActor ? strings.actorsLegend : strings.categoriesLegend,
      entries,
      onToggle: (key) => {
        const hidden = new Set(byActor ? this.hiddenActors : this.hiddenCategories);
        if (hidden.has(key)) hidden.delete(key);
        else hidden.add(key);
        if (byActor) this.hiddenActors = hidden;
        else this.hiddenCategories = hidden;
      },
    };
  }

  #renderOverview(): TemplateResult | typeof nothing {
    const model = this.#model;
    const layout = this.#layout;
    if (!model || !layout) return nothing;
    const base = createBaseScale(model.extent, layout.width);
    const bins = Math.max(1, Math.floor(layout.width / 3));
    const key = `${layout.width}|${this.#events.length}|${model.extent.join()}`;
    if (this.#density.key !== key) {
      const starts = eventColumns(this.view as ParsedTimeline).from;
      this.#density = {
        key,
        path: densityPath(computeDensity(starts, model.extent[0], model.extent[1], bins), layout.width, 30),
      };
    }
    return renderOverview({
      base,
      width: layout.width,
      density: this.#density.path,
      window: layout.window,
      onWindow: (t0, t1, settled) => {
        if (settled) this.#zoom.settle('user');
        else this.#zoom.set(zoomForWindow(base, t0, t1), 'user', false, true);
      },
    });
  }

  #renderRail(strings: TimelineStrings): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    return renderRail({
      timeline: view,
      styles: this.#styles,
      locale: this.locale,
      strings,
      selectedId: this.selected,
      matches: this.#matches,
      limit: this.listLimit,
      headlinesOnly: !this.railAll && !this.query && view.events.some((e) => e.importance === 3),
      onShowAll: () => (this.railAll = true),
      renderCard: () => this.#renderSelectedCard(strings),
      onSelect: (i) => {
        const id = this.#events[i]?.id;
        this.#focusAfterRender = 'card';
        this.#setSelected(id === this.selected ? undefined : id, 'user');
      },
      onMore: () => (this.listLimit += LIST_PAGE),
    });
  }

  #renderList(strings: TimelineStrings): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    return renderEventList({
      timeline: view,
      locale: this.locale,
      strings,
      visible: this.listView,
      // The hidden list for screen readers stays small enough to render in one frame; the list view pages.
      limit: this.listView ? this.listLimit : HIDDEN_LIST,
      selectedId: this.selected,
      downloadUrl: this.src ? safeUrl(this.src, 'web') : undefined,
      onMore: () => (this.listLimit += LIST_PAGE),
      onSelect: (id) => {
        this.listView = false;
        this.#focusAfterRender = 'card';
        this.#setSelected(id, 'user');
      },
    });
  }

  #renderSelectedCard(strings: TimelineStrings): TemplateResult | typeof nothing {
    const events = this.#events;
    const at = this.#indexOf(this.selected);
    const item = events[at];
    const view = this.view;
    if (!item || !view) return nothing;
    const members = item.event.series ? events.filter((e) => e.event.series === item.event.series) : [];
    const position = members.indexOf(item);
    const neighbour = (offset: number) => {
      const other = members[position + offset];
      return (
        other && {
          id: other.id,
          label: seriesText(other, {timeline: view, locale: this.locale, strings}) ?? '',
        }
      );
    };
    return renderCard(item, {
      timeline: view,
      style: styleOf({styles: this.#styles}, item.event.category),
      locale: this.locale,
      strings,
      hasPrevious: at > 0,
      hasNext: at < events.length - 1,
      seriesPrevious: neighbour(-1),
      seriesNext: neighbour(1),
      onClose: () => this.#closeCard(),
      onStep: (direction) => {
        this.#focusAfterRender = 'card';
        this.#step(direction, 'user');
      },
      onSelect: (id) => {
        this.#focusAfterRender = 'card';
        this.#setSelected(id, 'user');
      },
    });
  }
}

/** Events rendered per page of the list (and in the screen-reader list). */
const LIST_PAGE = 500;

/** Events in the screen-reader list while the list view is closed (the list view shows them all, in pages). */
const HIDDEN_LIST = 200;

/** Datasets with more events than this are validated in chunks, off the critical path. */
const CHUNKED_ABOVE = 2000;

/** `horizontal`, `vertical`, or `auto` (vertical in narrow containers). */
export type Orientation = 'horizontal' | 'vertical' | 'auto';

/** A moment from a Date, milliseconds or an EDTF string (its first or last instant). */
function toTime(value: TimeInput, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isNaN(+value) ? undefined : +value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const parsed = parsePartialDate(String(value));
  if (!parsed.ok) return undefined;
  return edge === 'start' ? parsed.date.start : parsed.date.end;
}
