/**
 * While a zoom or pan gesture runs over a dense chart, its marks, clusters and
 * labels are painted on one `<canvas>` instead of moving thousands of SVG
 * nodes on every frame; the SVG glyphs (the focusable, named buttons) are
 * redrawn once the gesture settles. Colours and fonts are read from hidden
 * probe elements, so the preview follows the theme, the data's colours and
 * the page's custom properties without a second copy of the styles.
 */
import {svg, type SVGTemplateResult} from 'lit';
import {clusterRadius, type TimelineLayout} from '../layout/compute-layout.js';
import {countCategories, eventColumns, type EventColumns} from '../layout/event-columns.js';
import {geometry} from '../layout/geometry.js';
import type {ParsedTimeline} from '../data/parse-timeline.js';
import {colorClasses, styleOf, type CategoryStyle} from './category-style.js';
import {symbolPath, type SymbolName} from './symbols.js';

/** Below this many glyphs, moving the SVG nodes is cheap enough: no preview. */
export const PREVIEW_ABOVE = 100;

export interface PreviewPalette {
  /** Colour per category key. */
  colors: Map<string, string>;
  badgeFill: string;
  badgeStroke: string;
  countColor: string;
  countFont: string;
  labelColor: string;
  labelFont: string;
}

/** Invisible elements styled like the real ones, for {@link readPalette}. */
export function renderPaletteProbes(styles: ReadonlyMap<string, CategoryStyle>): SVGTemplateResult {
  // Classes of their own, so that nothing counting events, clusters or labels finds them.
  return svg`<g class="probes" aria-hidden="true">
    ${[...styles].map(([key, style]) => svg`<g class="probe-event ${colorClasses(style)}" data-key=${key}></g>`)}
    <circle class="probe-badge"></circle>
    <text class="probe-count"></text>
    <text class="probe-label"></text>
  </g>`;
}

/** The probes' computed colours and fonts. */
export function readPalette(root: ParentNode): PreviewPalette | undefined {
  const probes = root.querySelector('.probes');
  const badge = probes?.querySelector('.probe-badge');
  const count = probes?.querySelector('.probe-count');
  const label = probes?.querySelector('.probe-label');
  if (!probes || !badge || !count || !label) return undefined;
  const colors = new Map<string, string>();
  for (const probe of probes.querySelectorAll<SVGGElement>('.probe-event')) {
    colors.set(probe.dataset.key ?? '', getComputedStyle(probe).color);
  }
  const font = (el: Element) => {
    const style = getComputedStyle(el);
    return `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  };
  const badgeStyle = getComputedStyle(badge);
  return {
    colors,
    badgeFill: badgeStyle.fill,
    badgeStroke: badgeStyle.stroke,
    countColor: getComputedStyle(count).fill,
    countFont: font(count),
    labelColor: getComputedStyle(label).fill,
    labelFont: font(label),
  };
}

const symbols = new Map<SymbolName, Path2D>();
function symbolShape(name: SymbolName): Path2D {
  let shape = symbols.get(name);
  if (!shape) symbols.set(name, (shape = new Path2D(symbolPath(name, geometry.pointSize))));
  return shape;
}

/** Each category's colour as an index into a short list of distinct colours (the label colour first). */
function categoryColors(
  columns: EventColumns,
  palette: PreviewPalette
): {colors: string[]; ofCategory: Uint16Array} {
  const colors = [palette.labelColor];
  const ofCategory = Uint16Array.from(columns.categoryKeys, (key) => {
    const color = palette.colors.get(key) ?? palette.labelColor;
    const slot = colors.indexOf(color);
    return slot < 0 ? colors.push(color) - 1 : slot;
  });
  return {colors, ofCategory};
}

export interface PreviewInput {
  layout: TimelineLayout;
  timeline: ParsedTimeline;
  styles: ReadonlyMap<string, CategoryStyle>;
  palette: PreviewPalette;
}

/**
 * Paints the layout's glyphs and labels on `canvas`, sized to the layout in CSS pixels, its left
 * edge `left` pixels left of the chart's (a layout wider than the chart, for a pan).
 */
export function drawPreview(
  canvas: HTMLCanvasElement,
  {layout, timeline, styles, palette}: PreviewInput,
  left = 0
): void {
  const ratio = globalThis.devicePixelRatio || 1;
  const width = Math.round(layout.width * ratio);
  const height = Math.round(layout.height * ratio);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    canvas.style.height = `${layout.height}px`;
    canvas.style.width = `${layout.width}px`;
  }
  canvas.style.left = `${-left}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, layout.width, layout.height);
  const {glyphs, labels} = layout;
  const columns = eventColumns(timeline);
  const {colors, ofCategory} = categoryColors(columns, palette);
  const colorOf = (eventIndex: number) =>
    colors[ofCategory[columns.category[eventIndex] as number] as number] as string;
  const counts = new Uint32Array(colors.length);

  for (const glyph of glyphs) {
    if (glyph.type === 'mark') {
      const {mark} = glyph;
      const color = colorOf(mark.event);
      ctx.fillStyle = ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      if (mark.kind !== 'point') {
        const x0 = Math.max(-10, mark.x0);
        const w = Math.max(1, Math.min(layout.width + 10, mark.x1) - x0);
        ctx.globalAlpha = mark.kind === 'bar' ? 0.45 : 0.22;
        ctx.fillRect(x0, mark.cy - 6, w, 12);
        ctx.globalAlpha = 1;
        ctx.strokeRect(x0, mark.cy - 6, w, 12);
      }
      const style = styleOf({styles}, timeline.events[mark.event]?.event.category);
      ctx.translate(mark.cx, mark.cy);
      ctx.fill(symbolShape(style.symbol));
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      continue;
    }
    const {cx, cy, events} = glyph.cluster;
    ctx.beginPath();
    ctx.arc(cx, cy, clusterRadius, 0, 2 * Math.PI);
    ctx.fillStyle = palette.badgeFill;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = palette.badgeStroke;
    ctx.stroke();
    // The mix ring: one arc per colour, clockwise from the top, as the SVG badge draws it.
    counts.fill(0);
    const order: number[] = []; // colours in the order the members show them first, as in the SVG
    const byCategory = countCategories(columns, events);
    for (const position of byCategory.order) {
      const slot = ofCategory[position] as number;
      if (!counts[slot]) order.push(slot);
      counts[slot] = (counts[slot] ?? 0) + (byCategory.counts[position] as number);
    }
    let angle = -Math.PI / 2;
    ctx.lineWidth = 3.5;
    for (const slot of order) {
      const sweep = (2 * Math.PI * (counts[slot] ?? 0)) / events.length;
      ctx.beginPath();
      ctx.arc(cx, cy, clusterRadius, angle, angle + sweep);
      ctx.strokeStyle = colors[slot] as string;
      ctx.stroke();
      angle += sweep;
    }
  }

  // Text last, a font at a time: setting a canvas font parses it, and at 100,000 events that was
  // most of a preview frame's text drawing when done per badge.
  ctx.fillStyle = palette.countColor;
  ctx.font = palette.countFont;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const glyph of glyphs) {
    if (glyph.type !== 'cluster') continue;
    const {cx, cy, events} = glyph.cluster;
    ctx.fillText(events.length > 999 ? '999+' : String(events.length), cx, cy);
  }

  ctx.fillStyle = palette.labelColor;
  ctx.font = palette.labelFont;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const label of labels) ctx.fillText(label.text, label.x, label.y);
}
