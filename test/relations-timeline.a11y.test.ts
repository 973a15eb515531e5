import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import {mount, nextEvent, reduceMotion, TimelineHarness} from './harness.js';
import {smallDataset} from './fixtures/small-dataset.js';
import type {TimelineData} from '../src/types.js';

async function demoData(): Promise<TimelineData> {
  return (await fetch('/demo/data/india-russia.json')).json() as Promise<TimelineData>;
}

/** WCAG relative luminance of an `rgb()`/`rgba()` colour composited over white or black. */
function luminance(color: string, over: [number, number, number]): number {
  const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (c: number, base: number): number => {
    const v = (c * a + base * (1 - a)) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r, over[0]) + 0.7152 * channel(g, over[1]) + 0.0722 * channel(b, over[2]);
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The computed value of a custom property, resolved to `rgb()` through a probe element. */
function tokenColor(el: HTMLElement, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  el.shadowRoot!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('<relations-timeline>', () => {
  before(reduceMotion);
  afterEach(() => emulateMedia({colorScheme: 'light', reducedMotion: 'reduce'}));

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe in the ${theme} theme: chart, card, list view, keyboard help`, async () => {
        const t = await mount({data: await demoData(), attributes: {theme}});
        await expect(t.el).to.be.accessible();
        t.el.select('2021-21st-summit');
        await t.settle();
        await expect(t.el).to.be.accessible();
        await t.clickButton('List view');
        await t.clickButton('Keyboard');
        expect(t.list().visible).to.equal(true);
        await expect(t.el).to.be.accessible();
      });
    }

    it('passes axe in the empty, error and loading states', async () => {
      for (const options of [{events: []}, {data: 42 as never}]) {
        const t = await mount(options);
        await expect(t.el).to.be.accessible();
      }
      const loading = await fixture(html`<relations-timeline src="/never-answers"></relations-timeline>`);
      await expect(loading).to.be.accessible();
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`meets contrast in the ${theme} theme: text 4.5:1, marks and focus ring 3:1, on every background`, async () => {
        const t = await mount({data: smallDataset, attributes: {theme}});
        const base: [number, number, number] = theme === 'light' ? [255, 255, 255] : [0, 0, 0];
        const bg = luminance(tokenColor(t.el, '--rt-bg'), base);
        const laneBgColor = tokenColor(t.el, '--rt-lane-bg');
        const eraColor = tokenColor(t.el, '--rt-era-bg');
        const backgrounds = {bg, lane: luminance(laneBgColor, base)};
        // An era band over a lane background is the darkest (light) or lightest (dark) place marks sit on.
        const laneRgb = (laneBgColor.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [
          number,
          number,
          number,
        ];
        Object.assign(backgrounds, {era: luminance(eraColor, laneRgb)});
        const checks: [string, number][] = [
          ['--rt-fg', 4.5],
          ['--rt-muted', 4.5],
          ['--rt-accent', 4.5],
          ['--rt-error', 4.5],
          ['--rt-focus', 3],
          ...Array.from({length: 8}, (_, i) => [`--rt-cat-${i}`, 3] as [string, number]),
        ];
        for (const [token, minimum] of checks) {
          const fg = luminance(tokenColor(t.el, token), base);
          for (const [where, background] of Object.entries(backgrounds)) {
            const ratio = contrast(fg, background);
            expect(ratio, `${token} on ${where} in ${theme}: ${ratio.toFixed(2)}`).to.be.at.least(minimum);
          }
        }
      });
    }

    it('names the card region after the event title, and the toolbar', async () => {
      const t = await mount({data: smallDataset, attributes: {selected: 'treaty-1971'}});
      expect(t.cardName()).to.equal('Treaty of Peace, Friendship and Cooperation');
    });

    it('offers every event as text to screen readers, out of the tab order, and visibly on request', async () => {
      const t = await mount({data: smallDataset, attributes: {lang: 'en-GB'}});
      let list = t.list();
      expect(list.visible).to.equal(false);
      expect(list.items).to.have.length(5);
      expect(list.items[0]).to.include('1962').and.include('MiG-21 deal');
      expect(list.items[1])
        .to.include('9 August 1971')
        .and.include('A 20-year treaty.')
        .and.include('Wikipedia');
      expect(list.focusableLinks).to.equal(0);
      await t.clickButton('List view');
      list = t.list();
      expect(list.visible).to.equal(true);
      expect(list.focusableLinks).to.equal(1);
      expect(t.button('List view').getAttribute('aria-pressed')).to.equal('true');
    });

    it('announces zoom changes in the live region', async () => {
      const t = await mount({data: smallDataset, attributes: {lang: 'en-GB'}});
      const range = t.nextRange();
      t.el.zoomTo('1980', '1989');
      await range;
      await t.settle();
      expect(t.liveRegion()).to.equal('Showing 1980 to 1989: 1 events');
    });

    it('turns animations off for readers who prefer reduced motion', async () => {
      const t = await mount({data: smallDataset, attributes: {selected: 'mig-21'}});
      const card = t.el.shadowRoot!.querySelector('.card')!;
      expect(getComputedStyle(card).animationName).to.equal('none');
      await emulateMedia({reducedMotion: 'no-preference'});
      expect(getComputedStyle(card).animationName).to.equal('rise');
      await reduceMotion();
    });

    it('motion="reduce" turns animations off whatever the reader\'s system says', async () => {
      await emulateMedia({reducedMotion: 'no-preference'});
      const t = await mount({data: smallDataset, attributes: {selected: 'mig-21'}});
      const card = () => t.el.shadowRoot!.querySelector('.card')!;
      const zoomInAtOnce = async () => {
        const before = t.overviewWindow().width;
        t.button('Zoom in').click();
        await t.el.updateComplete;
        const moved = t.overviewWindow().width < before * 0.75;
        await t.settle();
        return moved;
      };
      expect(getComputedStyle(card()).animationName, 'the system allows motion').to.equal('rise');
      expect(await zoomInAtOnce(), 'a zoom glides').to.equal(false);
      t.el.setAttribute('motion', 'reduce');
      await t.el.updateComplete;
      expect(getComputedStyle(card()).animationName).to.equal('none');
      expect(await zoomInAtOnce(), 'a zoom jumps').to.equal(true);
    });

    it('hides authored light-DOM fallback content once upgraded', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <relations-timeline>
            <script type="application/json">
              {"events": [{"date": "1971-08-09", "title": "Treaty"}]}
            </script>
            <ol class="fallback">
              <li>9 August 1971: Treaty</li>
            </ol>
          </relations-timeline>
        </div>`
      );
      const fallback = wrapper.querySelector('.fallback')!;
      const t = new TimelineHarness(wrapper.querySelector('relations-timeline')!);
      await t.settle();
      await t.settleList();
      expect(fallback.getClientRects().length).to.equal(0);
      expect(t.list().items).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('Tab from the page enters the chart once, on one event', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <button id="before">before</button>
        </div>`
      );
      const t = await mount({data: smallDataset});
      wrapper.append(t.el);
      await t.settle();
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'}); // first toolbar button
      const stops: string[] = [];
      for (let i = 0; i < 16; i++) {
        const focused = t.focused();
        stops.push(
          focused?.getAttribute('aria-label') ??
            focused?.getAttribute('placeholder') ??
            focused?.textContent?.replace(/\s+/g, ' ').trim() ??
            ''
        );
        await sendKeys({press: 'Tab'});
      }
      expect(stops.slice(0, 13)).to.deep.equal([
        'Zoom out',
        'Zoom in',
        'Show all',
        'List view',
        'Keyboard',
        'Previous event',
        'Next event',
        'Search events',
        'Treaties 2',
        'Space 1',
        'Summits 1',
        'Other 1',
        '1962, Treaties: MiG-21 deal',
      ]);
      // One tab stop among the events and clusters of the chart.
      expect(stops.filter((s) => /^\d{4}, |^\d+ events,/.test(s))).to.have.length(1);
    });

    it('↑ ↓ move to the nearest event in the lane above or below; Home and End to the ends', async () => {
      const t = await mount({data: smallDataset});
      t.mark('Treaty of Peace').element.focus();
      await sendKeys({press: 'ArrowDown'});
      await t.settle();
      expect(t.focused()?.getAttribute('aria-label')).to.include('Soyuz'); // Space lane, nearest in time
      await sendKeys({press: 'ArrowDown'});
      await t.settle();
      expect(t.focused()?.getAttribute('aria-label')).to.include('21st annual summit');
      await sendKeys({press: 'ArrowUp'});
      await t.settle();
      expect(t.focused()?.getAttribute('aria-label')).to.include('Soyuz');
      await sendKeys({press: 'End'});
      await t.settle();
      expect(t.focused()?.getAttribute('aria-label')).to.include('crude');
      await sendKeys({press: 'Home'});
      await t.settle();
      expect(t.focused()?.getAttribute('aria-label')).to.include('MiG-21');
    });

    it('+, − and 0 zoom in, out and back to all, as the reader’s changes', async () => {
      const t = await mount({data: smallDataset});
      t.mark('MiG-21').element.focus();
      let range = t.nextRange();
      await sendKeys({type: '+'});
      const zoomed = await range;
      expect(zoomed.source).to.equal('user');
      range = t.nextRange();
      await sendKeys({press: '0'});
      const all = await range;
      expect(+all.end - +all.start).to.be.closeTo(2 * (+zoomed.end - +zoomed.start), 86_400_000);
    });

    it('Page Down moves a screen later and focuses its first event', async () => {
      const t = await mount({data: smallDataset, attributes: {start: '1960', end: '1975'}});
      t.mark('MiG-21').element.focus();
      const range = t.nextRange();
      await sendKeys({press: 'PageDown'});
      const detail = await range;
      expect(detail.start.getUTCFullYear()).to.be.within(1974, 1976);
      await t.settle();
      await t.settle();
      expect(t.focused()?.getAttribute('aria-label')).to.include('Soyuz');
    });

    it('? shows and hides the keyboard help', async () => {
      const t = await mount({data: smallDataset});
      t.mark('MiG-21').element.focus();
      await sendKeys({type: '?'});
      await t.settle();
      expect(t.keyHelp()).to.include('Keyboard shortcuts').and.include('Close the card');
      await sendKeys({type: '?'});
      await t.settle();
      expect(t.keyHelp()).to.equal(null);
    });

    it('keys pressed outside the timeline are left to the page', async () => {
      const t = await mount({data: smallDataset});
      const input = document.createElement('input');
      document.body.append(input);
      input.focus();
      await sendKeys({press: '0'});
      await sendKeys({press: 'ArrowRight'});
      expect(input.value).to.equal('0');
      expect(t.el.selected).to.equal(undefined);
      input.remove();
    });
  });

  describe('reflow', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    it('fits a 320 px column with no horizontal scrolling: the vertical layout, every event reachable', async () => {
      await setViewport({width: 320, height: 640});
      const data = await demoData();
      const t = await mount({data, width: 320});
      const host = t.el.getBoundingClientRect();
      expect(host.width).to.be.at.most(320);
      expect(t.el.scrollWidth).to.be.at.most(t.el.clientWidth + 1);
      for (const name of ['List view', 'Keyboard', 'Next event']) {
        const box = t.button(name).getBoundingClientRect();
        expect(box.right, name).to.be.at.most(host.right + 0.5);
        expect(box.width, name).to.be.at.least(24);
        expect(box.height, name).to.be.at.least(24);
      }
      expect(t.railRows()).to.have.length(data.events.filter((e) => e.importance === 3).length);
      await t.clickButton(`Show all ${data.events.length} events`);
      expect(t.railRows()).to.have.length(data.events.length);
      expect(t.el.scrollWidth).to.be.at.most(t.el.clientWidth + 1);
    });

    it("draws the vertical layout's rail on the side its text starts: left, or right in a right-to-left page", async () => {
      const data = await demoData();
      expect((await mount({data, width: 320})).railLineSide()).to.equal('left');
      expect((await mount({data, width: 320, attributes: {dir: 'rtl'}})).railLineSide()).to.equal('right');
    });

    it('fits a 320 px column in the horizontal layout too, when asked for it', async () => {
      await setViewport({width: 320, height: 640});
      const t = await mount({data: await demoData(), width: 320, attributes: {orientation: 'horizontal'}});
      expect(t.el.scrollWidth).to.be.at.most(t.el.clientWidth + 1);
      for (const name of ['Zoom out', 'Zoom in', 'Show all']) {
        expect(t.button(name).getBoundingClientRect().right, name).to.be.at.most(
          t.el.getBoundingClientRect().right + 0.5
        );
      }
      expect(t.shownEvents()).to.be.above(10);
      expect(t.labels().length).to.be.above(3);
    });

    it('keeps every event target at least 24 × 24 CSS px (WCAG 2.5.8)', async () => {
      const t = await mount({data: smallDataset});
      for (const mark of t.marks()) {
        const box = mark.element.querySelector('.hit')!.getBoundingClientRect();
        expect(box.width, mark.name).to.be.at.least(24);
        expect(box.height, mark.name).to.be.at.least(24);
      }
    });

    it('follows the reader’s colour scheme when the theme is auto', async () => {
      await emulateMedia({colorScheme: 'dark'});
      const t = await mount({data: smallDataset});
      expect(getComputedStyle(t.el).backgroundColor).to.equal('rgb(22, 24, 27)');
      const loaded = nextEvent(t.el, 'timeline-select');
      t.el.select('mig-21');
      await loaded;
    });
  });
});
