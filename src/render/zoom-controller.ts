/**
 * d3-zoom on the chart, as a Lit controller. It never traps the page's
 * scrolling: a plain vertical wheel scrolls the article; Ctrl/⌘ + wheel (and a
 * trackpad pinch, which arrives as Ctrl + wheel) zooms; a horizontal or
 * Shift + wheel pans. It reports every change with who made it.
 */
import {select} from 'd3-selection';
import 'd3-transition'; // adds selection.transition() and interrupt()
import {zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform} from 'd3-zoom';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {constrainZoom, type ZoomState} from '../layout/time-scale.js';
import type {ChangeSource} from '../types.js';

export interface ZoomChange {
  zoom: ZoomState;
  source: ChangeSource;
  /** True once a gesture or an animated change has ended. */
  settled: boolean;
}

const ANIMATION_MS = 350;
const WHEEL_SETTLE_MS = 150;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function wheelDelta(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return -event.deltaY * unit * 5;
}

export class ZoomController implements ReactiveController {
  #target?: SVGSVGElement;
  #pending: ChangeSource = 'api';
  #wheelPanning = false;
  #previewing = false;
  #wheelTimer: ReturnType<typeof setTimeout> | undefined;
  #last: ZoomState = {k: 1, x: 0};
  #width = 0;
  #maxScale = 1;
  #goal?: ZoomState;

  /** Where an animated change is heading, while it runs. */
  get goal(): ZoomState | undefined {
    return this.#goal;
  }
  #behavior: ZoomBehavior<SVGSVGElement, unknown>;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (change: ZoomChange) => void
  ) {
    host.addController(this);
    this.#behavior = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event as MouseEvent).button;
      })
      .wheelDelta(wheelDelta)
      // Listen to touch wherever touch events can arrive (d3 only does where maxTouchPoints > 0 at bind time).
      .touchable(true)
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.#report(event, false))
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.#report(event, true));
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Binds to the chart (idempotent) and sets the limits for its size. */
  attach(target: SVGSVGElement, width: number, height: number, maxScale: number): void {
    if (this.#target !== target) {
      this.#detach();
      this.#target = target;
      select(target).call(this.#behavior).on('dblclick.zoom', null);
      target.addEventListener('wheel', this.#handleWheel, {passive: false});
    }
    const box: [[number, number], [number, number]] = [
      [0, 0],
      [width, height],
    ];
    this.#behavior.extent(box).translateExtent(box).scaleExtent([1, maxScale]);
    this.#width = width;
    this.#maxScale = maxScale;
  }

  /** `state` kept within the data: d3-zoom's `transform` does not constrain, only its gestures do. */
  #constrain(state: ZoomState): ZoomState {
    return constrainZoom(state, this.#width, this.#maxScale);
  }

  /**
   * Moves to `state`, animated unless the reader prefers reduced motion.
   * `preview` moves at once and reports the change as not settled (a drag in progress).
   */
  set(state: ZoomState, source: ChangeSource, animate = true, preview = false): void {
    const target = this.#target;
    if (!target) return;
    const {k, x} = this.#constrain(state);
    const transform = zoomIdentity.translate(x, 0).scale(k);
    this.#pending = source;
    const selection = select(target);
    if (preview) {
      this.#previewing = true;
      selection.interrupt().call(this.#behavior.transform, transform);
      this.#previewing = false;
    } else if (animate && !prefersReducedMotion()) {
      this.#goal = {k, x};
      selection.transition().duration(ANIMATION_MS).call(this.#behavior.transform, transform);
    } else {
      selection.interrupt().call(this.#behavior.transform, transform);
    }
  }

  /** Scales by `factor` around the centre. */
  scaleBy(factor: number, source: ChangeSource): void {
    const target = this.#target;
    if (!target) return;
    this.#pending = source;
    const selection = select(target);
    if (prefersReducedMotion()) selection.call(this.#behavior.scaleBy, factor);
    else selection.transition().duration(ANIMATION_MS).call(this.#behavior.scaleBy, factor);
  }

  /** Pans by `dx` pixels (positive moves the content right). */
  translateBy(dx: number, source: ChangeSource): void {
    const target = this.#target;
    if (!target) return;
    this.#pending = source;
    select(target).call(this.#behavior.translateBy, dx, 0);
  }

  #report(event: D3ZoomEvent<SVGSVGElement, unknown>, settled: boolean): void {
    const t: ZoomTransform = event.transform;
    const source: ChangeSource = event.sourceEvent || this.#wheelPanning ? 'user' : this.#pending;
    this.#last = {k: t.k, x: t.x};
    if (settled) this.#goal = undefined;
    // A stream of wheel pans settles once the wheel has been still for a moment.
    this.onChange({zoom: this.#last, source, settled: settled && !this.#wheelPanning && !this.#previewing});
  }

  /** Reports the current state as settled (the end of a gesture made of previews). */
  settle(source: ChangeSource): void {
    this.onChange({zoom: this.#last, source, settled: true});
  }

  readonly #handleWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey) return; // d3-zoom zooms
    const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (!horizontal && !event.shiftKey) return; // a vertical wheel scrolls the page
    event.preventDefault();
    const delta = horizontal ? event.deltaX : event.deltaY;
    this.#wheelPanning = true;
    this.translateBy(-delta * (event.deltaMode === 1 ? 20 : 1), 'user');
    this.#wheelPanning = false;
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => {
      this.onChange({zoom: this.#last, source: 'user', settled: true});
    }, WHEEL_SETTLE_MS);
  };

  #detach(): void {
    clearTimeout(this.#wheelTimer);
    if (!this.#target) return;
    select(this.#target).on('.zoom', null).interrupt();
    this.#target.removeEventListener('wheel', this.#handleWheel);
    this.#target = undefined;
  }
}
