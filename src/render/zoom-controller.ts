/**
 * Zoom and pan gestures on the chart, as a Lit controller. It never traps the
 * page's scrolling: a plain vertical wheel scrolls the article; Ctrl/⌘ + wheel
 * (and a trackpad pinch, which arrives as Ctrl + wheel) zooms; a horizontal or
 * Shift + wheel pans; a drag (mouse, pen or one finger) pans; two fingers pinch.
 * A vertical swipe stays the page's (`touch-action: pan-y` on the chart). It
 * reports every change with who made it.
 *
 * Our own, not d3-zoom: a timeline zooms on one axis only, and d3-zoom with the
 * selection, transition, interpolation and colour modules it needs was a third
 * of the bundle (decision 0005).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {constrainZoom, identityZoom, type ZoomState} from '../layout/time-scale.js';
import {easeCubicInOut, interpolateZoom, pinch, scaleAround, type ScaleExtent} from '../layout/zoom-math.js';
import type {ChangeSource} from '../types.js';

export interface ZoomChange {
  zoom: ZoomState;
  source: ChangeSource;
  /** True once a gesture or an animated change has ended. */
  settled: boolean;
}

const ANIMATION_MS = 350;
const WHEEL_SETTLE_MS = 150;
/** A press that moves less than this (in CSS pixels) is a click or a tap, not a drag. */
const CLICK_SLOP = 3;

type Point = [number, number];

const preventDefault = (event: Event): void => event.preventDefault();

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The wheel's zoom, as a power of two: a notch of a mouse wheel is about ×1.27 (d3-zoom's feel). */
function wheelZoom(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return -event.deltaY * unit * 5;
}

/** What a drag started from: the state and the pointers' positions then. */
interface Drag {
  state: ZoomState;
  points: Map<number, Point>;
  moved: boolean;
}

