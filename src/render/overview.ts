/**
 * The overview strip (context + focus): the density of all events over the
 * whole range, with the visible window as a box. Drag the box to pan, drag
 * its edges to zoom, click elsewhere to jump there. A pointer alternative:
 * the keyboard has its own keys, so the strip is hidden from screen readers.
 */
import {html, svg, type TemplateResult} from 'lit';
import type {TimeScale} from '../layout/time-scale.js';
import {round} from './coordinates.js';

export interface OverviewContext {
  /** The unzoomed scale over all events. */
  base: TimeScale;
  width: number;
  /** Path of the density bars. */
  density: string;
  window: [number, number];
  /** Asks for a new window; `settled` when the gesture has ended. */
  onWindow(t0: number, t1: number, settled: boolean): void;
}

const HEIGHT = 32;
const EDGE = 8;

type Drag = {mode: 'move' | 'start' | 'end'; x: number; t0: number; t1: number};

function handlePointerDown(event: PointerEvent, ctx: OverviewContext): void {
  if (event.button !== 0) return;
  const svgElement = event.currentTarget as SVGSVGElement;
  const left = svgElement.getBoundingClientRect().left;
  const x = event.clientX - left;
  const [t0, t1] = ctx.window;
  const x0 = ctx.base(new Date(t0));
  const x1 = ctx.base(new Date(t1));
  const span = t1 - t0;
  let drag: Drag;
  if (Math.abs(x - x0) <= EDGE && x1 - x0 > 2 * EDGE) drag = {mode: 'start', x, t0, t1};
  else if (Math.abs(x - x1) <= EDGE && x1 - x0 > 2 * EDGE) drag = {mode: 'end', x, t0, t1};
  else if (x > x0 && x < x1) drag = {mode: 'move', x, t0, t1};
  else {
    // Jump: centre the window where the reader clicked, then drag from there.
    const centre = +ctx.base.invert(x);
    ctx.onWindow(centre - span / 2, centre + span / 2, false);
    drag = {mode: 'move', x, t0: centre - span / 2, t1: centre + span / 2};
  }
  svgElement.setPointerCapture(event.pointerId);
  const move = (e: PointerEvent): void => {
    const dt = +ctx.base.invert(e.clientX - left) - +ctx.base.invert(drag.x);
    const minimum = span / 1e6 + 1;
    if (drag.mode === 'move') ctx.onWindow(drag.t0 + dt, drag.t1 + dt, false);
    else if (drag.mode === 'start') ctx.onWindow(Math.min(drag.t0 + dt, drag.t1 - minimum), drag.t1, false);
    else ctx.onWindow(drag.t0, Math.max(drag.t1 + dt, drag.t0 + minimum), false);
  };
  const end = (): void => {
    svgElement.removeEventListener('pointermove', move);
    svgElement.removeEventListener('pointerup', end);
    svgElement.removeEventListener('pointercancel', end);
    ctx.onWindow(ctx.window[0], ctx.window[1], true);
  };
  svgElement.addEventListener('pointermove', move);
  svgElement.addEventListener('pointerup', end);
  svgElement.addEventListener('pointercancel', end);
  event.preventDefault();
}

export function renderOverview(ctx: OverviewContext): TemplateResult {
  const x0 = Math.max(0, ctx.base(new Date(ctx.window[0])));
  const x1 = Math.min(ctx.width, ctx.base(new Date(ctx.window[1])));
  return html`<svg
    class="overview"
    part="overview"
    aria-hidden="true"
    height=${HEIGHT}
    @pointerdown=${(e: PointerEvent) => handlePointerDown(e, ctx)}
  >
    <path class="density" d=${ctx.density}></path>
    ${svg`<rect class="window" x=${round(x0)} y="1" width=${round(Math.max(4, x1 - x0))} height=${HEIGHT - 2} rx="3"></rect>
    <rect class="edge" x=${round(x0 - 2)} y="8" width="4" height=${HEIGHT - 16} rx="2"></rect>
    <rect class="edge" x=${round(Math.max(x0 + 2, x1) - 2)} y="8" width="4" height=${HEIGHT - 16} rx="2"></rect>`}
  </svg>`;
}
