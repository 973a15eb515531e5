/**
 * Issue #7 §5: twenty timelines on one page, each with its own data and
 * state, do not interfere: selection, zoom, focus and live regions stay in
 * their own element, ids live in their own shadow roots (unique there, none
 * leaking into the page), and every IDREF resolves inside its own root.
 */
import {expect, nextFrame} from '@open-wc/testing';
import type {RelationsTimeline} from '../../src/relations-timeline.js';
import type {TimelineData} from '../../src/types.js';
import {reduceMotion, TimelineHarness, watchPageErrors} from '../harness.js';

const COUNT = 20;

function dataset(n: number): TimelineData {
  return {
    title: `Timeline ${n}`,
    categories: {a: {label: `Category A${n}`}, b: {label: `Category B${n}`}},
    events: Array.from({length: 6}, (_, i) => ({
      // The same ids in every instance: they must not collide across shadow roots.
      id: `event-${i}`,
      date: `${1990 + n + i * 3}-0${(i % 9) + 1}-15`,
      title: `T${n} event ${i}`,
      category: i % 2 ? 'a' : 'b',
      summary: `Summary ${n}.${i}`,
      sources: [{title: `Source ${n}.${i}`, url: `https://example.com/${n}/${i}`}],
    })),
  };
}

describe('reliability: 20 instances on one page', () => {
  before(reduceMotion);

  // Mounted once for the whole suite (20 elements are slow to draw); each test leaves no selection behind.
  let timelines: TimelineHarness[] = [];
  let page: ReturnType<typeof watchPageErrors>;
  let wrapper: HTMLDivElement;

  before(async () => {
    page = watchPageErrors();
    wrapper = document.createElement('div');
    wrapper.style.width = '700px';
    document.body.append(wrapper);
    const elements: RelationsTimeline[] = [];
    for (let n = 0; n < COUNT; n++) {
      const el = document.createElement('relations-timeline');
      el.data = dataset(n);
      el.lang = 'en-GB';
      wrapper.append(el);
      elements.push(el);
    }
    timelines = elements.map((el) => new TimelineHarness(el));
    for (const t of timelines) await t.settle();
    await nextFrame();
    for (const t of timelines) await t.settle();
    for (const t of timelines) await t.listRendered();
  });
  afterEach(async () => {
    expect(page.errors).to.deep.equal([]);
    for (const t of timelines) {
      t.el.select(null);
      await t.settle();
    }
  });
  after(() => {
    page.stop();
    wrapper.remove();
  });

  it('each draws its own data', () => {
    timelines.forEach((t, n) => {
      expect(t.heading()).to.equal(`Timeline ${n}`);
      expect(t.list().items).to.have.length(6);
      expect(t.list().items[0]).to.include(`T${n} event 0`);
      expect(t.laneNames()).to.include(`Category A${n}`);
    });
    expect(page.errors).to.deep.equal([]);
  });

  it('selecting in one leaves the others alone (card, selected attribute, events, live region)', async () => {
    const selects: number[] = [];
    timelines.forEach((t, n) => t.el.addEventListener('timeline-select', () => selects.push(n)));
    const before = timelines.map((t) => t.liveRegion());
    timelines[7]!.el.select('event-2');
    await timelines[7]!.settle();
    await timelines[12]!.clickMark('T12 event 4');
    expect(selects).to.deep.equal([7, 12]);
    timelines.forEach((t, n) => {
      if (n === 7) {
        expect(t.card()?.title).to.equal('T7 event 2');
        expect(t.el.getAttribute('selected')).to.equal('event-2');
        expect(t.liveRegion()).to.include('T7 event 2');
      } else if (n === 12) {
        expect(t.card()?.title).to.equal('T12 event 4');
        expect(t.liveRegion()).to.include('T12 event 4');
      } else {
        expect(t.card(), `timeline ${n}`).to.equal(null);
        expect(t.el.hasAttribute('selected')).to.equal(false);
        expect(t.liveRegion(), `live region ${n}`).to.equal(before[n]);
      }
    });
  });

  it('zooming one leaves the others’ windows alone', async () => {
    const ranges: number[] = [];
    timelines.forEach((t, n) => t.el.addEventListener('timeline-rangechange', () => ranges.push(n)));
    const changed = timelines[3]!.nextRange();
    await timelines[3]!.clickButton('Zoom in');
    await changed;
    await timelines[3]!.settle();
    expect(ranges).to.deep.equal([3]);
    expect(timelines[3]!.liveRegion()).to.match(/^Showing/);
    expect(timelines[4]!.liveRegion()).to.not.match(/^Showing/);
  });

  it('focus and keyboard stay in one instance', async () => {
    const t = timelines[5]!;
    t.focusChart();
    expect(t.focused()).to.not.equal(null);
    t.focused()!.dispatchEvent(
      new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true, composed: true})
    );
    await t.settle();
    t.focused()!.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
    await t.settle();
    expect(t.card()?.title).to.match(/^T5 event/);
    timelines.forEach((other, n) => {
      if (n !== 5) {
        expect(other.focused(), `focus in ${n}`).to.equal(null);
        expect(other.card(), `card in ${n}`).to.equal(null);
      }
    });
  });

  it('ids are unique within each shadow root, none leak into the page, every IDREF resolves in its root', async () => {
    // Open everything that carries ids: a card, the list view, the keyboard help.
    for (const t of timelines.slice(0, 4)) {
      t.el.select('event-1');
      await t.settle();
      await t.clickButton('Keyboard');
    }
    await timelines[1]!.toggleList();
    const allIds = new Set<string>();
    timelines.forEach((t, n) => {
      const ids = t.ids();
      expect(new Set(ids).size, `duplicate id in ${n}: ${ids.join(' ')}`).to.equal(ids.length);
      expect(t.danglingIdRefs(), `dangling IDREFs in ${n}`).to.deep.equal([]);
      ids.forEach((id) => allIds.add(id));
    });
    for (const id of allIds) expect(document.getElementById(id), `#${id} in the page`).to.equal(null);
    // Each event's data stays its own.
    expect(timelines[2]!.card()?.links.map((l) => l.href)).to.deep.equal(['https://example.com/2/1']);
    await timelines[1]!.toggleList();
    for (const t of timelines.slice(0, 4)) await t.clickButton('Keyboard');
  });

  it('one instance failing does not affect the others', async () => {
    const loads: number[] = [];
    timelines.forEach((t, n) => t.el.addEventListener('timeline-error', () => loads.push(n)));
    timelines[9]!.el.data = {events: [{date: '2021-02-30', title: 'Impossible'}]};
    await timelines[9]!.settle();
    expect(timelines[9]!.state()).to.equal('error');
    expect(loads).to.deep.equal([9]);
    timelines.forEach((t, n) => {
      if (n !== 9) expect(t.state(), `timeline ${n}`).to.equal('chart');
    });
    expect(page.errors).to.deep.equal([]);
  });
});
