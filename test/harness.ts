/**
 * Drives `<relations-timeline>` the way a reader or a host page does, and
 * reads back what they would see. Tests go through this harness and never
 * query the shadow DOM themselves, so markup can change without rewriting them.
 */
import {fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import {emulateMedia, executeServerCommand} from '@web/test-runner-commands';
import '../src/relations-timeline.js';
import type {RelationsTimeline} from '../src/relations-timeline.js';
import type {TimelineData, TimelineEvent} from '../src/types.js';

export interface MountOptions {
  data?: TimelineData | TimelineEvent[];
  events?: TimelineEvent[];
  /** Attributes to set before connecting, e.g. `{lanes: 'none', start: '1990'}`. */
  attributes?: Record<string, string>;
  /** JSON text for an inline `<script type="application/json">`. */
  inline?: string;
  /** Container width in CSS px. */
  width?: number;
}

/** Animations off, so that zoom changes settle at once. */
export async function reduceMotion(): Promise<void> {
  await emulateMedia({reducedMotion: 'reduce'});
}

export interface MarkView {
  index: number;
  name: string;
  kind: 'point' | 'band' | 'bar';
  selected: boolean;
  /** Centre in viewport pixels. */
  x: number;
  y: number;
  element: SVGGElement;
}

export interface LabelView {
  text: string;
  box: DOMRect;
}

export class TimelineHarness {
  constructor(readonly el: RelationsTimeline) {}

  get #root(): ShadowRoot {
    const root = this.el.shadowRoot;
    if (!root) throw new Error('no shadow root');
    return root;
  }

  /** Waits until the list of all events (rendered just after the first frame) is in place. */
  async settleList(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 80));
    await this.settle();
  }

  /** Waits for the element to render and the browser to paint. */
  async settle(): Promise<void> {
    await this.el.updateComplete;
    await nextFrame();
    await this.el.updateComplete;
  }

  /**
   * The fonts of the text a sighted reader sees, as canvas font shorthands without the family
   * (`italic 700 12px`); text only for screen readers (the hidden list of all events) left out.
   */
  fontsOfVisibleText(): Set<string> {
    const fonts = new Set<string>();
    for (const element of this.#root.querySelectorAll('*')) {
      if (element.closest('.visually-hidden') || !element.getClientRects().length) continue;
      const hasText = [...element.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()
      );
      if (!hasText) continue;
      const style = getComputedStyle(element);
      fonts.add(`${style.fontStyle} ${style.fontWeight} ${style.fontSize}`);
    }
    return fonts;
  }

  /** What the reader sees: a chart, a loading or empty message, or an error. */
  state(): 'chart' | 'loading' | 'empty' | 'error' {
    const state = this.#root.querySelector('.state');
    if (!state) return 'chart';
    if (state.classList.contains('error')) return 'error';
    return state.querySelector('.skeleton') ? 'loading' : 'empty';
  }

  /** Visible text of the error or empty state. */
  stateText(): string {
    return this.#root.querySelector('.state')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  heading(): string {
    return this.#root.querySelector('h2')?.textContent?.trim() ?? '';
  }

  marks(): MarkView[] {
    return [...this.#root.querySelectorAll<SVGGElement>('.event')].map((element) => {
      const box =
        element.querySelector('.symbol')?.getBoundingClientRect() ?? element.getBoundingClientRect();
      const kind = (['bar', 'band', 'point'] as const).find((k) => element.classList.contains(k)) ?? 'point';
      return {
        index: Number(element.dataset.index),
        name: element.getAttribute('aria-label') ?? '',
        kind,
        selected: element.getAttribute('aria-pressed') === 'true',
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        element,
      };
    });
  }

  /** Cluster badges: their accessible names, counts and elements. */
  clusters(): {name: string; count: number; element: SVGGElement}[] {
    return [...this.#root.querySelectorAll<SVGGElement>('.cluster')].map((element) => ({
      name: element.getAttribute('aria-label') ?? '',
      count: Number(element.querySelector('.count')?.textContent),
      element,
    }));
  }

  /** Events on screen: lone marks plus the events counted in clusters. */
  shownEvents(): number {
    return this.marks().length + this.clusters().reduce((n, c) => n + c.count, 0);
  }

  /** Rows of the vertical layout: their accessible names. */
  railRows(): string[] {
    return [...this.#root.querySelectorAll('.rail-event')].map(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() ?? ''
    );
  }

  /** Which side of the vertical layout's rail its line is drawn on. */
  railLineSide(): 'left' | 'right' | 'none' {
    const rail = this.#root.querySelector('.rail');
    if (!rail) return 'none';
    const style = getComputedStyle(rail);
    if (parseFloat(style.borderLeftWidth) > 0) return 'left';
    return parseFloat(style.borderRightWidth) > 0 ? 'right' : 'none';
  }

  /** Legend toggles: label text and whether shown. */
  legend(): {label: string; shown: boolean}[] {
    return [...this.#root.querySelectorAll('.legend-entry')].map((b) => ({
      label: b.querySelector('span')?.textContent?.trim() ?? '',
      shown: b.getAttribute('aria-pressed') === 'true',
    }));
  }

  async toggleLegend(label: string): Promise<void> {
    const entry = [...this.#root.querySelectorAll<HTMLButtonElement>('.legend-entry')].find(
      (b) => b.querySelector('span')?.textContent?.trim() === label
    );
    if (!entry) throw new Error(`no legend entry ${JSON.stringify(label)}`);
    entry.click();
    await this.settle();
  }

  /** Types into the search field, as a reader would. */
  async search(query: string): Promise<void> {
    const input = this.#root.querySelector<HTMLInputElement>('.search input');
    if (!input) throw new Error('no search field');
    input.value = query;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await this.settle();
  }

  /** The search status text ("2 of 5", "No matches"). */
  searchStatus(): string {
    return this.#root.querySelector('.search .matches')?.textContent?.trim() ?? '';
  }

  /** Marks and clusters highlighted as search matches, and those faded out. */
  matchState(): {matched: number; dimmed: number} {
    return {
      matched: this.#root.querySelectorAll('.marks .match').length,
      dimmed: this.#root.querySelectorAll('.marks .dim').length,
    };
  }

  /** The overview strip's window box, in viewport pixels. */
  overviewWindow(): DOMRect {
    const rect = this.#root.querySelector('.overview .window');
    if (!rect) throw new Error('no overview');
    return rect.getBoundingClientRect();
  }

  overview(): SVGSVGElement {
    const svg = this.#root.querySelector<SVGSVGElement>('svg.overview');
    if (!svg) throw new Error('no overview');
    return svg;
  }

  /** Titles shown on era bands. */
  eraTitles(): string[] {
    return [...this.#root.querySelectorAll('.era text')].map((t) => t.textContent ?? '');
  }

  /** Highlighted members of the selected event's series. */
  seriesMarks(): string[] {
    return [...this.#root.querySelectorAll('.event.series')].map((m) => m.getAttribute('aria-label') ?? '');
  }

  /** The mark whose accessible name includes `text`. */
  mark(text: string): MarkView {
    const mark = this.marks().find((m) => m.name.includes(text));
    if (!mark) throw new Error(`no mark named like ${JSON.stringify(text)}`);
    return mark;
  }

  labels(): LabelView[] {
    return [...this.#root.querySelectorAll<SVGTextElement>('.label')].map((element) => ({
      text: element.textContent ?? '',
      box: element.getBoundingClientRect(),
    }));
  }

  laneNames(): string[] {
    return [...this.#root.querySelectorAll('.lane-name')].map((t) => t.textContent ?? '');
  }

  axisTicks(): string[] {
    return [...this.#root.querySelectorAll('.axis .tick text')].map((t) => t.textContent ?? '');
  }

  chart(): SVGSVGElement {
    const svg = this.#root.querySelector<SVGSVGElement>('svg.chart');
    if (!svg) throw new Error('no chart');
    return svg;
  }

  chartName(): string {
    return this.chart().getAttribute('aria-label') ?? '';
  }

  /** The open card, as text, or `null`. */
  card(): {date: string; title: string; text: string; links: {href: string; text: string}[]} | null {
    const card = this.#root.querySelector('.card');
    if (!card) return null;
    return {
      date: card.querySelector('time')?.textContent?.trim() ?? '',
      title: card.querySelector('h3')?.textContent?.trim() ?? '',
      text: card.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      links: [...card.querySelectorAll('a')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: a.textContent ?? '',
      })),
    };
  }

  /** Text of the "some events could not be shown" notice. */
  problemsNotice(): string {
    return this.#root.querySelector('.problems')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  liveRegion(): string {
    return this.#root.querySelector('[role="status"][aria-live]')?.textContent?.trim() ?? '';
  }

  /** The list of all events: its items' text, and whether it is shown to everyone. */
  list(): {visible: boolean; items: string[]; focusableLinks: number} {
    const list = this.#root.querySelector('.event-list');
    const items = [...(list?.querySelectorAll('li') ?? [])].map(
      (li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? ''
    );
    const links = [...(list?.querySelectorAll('a') ?? [])].filter((a) => a.getAttribute('tabindex') !== '-1');
    return {
      visible: Boolean(list && !list.classList.contains('visually-hidden')),
      items,
      focusableLinks: links.length,
    };
  }

  /** Text of the keyboard help, or `null` when it is hidden. */
  keyHelp(): string | null {
    return this.#root.querySelector('.keys')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  }

  /** The card's accessible name (from `aria-labelledby`). */
  cardName(): string {
    const card = this.#root.querySelector('.card');
    const id = card?.getAttribute('aria-labelledby');
    return id ? (this.#root.getElementById(id)?.textContent?.trim() ?? '') : '';
  }

  /** A button by its accessible name or text. */
  button(name: string): HTMLButtonElement {
    const button = [...this.#root.querySelectorAll('button')].find(
      (b) =>
        b.getAttribute('aria-label') === name ||
        b.textContent?.replace(/[‹›]/g, '').replace(/\s+/g, ' ').trim() === name
    );
    if (!button) throw new Error(`no button ${JSON.stringify(name)}`);
    return button;
  }

  /** The element that has focus inside the timeline. */
  focused(): Element | null {
    return this.#root.activeElement;
  }

  async clickMark(text: string): Promise<void> {
    this.mark(text).element.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await this.settle();
  }

  async clickButton(name: string): Promise<void> {
    this.button(name).click();
    await this.settle();
  }

  /** A wheel event over the chart centre; returns whether the page's default (scrolling) was prevented. */
  wheel(init: WheelEventInit): boolean {
    const box = this.chart().getBoundingClientRect();
    const event = new WheelEvent('wheel', {
      bubbles: true,
      cancelable: true,
      composed: true,
      clientX: box.x + box.width / 2,
      clientY: box.y + box.height / 2,
      view: window,
      ...init,
    });
    this.chart().dispatchEvent(event);
    return event.defaultPrevented;
  }

  /** Resolves with the next `timeline-rangechange` detail. */
  nextRange(): Promise<{start: Date; end: Date; source: string}> {
    return nextEvent(this.el, 'timeline-rangechange').then((e) => e.detail);
  }

  // ——— Added for the reliability suites (issue #7) ———

  /** All text the timeline renders (every view that is in the DOM, visible or not). */
  allText(): string {
    return this.#root.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The dataset description under the heading. */
  description(): string {
    return this.#root.querySelector('header p')?.textContent?.trim() ?? '';
  }

  /** Every attribute value in the shadow DOM (e.g. aria-labels), as `tag@name=value`. */
  attributeValues(): string[] {
    return [...this.#root.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].map((a) => `${element.localName}@${a.name}=${a.value}`)
    );
  }

  /**
   * What must never come from data, found in the shadow DOM: event-handler
   * attributes, links or sources that are not http(s)/mailto once resolved,
   * and elements that run or embed code. An empty list is safe.
   */
  dangers(): string[] {
    return findDangers(this.#root);
  }

  /** Every `id` in the shadow root, in document order (duplicates kept). */
  ids(): string[] {
    return [...this.#root.querySelectorAll('[id]')].map((e) => e.id);
  }

  /** IDREFs (`aria-labelledby`, `aria-describedby`, `aria-controls` unless collapsed, `for`) that name no element in this root. */
  danglingIdRefs(): string[] {
    const out: string[] = [];
    for (const element of this.#root.querySelectorAll(
      '[aria-labelledby],[aria-describedby],[aria-controls],label[for]'
    )) {
      for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
        // A collapsed disclosure may name what it would show (as axe allows).
        if (name === 'aria-controls' && element.getAttribute('aria-expanded') === 'false') continue;
        for (const id of (element.getAttribute(name) ?? '').split(/\s+/).filter(Boolean)) {
          if (!this.#root.getElementById(id)) out.push(`${element.localName}@${name}=${id}`);
        }
      }
    }
    return out;
  }

  /** Nodes (elements, text, comments) in the shadow root. */
  nodeCount(): number {
    const walker = document.createTreeWalker(this.#root, NodeFilter.SHOW_ALL);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  }

  /** Nodes in the shadow root by kind (Lit's comment markers counted apart). */
  nodeKinds(): {elements: number; text: number; comments: number} {
    const walker = document.createTreeWalker(this.#root, NodeFilter.SHOW_ALL);
    const out = {elements: 0, text: 0, comments: 0};
    while (walker.nextNode()) {
      const type = walker.currentNode.nodeType;
      if (type === Node.ELEMENT_NODE) out.elements++;
      else if (type === Node.TEXT_NODE) out.text++;
      else if (type === Node.COMMENT_NODE) out.comments++;
    }
    return out;
  }

  /** Whether the error state offers "Try again". */
  hasRetry(): boolean {
    return [...this.#root.querySelectorAll('.state button')].some(
      (b) => b.textContent?.trim() === this.el.strings.retry || b.textContent?.trim() === 'Try again'
    );
  }

  /** The message a reader sees about bad data: the error state, else the "left out" notice. */
  visibleMessage(): string {
    return this.state() === 'error' ? this.stateText() : this.problemsNotice();
  }

  /** Opens (or closes) the list view, and waits for it. */
  async toggleList(): Promise<void> {
    await this.clickButton('List view');
  }

  /** Waits until the list of all events is in the DOM (the screen-reader list comes a moment after the chart). */
  async listRendered(timeoutMs = 2000): Promise<void> {
    const end = performance.now() + timeoutMs;
    while (!this.#root.querySelector('.event-list') && performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.el.updateComplete;
  }

  /** Titles shown in the list (the list view or the screen-reader list). */
  listTitles(): string[] {
    return [...this.#root.querySelectorAll('.event-list li h4')].map(
      (h) => h.textContent?.replace(/\s+/g, ' ').trim() ?? ''
    );
  }

  /** Dates shown in the list, in list order. */
  listDates(): string[] {
    return [...this.#root.querySelectorAll('.event-list li .meta time')].map(
      (t) => t.textContent?.trim() ?? ''
    );
  }

  /** Moves focus to the chart's tab stop (as Tab would). */
  focusChart(): void {
    this.#root.querySelector<SVGGElement>('.event[tabindex="0"]')?.focus();
  }
}

/** Attributes whose value is a URL the browser may load or navigate to. */
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background'];
/** Elements that run, embed or restyle code; none may come from data. */
const CODE_ELEMENTS =
  'script, iframe, frame, object, embed, applet, base, link, meta, foreignObject, style, form';

/** See `TimelineHarness.dangers`; also usable on any root (e.g. the light DOM of a host). */
export function findDangers(root: ParentNode): string[] {
  const out: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    if (element.matches(CODE_ELEMENTS)) out.push(`<${tag}> element`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) out.push(`<${tag}> has ${name}=${JSON.stringify(attribute.value)}`);
      if (URL_ATTRIBUTES.includes(name)) {
        let protocol: string;
        try {
          protocol = new URL(attribute.value, document.baseURI).protocol;
        } catch {
          continue; // not a URL the browser could follow
        }
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) {
          out.push(`<${tag}> ${name}=${JSON.stringify(attribute.value)} (${protocol})`);
        }
      }
      if (name === 'srcset') out.push(`<${tag}> has srcset`);
      if (name === 'style' && /url\(|expression\(|javascript:/i.test(attribute.value)) {
        out.push(`<${tag}> style=${JSON.stringify(attribute.value)}`);
      }
    }
  }
  return out;
}

/** Records every uncaught error and unhandled rejection on `window` until `stop()`. */
export function watchPageErrors(): {errors: string[]; stop(): void} {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    // Chromium reports this benign notice as an error; it is not one of ours.
    if (/ResizeObserver loop/.test(event.message)) return;
    errors.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    errors.push(`unhandledrejection: ${reason instanceof Error ? reason.message : String(reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The outcome of a load: the first `timeline-load` or `timeline-error`, whichever comes first. */
export type LoadOutcome =
  | {type: 'timeline-load'; detail: HTMLElementEventMap['timeline-load']['detail']}
  | {type: 'timeline-error'; detail: HTMLElementEventMap['timeline-error']['detail']};

/** Resolves with the next `timeline-load` or `timeline-error` of `el`. */
export function nextOutcome(el: EventTarget): Promise<LoadOutcome> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('timeline-load', done);
      el.removeEventListener('timeline-error', done);
      resolve({type: event.type, detail: (event as CustomEvent).detail} as LoadOutcome);
    };
    el.addEventListener('timeline-load', done);
    el.addEventListener('timeline-error', done);
  });
}

/**
 * Mounts a timeline with `src` (in a container of the given width) and
 * resolves once it has loaded or failed, with that outcome.
 */
export async function mountSrc(
  src: string,
  options: {width?: number; attributes?: Record<string, string>} = {}
): Promise<{harness: TimelineHarness; outcome: LoadOutcome}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${options.width ?? 800}px`;
  const el = document.createElement('relations-timeline');
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  const outcome = nextOutcome(el);
  el.src = src;
  wrapper.append(el);
  const harness = new TimelineHarness(el);
  const result = await outcome;
  await harness.settle();
  await nextFrame();
  await harness.settle();
  return {harness, outcome: result};
}

/** The `timeline-load` and `timeline-error` events an element fired, in order. */
export type RecordedOutcomes = LoadOutcome[];

/**
 * Like `mount`, but listens from before the element connects and returns
 * every `timeline-load` and `timeline-error` it fired while mounting.
 */
export async function mountRecording(
  options: MountOptions = {}
): Promise<{harness: TimelineHarness; outcomes: RecordedOutcomes}> {
  const width = options.width ?? 800;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('relations-timeline');
  const outcomes: RecordedOutcomes = [];
  const record = (event: Event) =>
    outcomes.push({type: event.type, detail: (event as CustomEvent).detail} as LoadOutcome);
  el.addEventListener('timeline-load', record);
  el.addEventListener('timeline-error', record);
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    el.append(script);
  }
  if (options.data !== undefined) el.data = options.data;
  if (options.events !== undefined) el.events = options.events;
  wrapper.append(el);
  const harness = new TimelineHarness(el);
  await harness.settle();
  await nextFrame();
  await harness.settle();
  // Large datasets are read in chunks: wait for the outcome (bounded), then for the drawing.
  for (let waited = 0; !outcomes.length && waited < 20_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await harness.settle();
  await nextFrame();
  await harness.settle();
  return {harness, outcomes};
}

/** Emulates the reader's time zone (CDP); `''` restores the system zone. */
export async function setTimezone(timezoneId: string): Promise<void> {
  await executeServerCommand('set-timezone', {timezoneId});
}

/** Live DOM nodes, JS event listeners and heap size of the page, after a full garbage collection (CDP). */
export async function pageMetrics(): Promise<{
  Nodes: number;
  JSEventListeners: number;
  JSHeapUsedSize: number;
}> {
  return executeServerCommand('page-metrics');
}

/** The next event of that name from `target`, typed by the element's event map. */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K
): Promise<HTMLElementEventMap[K]> {
  return oneEvent(target, name) as Promise<HTMLElementEventMap[K]>;
}

/** Mounts a timeline in a container of the given width and waits until it is drawn. */
export async function mount(options: MountOptions = {}): Promise<TimelineHarness> {
  const width = options.width ?? 800;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('relations-timeline');
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    el.append(script);
  }
  if (options.data !== undefined) el.data = options.data;
  if (options.events !== undefined) el.events = options.events;
  wrapper.append(el);
  const harness = new TimelineHarness(el);
  await harness.settle();
  await nextFrame(); // the first width measurement arrives a frame after connecting
  await harness.settle();
  await harness.settleList();
  return harness;
}
