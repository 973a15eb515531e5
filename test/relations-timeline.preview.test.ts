/**
 * A gesture over a dense chart is painted on a canvas, and the SVG glyphs
 * (the named, focusable buttons) are redrawn once it settles (issue #5).
 */
import {expect} from '@open-wc/testing';
import '../src/relations-timeline.js';
import {generateTimeline} from './fixtures/events-500.js';
import {smallDataset} from './fixtures/small-dataset.js';
import {mount, type TimelineHarness} from './harness.js';

const dense = generateTimeline(3000);

function canvas(t: TimelineHarness): HTMLCanvasElement {
  const element = t.el.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.preview');
  if (!element) throw new Error('no preview canvas');
  return element;
}

/** How many pixels of the canvas hold paint. */
function paintedPixels(element: HTMLCanvasElement): number {
  const {data} = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
  return painted;
}

const glyphPositions = (t: TimelineHarness) =>
  [...t.chart().querySelectorAll('.marks > g')].map((g) => g.getAttribute('transform')).join(' ');

describe('<relations-timeline> gesture preview', () => {
  it('paints a dense chart on the canvas while a zoom runs, then redraws the glyphs where they now are', async () => {
    const t = await mount({data: dense, width: 1000});
    const before = glyphPositions(t);
    expect(canvas(t).hidden).to.equal(true);
    const settled = t.nextRange();
    t.wheel({deltaY: -150, ctrlKey: true});
    await t.el.updateComplete;
    expect(canvas(t).hidden, 'canvas shown during the gesture').to.equal(false);
    expect(paintedPixels(canvas(t))).to.be.greaterThan(2000);
    expect(getComputedStyle(t.chart().querySelector('.marks')!).display).to.equal('none');
    // Nothing in the DOM moved yet: the gesture's frames cost no SVG work.
    expect(glyphPositions(t)).to.equal(before);
    await settled;
    await t.settle();
    expect(canvas(t).hidden, 'canvas hidden once settled').to.equal(true);
    expect(getComputedStyle(t.chart().querySelector('.marks')!).display).to.not.equal('none');
    expect(glyphPositions(t)).to.not.equal(before);
    // The redrawn glyphs are named buttons again.
    const names = [...t.chart().querySelectorAll('.marks > [role="button"]')].map((g) =>
      g.getAttribute('aria-label')
    );
    expect(names.length).to.be.greaterThan(0);
    expect(names.every((name) => name && name.length > 5)).to.equal(true);
  });

  it('the canvas shows the colours of the categories, as the SVG does', async () => {
    const t = await mount({data: dense, width: 1000, attributes: {theme: 'dark'}});
    const symbol = t.chart().querySelector('.event .symbol, .cluster .mix')!;
    const style = getComputedStyle(symbol);
    const svgColour = symbol.classList.contains('mix') ? style.stroke : style.fill;
    t.wheel({deltaY: -150, ctrlKey: true});
    await t.el.updateComplete;
    const element = canvas(t);
    const {data} = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    const [r, g, b] = svgColour.match(/\d+/g)!.map(Number);
    let found = false;
    for (let i = 0; i < data.length && !found; i += 4)
      found = data[i] === r && data[i + 1] === g && data[i + 2] === b;
    expect(found, `canvas has ${svgColour}`).to.equal(true);
    await t.nextRange();
  });

  it('a drag moves the painted canvas with it, the events coming into view already drawn', async () => {
    const {sendMouse} = await import('@web/test-runner-commands');
    const t = await mount({data: dense, width: 1000, attributes: {start: '1990', end: '1996'}});
    const box = t.chart().getBoundingClientRect();
    const [x, y] = [Math.round(box.x + 300), Math.round(box.y + box.height / 2)];
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    for (const dx of [20, 120, 220, 320]) await sendMouse({type: 'move', position: [x + dx, y]});
    await t.el.updateComplete;
    const element = canvas(t);
    expect(element.hidden, 'canvas shown during the drag').to.equal(false);
    // The canvas as it stands on screen (moved by its transform) at the end of the drag.
    const shown = element.getBoundingClientRect();
    const {data} = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    const painted = ({x: px, y: py}: {x: number; y: number}) => {
      const col = Math.round(((px - shown.left) * element.width) / shown.width);
      const row = Math.round(((py - shown.top) * element.height) / shown.height);
      return col >= 0 && col < element.width && (data[(row * element.width + col) * 4 + 3] ?? 0) > 0;
    };
    const settled = t.nextRange();
    await sendMouse({type: 'up'});
    await settled;
    await t.settle();
    // Where the glyphs are drawn once settled, the canvas had them at the drag's last frame.
    const marks = t.marks().filter((m) => m.x > box.left && m.x < box.right);
    const entered = marks.filter((m) => m.x < box.left + 320); // off the chart when the drag began
    expect(entered.length, 'marks that came into view').to.be.greaterThan(3);
    const share = (list: {x: number; y: number}[]) => list.filter(painted).length / list.length;
    expect(share(entered), 'of the marks that came into view').to.be.at.least(0.9);
    expect(share(marks), 'of all marks').to.be.at.least(0.9);
  });

  it('a small chart moves its SVG glyphs directly: no canvas', async () => {
    const t = await mount({data: smallDataset});
    const before = glyphPositions(t);
    t.wheel({deltaY: -150, ctrlKey: true});
    await t.el.updateComplete;
    expect(canvas(t).hidden).to.equal(true);
    expect(glyphPositions(t)).to.not.equal(before);
    await t.nextRange();
  });

  it('with keyboard focus on an event, the SVG stays (focus is never hidden away)', async () => {
    const t = await mount({data: dense, width: 1000});
    t.chart().querySelector<SVGGElement>('[role="button"][tabindex="0"]')!.focus();
    await t.settle();
    t.wheel({deltaY: -150, ctrlKey: true});
    await t.el.updateComplete;
    expect(canvas(t).hidden).to.equal(true);
    expect(t.el.shadowRoot?.activeElement?.getAttribute('role')).to.equal('button');
    await t.nextRange();
  });
});
