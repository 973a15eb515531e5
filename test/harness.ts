/**
 * Drives `<relations-timeline>` the way a reader or a host page does, and
 * reads back what they would see. Tests go through this harness and never
 * query the shadow DOM themselves, so markup can change without rewriting them.
 */
import {fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
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

  /** Waits for the element to render and the browser to paint. */
  async settle(): Promise<void> {
    await this.el.updateComplete;
    await nextFrame();
    await this.el.updateComplete;
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
      (b) => b.getAttribute('aria-label') === name || b.textContent?.trim() === name
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
  return harness;
}
