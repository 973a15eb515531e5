/**
 * Paints a gesture's frames on the preview canvas, and spares most of them the painting.
 *
 * Painting a software canvas and handing it to the compositor was most of a gesture frame's
 * main-thread time (10,000 events, traced). But a pan moves every glyph by the same distance, and
 * a small zoom step moves each by an amount proportional to where it is: both are a transform of
 * the canvas drawn before, which the compositor applies. So the canvas is drawn with a margin
 * beyond the chart's edges (half a chart for a pan; a tenth for a zoom, to shrink into) and then
 * moved and stretched, until it would leave part of the chart uncovered or a zoom would stretch
 * its glyphs by more than a tenth. Positions stay exact throughout; only a glyph's width stretches.
 */
import {computeLayout, type LayoutModel} from '../layout/compute-layout.js';
import type {ZoomState} from '../layout/time-scale.js';
import type {ParsedTimeline} from '../data/parse-timeline.js';
import type {CategoryStyle} from './category-style.js';
import {drawPreview, type PreviewPalette} from './gesture-preview.js';

/** Margins drawn beyond each edge, as shares of the chart's width: for a pan, and for a zoom. */
const PAN_MARGIN = 0.5;
const ZOOM_MARGIN = 0.1;
/** The most a drawing is stretched (or shrunk) by a zoom before it is drawn again. */
const STRETCH = 1.1;

/** A drawing: at which zoom, its margin beyond the chart's left edge and its width (CSS pixels). */
export interface DrawnCanvas {
  zoom: ZoomState;
  margin: number;
  width: number;
}

/**
 * The transform (`translateX(x) scaleX(scale)` from the canvas's top left corner) that puts a
 * drawing where `zoom` has the chart, or `undefined` when it would not cover a chart `width`
 * wide, or would be stretched by more than {@link STRETCH}.
 */
export function placeDrawing(
  drawn: DrawnCanvas,
  zoom: ZoomState,
  width: number
): {x: number; scale: number} | undefined {
  const scale = zoom.k / drawn.zoom.k;
  if (Math.abs(Math.log(scale)) > Math.log(STRETCH) + 1e-9) return undefined;
  // A chart position p drawn at canvas position p + margin is now at scale × (p − x₀) + x.
  const x = zoom.x - scale * drawn.zoom.x + drawn.margin * (1 - scale);
  const left = x - drawn.margin;
  const right = left + scale * drawn.width;
  return left <= 0.5 && right >= width - 0.5 ? {x, scale} : undefined;
}

export interface PaintRequest {
  model: LayoutModel;
  /** The chart's width and height in CSS pixels. */
  width: number;
  height: number;
  zoom: ZoomState;
  /** Index of the selected event, -1 for none. */
  selected: number;
  timeline: ParsedTimeline;
  styles: ReadonlyMap<string, CategoryStyle>;
  palette: PreviewPalette;
}

export class PreviewPainter {
  #drawn?: DrawnCanvas & {inputs: unknown[]};

  /** Forgets the drawing: the next frame is drawn afresh. */
  reset(): void {
    this.#drawn = undefined;
  }

  paint(canvas: HTMLCanvasElement, request: PaintRequest): void {
    const {model, width, height, zoom, selected, timeline, styles, palette} = request;
    const inputs = [model, timeline, styles, palette, selected, width, height];
    const drawn = this.#drawn?.inputs.every((input, i) => input === inputs[i]) ? this.#drawn : undefined;
    let place = drawn && placeDrawing(drawn, zoom, width);
    if (!place) {
      // A drawing that ran out at the same zoom was a pan's: the next is drawn wider.
      const margin = Math.round(width * (drawn?.zoom.k === zoom.k ? PAN_MARGIN : ZOOM_MARGIN));
      const wide = computeLayout(model, {
        width: width + 2 * margin,
        zoom: {k: (zoom.k * width) / (width + 2 * margin), x: zoom.x + margin},
        ...(selected >= 0 ? {selected} : {}),
      });
      drawPreview(canvas, {layout: wide, timeline, styles, palette}, margin);
      this.#drawn = {zoom, margin, width: wide.width, inputs};
      place = {x: 0, scale: 1};
    }
    canvas.style.transform = `translateX(${place.x}px) scaleX(${place.scale})`;
  }
}
