/**
 * Label placement without overlaps. Labels are placed greedily, most
 * important first (like d3fc's greedy strategy), into the label rows of their
 * lane; a row's occupied pixels are kept in a coarse bitmap so each test is
 * proportional to the label's width, not to the number of labels.
 */
import {geometry} from './geometry.js';

/** A label that wants a place. */
export interface LabelRequest {
  /** Caller's id for the label (e.g. the mark index). */
  key: number;
  lane: number;
  /** Horizontal extent of the mark the label belongs to. */
  x0: number;
  x1: number;
  /** Label width in pixels: read only for a label that may still fit (it can be a getter that measures). */
  readonly width: number;
}

export interface LabelPlacement {
  key: number;
  lane: number;
  row: number;
  /** Left edge of the label's text. */
  x: number;
  width: number;
}

const CELL = 4;

class RowBitmap {
  readonly #cells: Uint8Array;
  constructor(width: number) {
    this.#cells = new Uint8Array(Math.ceil(width / CELL) + 2);
  }
  #range(x0: number, x1: number): [number, number] {
    return [Math.max(0, Math.floor(x0 / CELL)), Math.min(this.#cells.length - 1, Math.ceil(x1 / CELL))];
  }
  isFree(x0: number, x1: number): boolean {
    const [a, b] = this.#range(x0, x1);
    for (let i = a; i <= b; i++) if (this.#cells[i]) return false;
    return true;
  }
  take(x0: number, x1: number): void {
    const [a, b] = this.#range(x0, x1);
    this.#cells.fill(1, a, b + 1);
  }
}

/**
 * Places `requests` in priority order (the caller sorts: most important
 * first). Each label tries, row by row, to start at its mark, to end at it,
 * or (in a narrow chart) to sit inside the chart while still under its mark;
 * a label that fits nowhere inside `[0, width]` is left out (its mark stays).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  laneCount: number,
  width: number,
  rows: number = geometry.labelRows
): LabelPlacement[] {
  const bitmaps = Array.from({length: laneCount * rows}, () => new RowBitmap(width));
  const placed: LabelPlacement[] = [];
  const gap = geometry.labelGap;
  for (const request of requests) {
    // Whatever its width, a label needs room around its mark's start or its end, or (pushed
    // inside) from its start to the chart's edge: where every row lacks all three, it cannot fit.
    const {x0, x1} = request;
    let room = false;
    for (let row = 0; row < rows && !room; row++) {
      const bitmap = bitmaps[request.lane * rows + row];
      room =
        !!bitmap &&
        (bitmap.isFree(x0 - gap / 2, x0 + gap / 2) ||
          bitmap.isFree(x1 - gap / 2, x1 + gap / 2) ||
          bitmap.isFree(x0, width));
    }
    if (!room) continue;
    const labelWidth = request.width;
    // At the mark's start or ending at its end, in any row; only then pushed inside the
    // chart while still under the mark (a narrow chart's last resort).
    const middle = (x0 + x1) / 2;
    const inside = Math.max(0, Math.min(width - labelWidth, x0));
    const passes = [[x0, x1 - labelWidth]];
    if (inside <= middle && middle <= inside + labelWidth) passes.push([inside]);
    search: for (const candidates of passes) {
      for (let row = 0; row < rows; row++) {
        const bitmap = bitmaps[request.lane * rows + row];
        if (!bitmap) break;
        for (const x of candidates) {
          const right = x + labelWidth;
          if (x < 0 || right > width || !bitmap.isFree(x - gap / 2, right + gap / 2)) continue;
          bitmap.take(x - gap / 2, right + gap / 2);
          placed.push({key: request.key, lane: request.lane, row, x, width: labelWidth});
          break search;
        }
      }
    }
  }
  return placed;
}
