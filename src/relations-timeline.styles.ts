import {css} from 'lit';

/**
 * Colour tokens. Marks and graphics reach at least 3:1 and text 4.5:1
 * against `--rt-bg` in both themes; the category palette follows Okabe–Ito,
 * darkened for light backgrounds, and every category also has its own shape.
 */
const lightTokens = css`
  --rt-bg: #ffffff;
  --rt-fg: #1b1d21;
  --rt-muted: #585e66;
  --rt-border: #cfd4da;
  --rt-grid: #e6e8eb;
  --rt-lane-bg: #f5f6f8;
  --rt-era-bg: rgba(27, 29, 33, 0.05);
  --rt-accent: #0b5cad;
  --rt-focus: #0b5cad;
  --rt-focus-halo: #ffffff;
  --rt-error: #b3261e;
  --rt-cat-0: #0072b2;
  --rt-cat-1: #c04f00;
  --rt-cat-2: #007a5a;
  --rt-cat-3: #a9488a;
  --rt-cat-4: #8a6500;
  --rt-cat-5: #5b53b0;
  --rt-cat-6: #0e7c86;
  --rt-cat-7: #66666e;
`;

const darkTokens = css`
  --rt-bg: #16181b;
  --rt-fg: #eceef0;
  --rt-muted: #a7aeb6;
  --rt-border: #3a3f46;
  --rt-grid: #2a2e33;
  --rt-lane-bg: #1d2024;
  --rt-era-bg: rgba(236, 238, 240, 0.06);
  --rt-accent: #78b8ff;
  --rt-focus: #78b8ff;
  --rt-focus-halo: #16181b;
  --rt-error: #ff8a80;
  --rt-cat-0: #56b4e9;
  --rt-cat-1: #ff8c52;
  --rt-cat-2: #3fd0a0;
  --rt-cat-3: #e79bcf;
  --rt-cat-4: #e9b949;
  --rt-cat-5: #aea6f5;
  --rt-cat-6: #4fd1db;
  --rt-cat-7: #b8b8c0;
`;

/**
 * The fonts of the text in the chart's first frame, as the styles below set them (`em`: of the
 * host's font size), in canvas shorthand without the family: warmed while the page waits for data
 * (render/warm-up.ts). A test compares them with the text the element shows, so that a new size
 * here or there is not missed.
 */
export const firstFrameFonts = [
  '400 1em',
  '700 1em',
  '600 1em', // the vertical layout's titles
  '700 1.15em', // the title
  '400 0.9em',
  '400 0.85em', // the help line
  '400 12px', // the chart's text
  '600 12px', // lane names
  'italic 400 12px', // eras
  '700 11px', // cluster counts
];

