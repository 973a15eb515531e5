/** Pixel coordinates as SVG attributes: rounded, and kept within what SVG draws well. */

/** One decimal is enough for crisp rendering and keeps the DOM small. */
export const round = (n: number): number => Math.round(n * 10) / 10;

/** Keeps huge coordinates (deep zoom into a long band) near the visible width. */
export const clampX = (x: number, width: number): number => Math.max(-100, Math.min(width + 100, x));
