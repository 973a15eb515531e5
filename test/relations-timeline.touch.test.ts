import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {mount, reduceMotion, type TimelineHarness} from './harness.js';
import {smallDataset} from './fixtures/small-dataset.js';

type Point = [number, number];

/**
 * Fingers on the chart, as the pointer events a touch screen sends: each finger's path is a list of
 * points, walked in step; `on` is where the fingers come down (the chart, or a mark on it).
 */
function touch(t: TimelineHarness, paths: Point[][], on: Element = t.chart()): void {
  const fire = (type: string, target: EventTarget, id: number, [x, y]: Point): void => {
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        pointerId: 10 + id,
        pointerType: 'touch',
        isPrimary: id === 0,
        button: type === 'pointermove' ? -1 : 0,
        clientX: x,
        clientY: y,
      })
    );
  };
  paths.forEach((path, id) => fire('pointerdown', on, id, path[0]!));
  const steps = Math.max(...paths.map((p) => p.length));
  for (let step = 1; step < steps; step++) {
    paths.forEach((path, id) => fire('pointermove', on, id, path[Math.min(step, path.length - 1)]!));
  }
  paths.forEach((path, id) => fire('pointerup', on, id, path[path.length - 1]!));
}

/** A path from `from` moved by (dx, dy) in ten steps. */
function line([x, y]: Point, dx: number, dy: number): Point[] {
  return Array.from({length: 11}, (_, i): Point => [x + (dx * i) / 10, y + (dy * i) / 10]);
}

/** A point near the bottom of the chart, `dx` from its centre, clear of the marks. */
function chartPoint(t: TimelineHarness, dx = 0): Point {
  const box = t.chart().getBoundingClientRect();
  return [box.x + box.width / 2 + dx, box.y + box.height - 40];
}

const span = (detail: {start: Date; end: Date}): number => +detail.end - +detail.start;

describe('<relations-timeline>', () => {
  before(reduceMotion);

  describe('touch', () => {
    it('leaves vertical swipes to the page: the chart allows only vertical panning by the browser', async () => {
      const t = await mount({data: smallDataset});
      expect(getComputedStyle(t.chart()).touchAction).to.equal('pan-y');
      expect(getComputedStyle(t.overview()).touchAction).to.equal('pan-y');
    });

    it('a one-finger horizontal swipe pans the timeline', async () => {
      const t = await mount({data: smallDataset, attributes: {start: '1960', end: '1990'}});
      const range = t.nextRange();
      touch(t, [line(chartPoint(t), -300, 0)]);
      const detail = await range;
      expect(detail.source).to.equal('user');
      expect(detail.start.getUTCFullYear()).to.be.above(1962);
    });

    it('two fingers spreading apart zoom in around the point between them', async () => {
      const t = await mount({data: smallDataset});
      const shown = t.nextRange();
      t.el.zoomTo('1960', '1990');
      const before = await shown;
      await t.settle();
      const range = t.nextRange();
      touch(t, [line(chartPoint(t, -50), -150, 0), line(chartPoint(t, 50), 150, 0)]);
      const detail = await range;
      expect(detail.source).to.equal('user');
      // The fingers spread from 100 to 400 px apart: a quarter of the span, about the same middle.
      expect(span(detail) / span(before)).to.be.closeTo(0.25, 0.02);
      const middle = (d: {start: Date; end: Date}): number => (+d.start + +d.end) / 2;
      expect(Math.abs(middle(detail) - middle(before))).to.be.below(span(before) * 0.02);
    });

    it('two fingers pinching together zoom back out', async () => {
      const t = await mount({data: smallDataset, attributes: {start: '1970', end: '1975'}});
      const range = t.nextRange();
      touch(t, [line(chartPoint(t, -200), 150, 0), line(chartPoint(t, 200), -150, 0)]);
      const detail = await range;
      expect(span(detail)).to.be.above(15 * 365 * 86_400_000);
    });

    it('a tap selects an event', async () => {
      const t = await mount({data: smallDataset});
      const mark = t.mark('Treaty of Peace');
      touch(t, [[[mark.x, mark.y]]], mark.element);
      mark.element.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await t.settle();
      expect(t.el.selected).to.equal('treaty-1971');
    });

    it('a swipe that starts on an event pans, and does not select the event', async () => {
      const t = await mount({data: smallDataset, attributes: {start: '1960', end: '1990'}});
      const mark = t.mark('Treaty of Peace');
      const range = t.nextRange();
      touch(t, [line([mark.x, mark.y], -200, 0)], mark.element);
      // The browser's click after the finger lifts lands where it came down.
      mark.element.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      expect((await range).source).to.equal('user');
      await t.settle();
      expect(t.el.selected ?? null).to.equal(null);
    });
  });

  describe('mouse', () => {
    it('a drag that starts on an event pans, and the click that ends it does not select the event', async () => {
      const t = await mount({data: smallDataset, attributes: {start: '1960', end: '1990'}});
      const mark = t.mark('Treaty of Peace');
      const range = t.nextRange();
      await sendMouse({type: 'move', position: [Math.round(mark.x), Math.round(mark.y)]});
      await sendMouse({type: 'down'});
      // The event moves with the drag: the button comes up over it again.
      await sendMouse({type: 'move', position: [Math.round(mark.x) - 60, Math.round(mark.y)]});
      expect(t.mark('Treaty of Peace').x).to.be.closeTo(mark.x - 60, 1);
      await sendMouse({type: 'up'});
      expect((await range).source).to.equal('user');
      await t.settle();
      expect(t.el.selected ?? null).to.equal(null);
    });

    it('a click on an event still selects it', async () => {
      const t = await mount({data: smallDataset, attributes: {start: '1960', end: '1990'}});
      const mark = t.mark('Treaty of Peace');
      await sendMouse({type: 'click', position: [Math.round(mark.x), Math.round(mark.y)]});
      await t.settle();
      expect(t.el.selected).to.equal('treaty-1971');
    });
  });
});
