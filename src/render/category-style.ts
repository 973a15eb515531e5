/**
 * How each category looks: a palette slot (`cat-N`, a `--rt-cat-N` colour)
 * and a shape, both in the order the dataset declares its categories, then
 * unknown keys in date order. A colour from the data overrides the slot.
 */
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {eventColumns} from '../layout/event-columns.js';
import {symbolFor, type SymbolName} from './symbols.js';

export interface CategoryStyle {
  /** Palette slot 0–7. */
  slot: number;
  symbol: SymbolName;
  /** Colour given by the data, if any. */
  color?: string;
  /** Class that carries the data's colour (`dc-N`), set through a constructable stylesheet. */
  colorClass?: string;
}

const PALETTE_SIZE = 8;

/** Styles keyed by category; events without a category use key `''`. */
export function createCategoryStyles(timeline: ParsedTimeline): Map<string, CategoryStyle> {
  return new Map(
    eventColumns(timeline).categoryKeys.map((key, i) => {
      const color = timeline.categories.get(key)?.color;
      return [
        key,
        {slot: i % PALETTE_SIZE, symbol: symbolFor(i), ...(color ? {color, colorClass: `dc-${i}`} : {})},
      ];
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

/** The classes that colour an element of this category: its palette slot, and the data's own colour if any. */
export function colorClasses(style: CategoryStyle | undefined): string {
  if (!style) return '';
  return style.colorClass ? `cat-${style.slot} ${style.colorClass}` : `cat-${style.slot}`;
}

/**
 * CSS rules for the colours given by the data. They go into a constructable
 * stylesheet, never a `style` attribute, so a strict Content-Security-Policy
 * (`style-src 'self'`) allows them. Colours were checked by the data layer
 * (hex, names and colour functions of numbers only), so they cannot break out.
 */
export function dataColorCss(styles: ReadonlyMap<string, CategoryStyle>): string {
  return [...styles.values()]
    .filter((s) => s.color && s.colorClass)
    .map((s) => `.${s.colorClass}{--c:${s.color}}`)
    .join('\n');
}
