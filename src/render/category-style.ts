/**
 * How each category looks: a palette slot (`cat-N`, a `--rt-cat-N` colour)
 * and a shape, both in the order the dataset declares its categories, then
 * unknown keys in date order. A colour from the data overrides the slot.
 */
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {symbolFor, type SymbolName} from './symbols.js';

export interface CategoryStyle {
  /** Palette slot 0–7. */
  slot: number;
  symbol: SymbolName;
  /** Colour given by the data, if any. */
  color?: string;
}

const PALETTE_SIZE = 8;

/** Styles keyed by category; events without a category use key `''`. */
export function createCategoryStyles(timeline: ParsedTimeline): Map<string, CategoryStyle> {
  const keys = new Set(timeline.categories.keys());
  for (const {event} of timeline.events) keys.add(event.category ?? '');
  return new Map(
    [...keys].map((key, i) => {
      const color = timeline.categories.get(key)?.color;
      return [key, {slot: i % PALETTE_SIZE, symbol: symbolFor(i), ...(color ? {color} : {})}];
    })
  );
}

/** The style of `category` (events without one share the `''` style). */
export function styleOf(
  ctx: {styles: ReadonlyMap<string, CategoryStyle>},
  category: string | undefined
): CategoryStyle {
  return ctx.styles.get(category ?? '') ?? {slot: 0, symbol: 'circle'};
}
