/**
 * Paints a gesture's frames on the preview canvas, and spares the frames of a pan the painting.
 *
 * A pan moves every glyph by the same distance, so the canvas is drawn once with half a chart's
 * width more on each side and then only moved (a CSS transform, done by the compositor): painting
 * a software canvas was most of a pan frame's main-thread time (10,000 events, traced). A zoom
 * frame changes the layout itself and is drawn afresh, the chart alone.
 */
import {computeLayout, type LayoutModel, type TimelineLayout} from '../layout/compute-layout.js';
import type {ZoomState} from '../layout/time-scale.js';
import type {ParsedTimeline} from '../data/parse-timeline.js';
import type {CategoryStyle} from './category-style.js';
import {drawPreview, type PreviewPalette} from './gesture-preview.js';

/** How much of the chart's width is drawn beyond each edge, for a pan to move into. */
export const OVERSCAN = 0.5;

export interface PaintRequest {
  model: LayoutModel;
  /** This frame's layout (the chart's width). */
  layout: TimelineLayout;
  zoom: ZoomState;
  /** Index of the selected event, -1 for none. */
  selected: number;
  timeline: ParsedTimeline;
  styles: ReadonlyMap<string, CategoryStyle>;
  palette: PreviewPalette;
}

interface Drawn {
  zoom: ZoomState;
  /** How far the zoom's x can move before the drawing runs out (0: drawn for one position). */
  reach: number;
  /** What the drawing depends on besides the zoom. */
  inputs: unknown[];
}

export class PreviewPainter {
  #drawn?: Drawn;

  /** Forgets the drawing: the next frame is drawn afresh. */
  reset(): void {
    this.#drawn = undefined;
  }

  paint(canvas: HTMLCanvasElement, request: PaintRequest): void {
    const {model, layout, zoom, selected, timeline, styles, palette} = request;
    const {width, height} = layout;
    const margin = Math.round(width * OVERSCAN);
    const inputs = [model, timeline, styles, palette, selected, width, height];
    const drawn = this.#drawn;
    const sameZoom = drawn?.zoom.k === zoom.k && drawn.inputs.every((input, i) => input === inputs[i]);
    if (!drawn || !sameZoom || Math.abs(zoom.x - drawn.zoom.x) > drawn.reach) {
      // The second frame at one zoom is a pan's: it is drawn with the chart's surroundings, on a
      // canvas as much wider. A zoom frame keeps to the chart's size: a larger canvas costs more to
      // clear and to hand to the compositor on every frame.
      if (sameZoom) {
        const wideWidth = width + 2 * margin;
        const wide = computeLayout(model, {
          width: wideWidth,
          zoom: {k: (zoom.k * width) / wideWidth, x: zoom.x + margin},
          ...(selected >= 0 ? {selected} : {}),
        });
        drawPreview(canvas, {layout: wide, timeline, styles, palette}, margin);
      } else {
        drawPreview(canvas, {layout, timeline, styles, palette});
      }
      this.#drawn = {zoom, reach: sameZoom ? margin : 0, inputs};
    }
    canvas.style.transform = `translateX(${zoom.x - (this.#drawn as Drawn).zoom.x}px)`;
  }
}
