/**
 * A shape per category, so that categories differ by more than colour
 * (WCAG 1.4.1). Paths are centred on 0,0 and about `size` across.
 */

const SHAPES = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'hexagon',
  'star',
  'cross',
] as const;
export type SymbolName = (typeof SHAPES)[number];

/** The shape for the n-th category (cycling). */
export function symbolFor(index: number): SymbolName {
  return SHAPES[((index % SHAPES.length) + SHAPES.length) % SHAPES.length] ?? 'circle';
}

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}Z`;
}

function regular(sides: number, radius: number, rotation: number): string {
  return polygon(
    Array.from({length: sides}, (_, i) => {
      const a = rotation + (i * 2 * Math.PI) / sides;
      return [radius * Math.cos(a), radius * Math.sin(a)] as [number, number];
    })
  );
}

/** SVG path data for `name` at `size` pixels. */
export function symbolPath(name: SymbolName, size: number): string {
  const r = size / 2;
  switch (name) {
    case 'square':
      return polygon([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case 'diamond':
      return regular(4, r * 1.1, 0);
    case 'triangle':
      return regular(3, r * 1.15, -Math.PI / 2);
    case 'triangle-down':
      return regular(3, r * 1.15, Math.PI / 2);
    case 'hexagon':
      return regular(6, r, 0);
    case 'star':
      return polygon(
        Array.from({length: 10}, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const radius = i % 2 ? r * 0.5 : r * 1.15;
          return [radius * Math.cos(a), radius * Math.sin(a)] as [number, number];
        })
      );
    case 'cross': {
      const t = r * 0.38;
      return polygon([
        [-t, -r],
        [t, -r],
        [t, -t],
        [r, -t],
        [r, t],
        [t, t],
        [t, r],
        [-t, r],
        [-t, t],
        [-r, t],
        [-r, -t],
        [-t, -t],
      ]);
    }
    default:
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  }
}
