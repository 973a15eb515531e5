/**
 * Label widths from the browser's own font metrics (a canvas, never laid out
 * in the page), cached per text. Falls back to an estimate where no canvas
 * exists.
 */
import {estimateTextWidth, type MeasureText} from '../layout/compute-layout.js';

/** A measurer for `font` (a CSS font shorthand such as `12px system-ui`). */
export function createTextMeasurer(font: string): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = Math.ceil(context.measureText(text).width);
      cache.set(text, width);
    }
    return width;
  };
}
