import {expect} from '@open-wc/testing';
import {mount, reduceMotion, type TimelineHarness} from './harness.js';
import {smallDataset} from './fixtures/small-dataset.js';

/** A one-finger swipe as touch events on the chart (what d3-zoom listens to). */
function swipe(t: TimelineHarness, dx: number, dy: number): void {
  const svg = t.chart();
  const box = svg.getBoundingClientRect();
  const x = box.x + box.width / 2;
  const y = box.y + box.height - 40;
  const touch = (cx: number, cy: number): Touch =>
    new Touch({identifier: 1, target: svg, clientX: cx, clientY: cy});
  const fire = (type: string, touches: Touch[], changed: Touch[]): void => {
    svg.dispatchEvent(
      new TouchEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        touches,
        targetTouches: touches,
        changedTouches: changed,
      })
    );
  };
  const start = touch(x, y);
  fire('touchstart', [start], [start]);
  for (let i = 1; i <= 10; i++) {
    const moved = touch(x + (dx * i) / 10, y + (dy * i) / 10);
    fire('touchmove', [moved], [moved]);
  }
  const end = touch(x + dx, y + dy);
  fire('touchend', [], [end]);
}

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
      swipe(t, -300, 0);
      const detail = await range;
      expect(detail.source).to.equal('user');
      expect(detail.start.getUTCFullYear()).to.be.above(1962);
    });

    it('a tap selects an event', async () => {
      const t = await mount({data: smallDataset});
      const mark = t.mark('Treaty of Peace');
      mark.element.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await t.settle();
      expect(t.el.selected).to.equal('treaty-1971');
    });
  });
});