export class ZoomController implements ReactiveController {
  #target?: SVGSVGElement;
  #state: ZoomState = identityZoom;
  #width = 0;
  #maxScale = 1;
  #goal?: ZoomState;
  #animation = 0;
  #animationSource: ChangeSource = 'api';
  #wheelTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where each pointer on the chart is now. */
  #pointers = new Map<number, Point>();
  #drag?: Drag;
  /** The chart's box when the drag began: read once, not on every move. */
  #dragBox?: DOMRect;
  #clickEndsDrag = false;
  /** The host's own choice to animate nothing, whatever the reader's system prefers. */
  reduceMotion = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (change: ZoomChange) => void
  ) {
    host.addController(this);
  }

  /** Where an animated change is heading, while it runs. */
  get goal(): ZoomState | undefined {
    return this.#goal;
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Binds to the chart (idempotent) and sets the limits for its size. */
  attach(target: SVGSVGElement, width: number, maxScale: number): void {
    if (this.#target !== target) {
      this.#detach();
      this.#target = target;
      target.addEventListener('wheel', this.#handleWheel, {passive: false});
      target.addEventListener('pointerdown', this.#handlePointerDown);
      target.addEventListener('click', this.#suppressClick, true);
    }
    this.#width = width;
    this.#maxScale = maxScale;
  }

  /**
   * Moves to `state`, animated unless the reader prefers reduced motion.
   * `preview` moves at once and reports the change as not settled (a drag in progress).
   */
  set(state: ZoomState, source: ChangeSource, animate = true, preview = false): void {
    if (!this.#target) return;
    const goal = this.#constrain(state);
    this.#interrupt();
    if (preview) this.#report(goal, source, false);
    else if (animate && !this.reduceMotion && !prefersReducedMotion()) this.#animate(goal, source);
    else this.#jump(goal, source);
  }

  /** Scales by `factor` around the centre. */
  scaleBy(factor: number, source: ChangeSource): void {
    const from = this.#goal ?? this.#state;
    this.set(scaleAround(from, factor, this.#width / 2, this.#scaleExtent), source);
  }

  /** Reports the current state as settled (the end of a gesture made of previews). */
  settle(source: ChangeSource): void {
    this.onChange({zoom: this.#state, source, settled: true});
  }

  get #scaleExtent(): ScaleExtent {
    return [1, this.#maxScale];
  }

  #constrain(state: ZoomState): ZoomState {
    return constrainZoom(state, this.#width, this.#maxScale);
  }

  #report(state: ZoomState, source: ChangeSource, settled: boolean): void {
    this.#state = state;
    this.onChange({zoom: state, source, settled});
  }

  /** One settled step: no preview starts and ends for it (at the first frame, that was a second render). */
  #jump(state: ZoomState, source: ChangeSource): void {
    this.#report(state, source, true);
  }

  #animate(goal: ZoomState, source: ChangeSource): void {
    const at = interpolateZoom(this.#state, goal, this.#width);
    const start = performance.now();
    this.#goal = goal;
    this.#animationSource = source;
    const step = (now: number): void => {
      const t = Math.min(1, Math.max(0, (now - start) / ANIMATION_MS));
      if (t < 1) {
        this.#animation = requestAnimationFrame(step);
        this.#report(this.#constrain(at(easeCubicInOut(t))), source, false);
      } else {
        this.#animation = 0;
        this.#goal = undefined;
        this.#jump(goal, source);
      }
    };
    this.#animation = requestAnimationFrame(step);
  }

  /** Stops a running animation where it is; like any ending, that settles. */
  #interrupt(): void {
    if (!this.#animation) return;
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
    this.#goal = undefined;
    this.#report(this.#state, this.#animationSource, true);
  }

  /** The pointer's position in the chart's pixels. */
  #pointAt(event: MouseEvent, box = (this.#target as SVGSVGElement).getBoundingClientRect()): Point {
    const scale = box.width > 0 ? this.#width / box.width : 1;
    return [(event.clientX - box.left) * scale, event.clientY - box.top];
  }

  readonly #handleWheel = (event: WheelEvent): void => {
    const state = this.#state;
    let next: ZoomState;
    if (event.ctrlKey || event.metaKey) {
      next = scaleAround(state, 2 ** wheelZoom(event), this.#pointAt(event)[0], this.#scaleExtent);
    } else {
      const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (!horizontal && !event.shiftKey) return; // a vertical wheel scrolls the page
      const delta = horizontal ? event.deltaX : event.deltaY;
      next = {k: state.k, x: state.x - delta * (event.deltaMode === 1 ? 20 : 1)};
    }
    event.preventDefault();
    this.#interrupt();
    this.#report(this.#constrain(next), 'user', false);
    // A stream of wheel events settles once the wheel has been still for a moment.
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => this.settle('user'), WHEEL_SETTLE_MS);
  };

  readonly #handlePointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || this.#pointers.has(event.pointerId)) return;
    if (this.#pointers.size === 0) {
      this.#listenToDrag('addEventListener');
      this.#dragBox = (this.#target as SVGSVGElement).getBoundingClientRect();
    }
    this.#interrupt();
    this.#pointers.set(event.pointerId, this.#pointAt(event, this.#dragBox));
    this.#restartDrag();
  };

  readonly #handlePointerMove = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || !this.#pointers.has(event.pointerId)) return;
    const point = this.#pointAt(event, this.#dragBox);
    this.#pointers.set(event.pointerId, point);
    const start = drag.points.get(event.pointerId) as Point;
    if (!drag.moved && Math.hypot(point[0] - start[0], point[1] - start[1]) < CLICK_SLOP) return;
    drag.moved = true;
    // Each pointer down, from where it was when the gesture began to where it is: one pans, two pinch.
    const [a, b] = [...this.#pointers].map(([id, now]) => [drag.points.get(id), now]) as [
      [Point, Point],
      [Point, Point]?,
    ];
    const {k, x} = drag.state;
    const state = b
      ? pinch(drag.state, a[0], b[0], a[1], b[1], this.#scaleExtent)
      : {k, x: x + a[1][0] - a[0][0]};
    this.#report(this.#constrain(state), 'user', false);
  };

  readonly #handlePointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    const moved = this.#drag?.moved ?? false;
    if (this.#pointers.size) {
      this.#restartDrag(moved);
      return;
    }
    this.#drag = undefined;
    this.#listenToDrag('removeEventListener');
    if (!moved) return;
    // The click that ends a drag is not a click on what lies under it.
    this.#clickEndsDrag = true;
    setTimeout(() => (this.#clickEndsDrag = false));
    this.settle('user');
  };

  readonly #suppressClick = (event: MouseEvent): void => {
    if (!this.#clickEndsDrag) return;
    this.#clickEndsDrag = false;
    event.stopImmediatePropagation();
    event.preventDefault();
  };

  /** A finger added or lifted: the gesture goes on from here with the pointers now down. */
  #restartDrag(moved = false): void {
    this.#drag = {state: this.#state, points: new Map(this.#pointers), moved};
  }

  /** Follows a drag anywhere on the page (no pointer capture: a click must still reach its mark). */
  #listenToDrag(method: 'addEventListener' | 'removeEventListener'): void {
    const listeners = {
      pointermove: this.#handlePointerMove,
      pointerup: this.#handlePointerUp,
      pointercancel: this.#handlePointerUp,
      // While dragging, the page's text is not selected nor an image dragged away.
      selectstart: preventDefault,
      dragstart: preventDefault,
    };
    for (const [type, listener] of Object.entries(listeners)) window[method](type, listener as EventListener);
  }

  #detach(): void {
    clearTimeout(this.#wheelTimer);
    this.#interrupt();
    if (this.#drag) this.#listenToDrag('removeEventListener');
    this.#pointers.clear();
    this.#drag = undefined;
    const target = this.#target;
    if (!target) return;
    target.removeEventListener('wheel', this.#handleWheel);
    target.removeEventListener('pointerdown', this.#handlePointerDown);
    target.removeEventListener('click', this.#suppressClick, true);
    this.#target = undefined;
  }
}
