/**
 * Label widths from the browser's own font metrics (one shared canvas, never
 * laid out in the page), cached per font and text. Falls back to an estimate
 * where no canvas exists.
 */
import {estimateTextWidth, type MeasureText} from '../layout/compute-layout.js';

let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on the shared context: setting `font` re-parses it, so it is set only when it changes. */
let contextFont = '';
const caches = new Map<string, Map<string, number>>();

/** A measurer for `font` (a CSS font shorthand such as `12px system-ui`). */
export function createTextMeasurer(font: string): MeasureText {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  const ctx = context;
  if (!ctx) return estimateTextWidth;
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
  }
  const widths = cache;
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (contextFont !== font) ctx.font = contextFont = font;
      width = Math.ceil(ctx.measureText(text).width);
      if (widths.size > 20_000) widths.clear(); // bounded: a long-lived page sees many datasets
      widths.set(text, width);
    }
    return width;
  };
}