export const styles = css`
  :host {
    ${lightTokens}
    display: block;
    min-height: var(--rt-min-height, 320px);
    font-family: var(--rt-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--rt-font-size, 14px);
    line-height: 1.4;
    color: var(--rt-fg);
    background: var(--rt-bg);
    color-scheme: light;
    border: 1px solid var(--rt-border);
    border-radius: var(--rt-radius, 6px);
    box-sizing: border-box;
    contain: layout;
  }
  :host([theme='dark']) {
    ${darkTokens}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .frame {
    padding: 12px 12px 8px;
  }
  header h2 {
    margin: 0 0 2px;
    font-size: 1.15em;
    line-height: 1.25;
  }
  header p {
    margin: 0 0 8px;
    color: var(--rt-muted);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    margin-bottom: 6px;
  }
  .toolbar .spacer {
    flex: 1;
  }
  button {
    font: inherit;
    color: var(--rt-fg);
    background: var(--rt-bg);
    border: 1px solid var(--rt-border);
    border-radius: 4px;
    min-width: 32px;
    min-height: 32px;
    padding: 2px 10px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--rt-muted);
  }
  button:disabled {
    cursor: default;
    color: var(--rt-muted);
  }
  button:focus-visible,
  a:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--rt-focus);
    outline-offset: 2px;
  }
  button span.icon {
    font-weight: 700;
    font-size: 1.1em;
    line-height: 1;
  }
  button svg.icon {
    width: 16px;
    height: 16px;
    vertical-align: middle;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :host(:dir(rtl)) .icon .turns {
    transform: scaleX(-1);
    transform-origin: center;
  }

  .ruler {
    height: 0;
  }
  .chart-area {
    position: relative;
    overflow: hidden;
  }
  svg {
    display: block;
    width: 100%;
    overflow: visible;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  svg:active {
    cursor: grabbing;
  }
  svg[hidden] {
    display: none;
  }
  /* A gesture over a dense chart is painted on the canvas (render/gesture-preview.ts). */
  .probes,
  svg.previewing .marks,
  svg.previewing .labels {
    display: none;
  }
  canvas.preview {
    position: absolute;
    top: 0;
    left: 0;
    width: 100%;
    pointer-events: none;
    /* Its own layer: a pan or a zoom step moves it without painting it again (render/preview-painter.ts). */
    will-change: transform;
    transform-origin: 0 0;
  }
  canvas.preview[hidden] {
    display: none;
  }
  svg text {
    fill: currentColor;
    font-size: 12px;
    /* Labels keep their own script's direction inside a chart whose time runs left to right. */
    unicode-bidi: plaintext;
  }
  svg.chart,
  svg.overview {
    /* Time runs left to right in every language; on right-to-left pages too. */
    direction: ltr;
  }
  .lane-bg:nth-child(odd) {
    fill: var(--rt-lane-bg);
  }
  .lane-bg:nth-child(even) {
    fill: transparent;
  }
  .lane-name {
    fill: var(--rt-muted);
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .era rect {
    fill: var(--rt-era-bg);
  }
  .era line {
    stroke: var(--rt-border);
  }
  .era text {
    fill: var(--rt-muted);
    font-style: italic;
  }
  .axis {
    color: var(--rt-muted);
  }
  .axis .tick line {
    stroke: var(--rt-grid);
  }
  .axis .tick text {
    fill: var(--rt-muted);
  }
  .axis .domain {
    stroke: var(--rt-muted);
  }

  .event,
  .probe-event {
    color: var(--c, var(--rt-cat-0));
    cursor: pointer;
  }
  /* Shared by events and cluster badges: the hit area and the focus ring. */
  .hit {
    fill: transparent;
  }
  .event .symbol {
    fill: currentColor;
    stroke: var(--rt-bg);
    stroke-width: 1.5;
  }
  .event .extent {
    fill: currentColor;
    fill-opacity: 0.22;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .event.bar .extent {
    fill-opacity: 0.45;
  }
  .event.approximate .extent,
  .event.uncertain .extent {
    stroke-dasharray: 4 3;
  }
  .event.approximate .symbol,
  .event.uncertain .symbol {
    fill-opacity: 0.55;
    stroke: currentColor;
    stroke-dasharray: 2 2;
  }
  .event:hover .symbol,
  .event.selected .symbol {
    stroke: var(--rt-fg);
    stroke-width: 2;
  }
  .event.selected .extent {
    fill-opacity: 0.6;
  }
  .event:focus,
  .cluster:focus {
    outline: none;
  }
  .ring {
    fill: none;
    stroke: none;
  }
  .event:focus-visible .ring,
  .cluster:focus-visible .ring {
    stroke: var(--rt-focus);
    stroke-width: 3;
  }
  .event.series .symbol {
    stroke: var(--rt-fg);
    stroke-width: 1.5;
    stroke-dasharray: 2 1.5;
  }
  .event.match .symbol,
  .cluster.match .badge {
    stroke: var(--rt-accent);
    stroke-width: 3;
  }
  .dim {
    opacity: 0.3;
  }
  .cluster {
    cursor: zoom-in;
  }
  .cluster .badge,
  .probe-badge {
    fill: var(--rt-bg);
    stroke: var(--rt-muted);
    stroke-width: 1;
  }
  .cluster .mix {
    /* Arcs from 12 o'clock; a style, not a wrapping group: one element less per cluster. */
    transform: rotate(-90deg);
    fill: none;
    stroke: var(--c);
    stroke-width: 3.5;
  }
  .cluster .count,
  .probe-count {
    fill: var(--rt-fg);
    font-size: 11px;
    font-weight: 700;
  }
  .cluster.selected .badge {
    stroke: var(--rt-fg);
    stroke-width: 2;
  }
  /* The state's outline goes around the ring of categories, which would cover it on the badge's edge. */
  .cluster.selected .badge,
  .cluster.match .badge {
    r: 14.5px;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 12px;
    align-items: center;
    margin-bottom: 6px;
  }
  .search {
    display: flex;
    gap: 4px;
    align-items: center;
  }
  .search input {
    font: inherit;
    color: var(--rt-fg);
    background: var(--rt-bg);
    border: 1px solid var(--rt-border);
    border-radius: 4px;
    min-height: 32px;
    padding: 2px 8px;
    width: 12em;
    max-width: 100%;
  }
  .search input:focus-visible {
    outline: 3px solid var(--rt-focus);
    outline-offset: 1px;
  }
  .search .matches {
    color: var(--rt-muted);
    font-size: 0.9em;
    white-space: nowrap;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .legend-entry {
    display: inline-flex;
    gap: 4px;
    align-items: center;
    min-height: 28px;
    padding: 0 8px;
    font-size: 0.9em;
    color: var(--rt-fg);
  }
  /* A category's symbol, in the legend and on the card. */
  .legend-entry svg,
  .card .category svg {
    width: 12px;
    height: 12px;
    overflow: visible;
    color: var(--c, var(--rt-accent));
  }
  .legend-entry path,
  .card .category path {
    fill: currentColor;
  }
  .legend-entry[aria-pressed='false'] {
    color: var(--rt-muted);
    text-decoration: line-through;
    box-shadow: none;
    border-style: dashed;
  }
  .legend-entry[aria-pressed='false'] svg {
    opacity: 0.4;
  }
  .legend-entry[aria-pressed='true'] {
    border-color: var(--rt-border);
    box-shadow: none;
  }
  .legend-entry .count {
    color: var(--rt-muted);
  }

  .overview {
    display: block;
    width: 100%;
    margin-top: 4px;
    cursor: pointer;
    touch-action: pan-y;
    user-select: none;
  }
  .overview .density {
    fill: var(--rt-muted);
    opacity: 0.55;
  }
  .overview .window {
    fill: var(--rt-accent);
    fill-opacity: 0.12;
    stroke: var(--rt-accent);
    stroke-width: 1.5;
    cursor: grab;
  }
  .overview .edge {
    fill: var(--rt-accent);
    cursor: ew-resize;
  }

  .rail {
    /* Logical sides: the rail runs down the start of the text, on the right in right-to-left pages. */
    margin: 0;
    padding: 0;
    padding-inline-start: 6px;
    list-style: none;
    border-inline-start: 2px solid var(--rt-border);
  }
  .rail-item {
    position: relative;
    margin: 0 0 2px;
  }
  .rail-year {
    margin: 10px 0 2px;
    margin-inline-start: -6px;
    padding-inline-start: 12px;
    font-weight: 700;
    color: var(--rt-muted);
  }
  .rail-event {
    display: grid;
    grid-template-columns: 16px 1fr;
    gap: 0 8px;
    width: 100%;
    min-height: 44px;
    padding: 6px 8px;
    border: 0;
    border-radius: 4px;
    background: none;
    text-align: start;
    color: var(--rt-fg);
    cursor: pointer;
  }
  .rail-event:hover {
    background: var(--rt-lane-bg);
  }
  .rail-event svg {
    grid-row: span 2;
    width: 16px;
    height: 16px;
    margin-top: 2px;
    overflow: visible;
    color: var(--c, var(--rt-cat-0));
  }
  .rail-event .symbol {
    fill: currentColor;
  }
  .rail-date {
    color: var(--rt-muted);
    font-size: 0.9em;
  }
  .rail-title {
    font-weight: 600;
  }
  .rail-item.selected .rail-event {
    background: var(--rt-lane-bg);
  }
  .rail-item .card {
    margin: 4px 0 10px 8px;
  }
  .rail-more {
    margin: 8px 0 0;
  }
  .series-nav {
    flex-wrap: wrap;
  }

  .label,
  .probe-label {
    fill: var(--rt-fg);
    cursor: pointer;
  }
  .label.selected {
    font-weight: 700;
  }
  .cat-0 {
    --c: var(--rt-cat-0);
  }
  .cat-1 {
    --c: var(--rt-cat-1);
  }
  .cat-2 {
    --c: var(--rt-cat-2);
  }
  .cat-3 {
    --c: var(--rt-cat-3);
  }
  .cat-4 {
    --c: var(--rt-cat-4);
  }
  .cat-5 {
    --c: var(--rt-cat-5);
  }
  .cat-6 {
    --c: var(--rt-cat-6);
  }
  .cat-7 {
    --c: var(--rt-cat-7);
  }

  .state {
    display: grid;
    place-content: center;
    gap: 8px;
    min-height: 240px;
    padding: 16px;
    text-align: center;
    color: var(--rt-muted);
  }
  .state.error {
    color: var(--rt-fg);
  }
  .state.error h3 {
    margin: 0;
    color: var(--rt-error);
    font-size: 1em;
  }
  .skeleton {
    height: 180px;
    border-radius: 4px;
    background: repeating-linear-gradient(to bottom, var(--rt-lane-bg) 0 44px, transparent 44px 66px);
  }
  .problems {
    margin: 6px 0 0;
    font-size: 0.9em;
  }
  .problems summary {
    cursor: pointer;
    color: var(--rt-error);
  }
  .problems ul {
    margin: 4px 0 0;
    padding-inline-start: 1.2em;
    max-height: 12em;
    overflow: auto;
    text-align: start;
  }
  .problems code {
    font-size: 0.95em;
  }

  .card {
    margin-top: 8px;
    padding: 12px 14px;
    border: 1px solid var(--rt-border);
    border-inline-start: 4px solid var(--c, var(--rt-accent));
    border-radius: 4px;
    background: var(--rt-bg);
  }
  .card-head {
    display: flex;
    gap: 8px;
    align-items: start;
  }
  .card-head > div {
    flex: 1;
    min-width: 0;
  }
  .card time {
    color: var(--rt-muted);
    font-size: 0.9em;
  }
  .card h3 {
    margin: 2px 0 6px;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .card h3:focus {
    outline: none;
  }
  .card h3:focus-visible {
    outline: 3px solid var(--rt-focus);
  }
  .card p {
    margin: 0 0 8px;
  }
  /* The card's details and the list's, alike. */
  .card dl,
  .event-list dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 12px;
    margin: 8px 0;
    font-size: 0.9em;
  }
  .card dt,
  .event-list dt {
    color: var(--rt-muted);
  }
  .card dd,
  .event-list dd,
  .card img {
    max-width: 100%;
    height: auto;
  }
  .card a,
  .event-list a {
    color: var(--rt-accent);
  }
  .card .category {
    display: inline-flex;
    gap: 4px;
    align-items: center;
    color: var(--rt-muted);
    font-size: 0.9em;
  }
  .card .category svg {
    cursor: default;
  }
  .card-nav {
    display: flex;
    gap: 6px;
    margin-top: 8px;
  }

  .keys {
    margin: 0 0 8px;
    padding: 8px 12px;
    border: 1px solid var(--rt-border);
    border-radius: 4px;
  }
  .keys h3,
  .event-list h3 {
    margin: 0 0 6px;
    font-size: 1em;
  }
  .keys dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px 12px;
    margin: 0;
    font-size: 0.9em;
  }
  .keys dd {
    margin: 0;
  }
  kbd {
    display: inline-block;
    min-width: 1.6em;
    padding: 0 4px;
    border: 1px solid var(--rt-border);
    border-bottom-width: 2px;
    border-radius: 3px;
    font: inherit;
    font-size: 0.9em;
    text-align: center;
  }
  .chart-area[hidden] {
    display: none;
  }
  .event-list ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event-list li {
    padding: 8px 0;
    border-top: 1px solid var(--rt-border);
  }
  .event-list li.selected {
    border-inline-start: 4px solid var(--rt-accent);
    padding-inline-start: 8px;
  }
  .event-list .meta {
    margin: 0;
    color: var(--rt-muted);
    font-size: 0.9em;
  }
  .event-list h4 {
    margin: 2px 0 4px;
    font-size: 1em;
  }
  .event-list p {
    margin: 0 0 6px;
  }
  .event-list dl {
    margin: 4px 0;
  }
  button.link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--rt-accent);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
  }
  button[aria-pressed='true'],
  button[aria-expanded='true'] {
    border-color: var(--rt-accent);
    box-shadow: inset 0 0 0 1px var(--rt-accent);
  }

  .help {
    margin: 6px 0 0;
    font-size: 0.85em;
    color: var(--rt-muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    :host(:not([motion='reduce'])) .card {
      animation: rise 160ms ease-out;
    }
    @keyframes rise {
      from {
        opacity: 0;
        transform: translateY(4px);
      }
    }
  }
  /* Print: the visible window and every event as text, sources with their addresses; no controls. */
  @media print {
    :host {
      border: 0;
      color: #000;
      background: #fff;
    }
    .toolbar,
    .filters,
    .overview,
    .help,
    .keys,
    .card-nav,
    .close,
    .problems summary::marker {
      display: none;
    }
    .event-list.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 12px 0 0;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
    .event-list li {
      break-inside: avoid;
    }
    .event-list a[href]::after,
    .card a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
    svg.chart {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .event .symbol,
    .event .extent {
      fill: CanvasText;
      stroke: Canvas;
    }
    .event:focus-visible .ring,
    .cluster:focus-visible .ring {
      stroke: Highlight;
    }
  }
`;
