import {expect} from '@open-wc/testing';
import {mount, nextEvent as oneEvent, reduceMotion, TimelineHarness} from './harness.js';
import {smallDataset} from './fixtures/small-dataset.js';
import type {TimelineData} from '../src/types.js';

const DAY = 86_400_000;

async function demoData(): Promise<TimelineData> {
  return (await fetch('/demo/data/india-russia.json')).json() as Promise<TimelineData>;
}

describe('<relations-timeline>', () => {
  before(reduceMotion);

  describe('accessibility', () => {
    it('passes axe with the demo data', async () => {
      const t = await mount({data: await demoData()});
      await expect(t.el).to.be.accessible();
    });

    it('names the chart with the count and date range', async () => {
      const t = await mount({data: smallDataset, attributes: {lang: 'en-GB'}});
      expect(t.chartName()).to.equal('5 events from 1962 to October 2022');
    });

    it('gives every mark a sentence-like accessible name with date, category, title and place', async () => {
      const t = await mount({data: smallDataset, attributes: {lang: 'en-GB'}});
      expect(t.mark('Treaty of Peace').name).to.equal(
        '9 August 1971, Treaties: Treaty of Peace, Friendship and Cooperation, New Delhi'
      );
    });
  });

  describe('properties', () => {
    it('data: draws one mark per valid event', async () => {
      const t = await mount({data: smallDataset});
      expect(t.state()).to.equal('chart');
      expect(
        t
          .marks()
          .map((m) => m.index)
          .sort()
      ).to.deep.equal([0, 1, 2, 3, 4]);
      expect(t.heading()).to.equal('India and Russia: a sample');
    });

    it('events: accepts a bare list of events', async () => {
      const t = await mount({events: smallDataset.events.slice(0, 2)});
      expect(t.marks()).to.have.length(2);
      expect(t.heading()).to.equal('');
    });

    it('reads an inline <script type="application/json"> child', async () => {
      const t = await mount({inline: JSON.stringify(smallDataset)});
      expect(t.marks()).to.have.length(5);
    });

    it('src: loads a JSON file, showing a loading state first', async () => {
      const el = document.createElement('relations-timeline');
      el.src = '/demo/data/india-russia.json';
      document.body.append(el);
      try {
        await el.updateComplete;
        const loaded = oneEvent(el, 'timeline-load');
        expect(el.shadowRoot?.querySelector('.skeleton')).to.exist;
        const {detail} = await loaded;
        expect(detail.count).to.be.at.least(40);
      } finally {
        el.remove();
      }
    });

    it('src: a missing file shows an error with a retry button and fires timeline-error', async () => {
      const el = document.createElement('relations-timeline');
      const failed = oneEvent(el, 'timeline-error');
      el.src = '/demo/data/does-not-exist.json';
      document.body.append(el);
      try {
        const {detail} = await failed;
        expect(detail.message).to.include('404');
        await el.updateComplete;
        expect(el.shadowRoot?.querySelector('.state.error')?.textContent).to.include('404');
        expect([...(el.shadowRoot?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).to.include(
          'Try again'
        );
      } finally {
        el.remove();
      }
    });

    it('heading: overrides the dataset title', async () => {
      const t = await mount({data: smallDataset, attributes: {heading: 'Since 1962'}});
      expect(t.heading()).to.equal('Since 1962');
    });

    it('lanes: category by default, none and actor on request', async () => {
      const t = await mount({data: smallDataset});
      expect(t.laneNames()).to.deep.equal(['Treaties', 'Space', 'Summits']);
      t.el.lanes = 'none';
      await t.settle();
      expect(t.laneNames()).to.deep.equal([]);
      expect(t.shownEvents()).to.equal(5);
      t.el.lanes = 'actor';
      await t.settle();
      expect(t.laneNames()).to.deep.equal(['India', 'Soviet Union', 'Russia']);
      expect(t.shownEvents()).to.equal(10); // every event in each of its actors' lanes
    });

    it('start/end: set the initial visible window', async () => {
      const t = await mount({data: smallDataset, attributes: {start: '1970', end: '1990'}});
      const names = t.marks().map((m) => m.name);
      expect(names.some((n) => n.includes('Treaty of Peace'))).to.equal(true);
      expect(names.some((n) => n.includes('21st annual summit'))).to.equal(false);
      expect(t.axisTicks()).to.include('1980');
    });

    it('selected: opens the card of that event', async () => {
      const t = await mount({data: smallDataset, attributes: {selected: 'soyuz-t11', lang: 'en-GB'}});
      expect(t.card()?.title).to.equal('Rakesh Sharma flies on Soyuz T-11');
      // Intl puts thin or narrow spaces around the en dash; which one depends on the ICU version.
      expect(t.card()?.date.replace(/\s/g, ' ')).to.equal('3 – 11 April 1984');
    });

    it('theme: dark changes the colours, light keeps them', async () => {
      const t = await mount({data: smallDataset, attributes: {theme: 'light'}});
      const light = getComputedStyle(t.el).backgroundColor;
      t.el.theme = 'dark';
      await t.settle();
      expect(getComputedStyle(t.el).backgroundColor).to.not.equal(light);
      expect(getComputedStyle(t.el).backgroundColor).to.equal('rgb(22, 24, 27)');
    });

    it('loading="lazy": fetches nothing until the timeline comes near the viewport', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '5000px';
      const el = document.createElement('relations-timeline');
      el.setAttribute('loading', 'lazy');
      el.src = '/demo/data/india-russia.json';
      document.body.append(spacer, el);
      try {
        let loaded = false;
        el.addEventListener('timeline-load', () => (loaded = true));
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 300));
        expect(loaded).to.equal(false);
        const load = oneEvent(el, 'timeline-load');
        el.scrollIntoView();
        expect((await load).detail.count).to.be.at.least(40);
      } finally {
        spacer.remove();
        el.remove();
        window.scrollTo(0, 0);
      }
    });

    it('prints every event as text, with no controls', async () => {
      const {emulateMedia} = await import('@web/test-runner-commands');
      const t = await mount({data: smallDataset});
      await emulateMedia({media: 'print', reducedMotion: 'reduce'});
      try {
        expect(getComputedStyle(t.button('Zoom in').closest('.toolbar')!).display).to.equal('none');
        const list = t.el.shadowRoot!.querySelector('.event-list')!;
        expect(list.getBoundingClientRect().height).to.be.above(100);
      } finally {
        await emulateMedia({media: 'screen', reducedMotion: 'reduce'});
      }
    });

    // A common slip in CMS templates: an underscore, which Intl refuses with a RangeError.
    it('lang: a tag Intl refuses (en_GB) still draws the chart, named in the default language', async () => {
      const t = await mount({data: smallDataset, attributes: {lang: 'en_GB', selected: 'treaty-1971'}});
      expect(t.chartName()).to.match(/^5 events from 1962 to /);
      expect(t.card()?.date).to.match(/1971/);
    });

    it('lang: formats dates in the reader’s language', async () => {
      const t = await mount({data: smallDataset, attributes: {lang: 'ru', selected: 'treaty-1971'}});
      expect(t.card()?.date).to.match(/9 августа 1971/);
    });
  });

  describe('events', () => {
    it('fires timeline-load with the count and warnings', async () => {
      const el = document.createElement('relations-timeline');
      const loaded = oneEvent(el, 'timeline-load');
      el.data = {events: [{date: '2021', title: 'A', colour: 'red'} as never]};
      document.body.append(el);
      try {
        const {detail} = await loaded;
        expect(detail.count).to.equal(1);
        expect(detail.warnings.map((w) => w.path)).to.deep.equal(['events[0].colour']);
      } finally {
        el.remove();
      }
    });

    it('an invalid event fires timeline-error with paths while the valid events still render', async () => {
      const el = document.createElement('relations-timeline');
      const failed = oneEvent(el, 'timeline-error');
      el.data = {
        events: [
          {date: '2021-13-01', title: 'Bad month'},
          {date: '2021-12-06', title: 'Good'},
          {date: '2022', title: ''},
        ],
      };
      document.body.append(el);
      try {
        const {detail} = await failed;
        expect(detail.problems.map((p) => p.path)).to.deep.equal(['events[0].date', 'events[2].title']);
        expect(detail.problems[0]?.message).to.include('"2021-13-01" is not a valid date');
        expect(detail.message).to.equal('2 event(s) could not be shown because of errors in the data.');
        const t = new TimelineHarness(el);
        await t.settle();
        await t.settle();
        expect(t.marks()).to.have.length(1);
        expect(t.problemsNotice()).to.include('events[0].date');
      } finally {
        el.remove();
      }
    });

    it('a dataset that is not a dataset shows the error state', async () => {
      const t = await mount({data: 42 as never});
      expect(t.state()).to.equal('error');
      expect(t.stateText()).to.include('expected a dataset object or an array of events');
    });

    it('an empty list shows the empty state', async () => {
      const t = await mount({events: []});
      expect(t.state()).to.equal('empty');
    });

    it('select(id) fires timeline-select with source "api"; a click fires it with source "user"', async () => {
      const t = await mount({data: smallDataset});
      let selected = oneEvent(t.el, 'timeline-select');
      t.el.select('mig-21');
      let {detail} = await selected;
      expect(detail).to.include({id: 'mig-21', source: 'api'});
      expect(detail.event?.title).to.equal('MiG-21 deal');
      await t.settle();
      selected = oneEvent(t.el, 'timeline-select');
      await t.clickMark('Treaty of Peace');
      ({detail} = await selected);
      expect(detail).to.include({id: 'treaty-1971', source: 'user'});
      expect(t.el.selected).to.equal('treaty-1971');
      expect(t.el.getAttribute('selected')).to.equal('treaty-1971');
    });

    it('zoomTo fires timeline-rangechange with the new window and source "api"', async () => {
      const t = await mount({data: smallDataset});
      const range = t.nextRange();
      t.el.zoomTo('1980', '1989');
      const detail = await range;
      expect(detail.source).to.equal('api');
      expect(Math.abs(+detail.start - Date.UTC(1980, 0, 1))).to.be.below(DAY);
      expect(Math.abs(+detail.end - Date.UTC(1990, 0, 1))).to.be.below(DAY);
    });

    it('the zoom buttons fire timeline-rangechange with source "user" and halve or double the window', async () => {
      const t = await mount({data: smallDataset});
      let range = t.nextRange();
      await t.clickButton('Zoom in');
      const zoomed = await range;
      expect(zoomed.source).to.equal('user');
      range = t.nextRange();
      await t.clickButton('Zoom out');
      const back = await range;
      expect((+zoomed.end - +zoomed.start) * 2).to.be.closeTo(+back.end - +back.start, DAY);
    });
  });

  describe('interaction', () => {
    it('clicking an event opens its card with the date as written, summary, actors, place and links', async () => {
      const t = await mount({data: smallDataset, attributes: {lang: 'en-GB'}});
      await t.clickMark('Treaty of Peace');
      const card = t.card();
      expect(card?.date).to.equal('9 August 1971');
      expect(card?.title).to.equal('Treaty of Peace, Friendship and Cooperation');
      expect(card?.text).to.include('A 20-year treaty.').and.include('Signed in New Delhi.');
      expect(card?.text).to.include('India, Soviet Union');
      expect(card?.links).to.deep.equal([
        {
          href: 'https://en.wikipedia.org/wiki/Indo-Soviet_Treaty_of_Friendship_and_Cooperation',
          text: 'Wikipedia',
        },
      ]);
    });

    it('keeps the written precision: a year is a year, a month a month', async () => {
      const t = await mount({data: smallDataset, attributes: {lang: 'en-GB'}});
      t.el.select('mig-21');
      await t.settle();
      expect(t.card()?.date).to.equal('1962');
      t.el.select('crude-2022');
      await t.settle();
      expect(t.card()?.date).to.equal('October 2022');
    });

    it('shows the series position in the card', async () => {
      const t = await mount({data: smallDataset, attributes: {selected: 'summit-2021'}});
      expect(t.card()?.text).to.include('21st annual summit');
    });

    it('Escape closes the card and returns focus to the event; the close button closes it too', async () => {
      const {sendKeys} = await import('@web/test-runner-commands');
      const t = await mount({data: smallDataset});
      await t.clickMark('Treaty of Peace');
      expect(t.focused()?.tagName).to.equal('H3');
      await sendKeys({press: 'Escape'});
      await t.settle();
      expect(t.card()).to.equal(null);
      expect(t.focused()?.getAttribute('aria-label')).to.include('Treaty of Peace');
      await t.clickMark('Soyuz');
      await t.clickButton('Close');
      expect(t.card()).to.equal(null);
    });

    it('next() and previous() walk the events in date order', async () => {
      const t = await mount({data: smallDataset});
      t.el.next();
      await t.settle();
      expect(t.el.selected).to.equal('mig-21');
      t.el.next();
      t.el.next();
      await t.settle();
      expect(t.el.selected).to.equal('soyuz-t11');
      t.el.previous();
      await t.settle();
      expect(t.el.selected).to.equal('treaty-1971');
    });

    it('a plain vertical wheel scrolls the page: not prevented, no zoom', async () => {
      const t = await mount({data: smallDataset});
      const before = t.axisTicks().join();
      expect(t.wheel({deltaY: 120})).to.equal(false);
      await t.settle();
      expect(t.axisTicks().join()).to.equal(before);
    });

    it('Ctrl + wheel zooms in, and is prevented from scrolling the page', async () => {
      const t = await mount({data: smallDataset});
      const range = t.nextRange();
      expect(t.wheel({deltaY: -200, ctrlKey: true})).to.equal(true);
      const detail = await range;
      expect(detail.source).to.equal('user');
      expect(+detail.end - +detail.start).to.be.below(60 * 365 * DAY);
    });

    it('Shift + wheel pans sideways', async () => {
      const t = await mount({data: smallDataset, attributes: {start: '1970', end: '1990'}});
      const range = t.nextRange();
      expect(t.wheel({deltaY: 100, shiftKey: true})).to.equal(true);
      const detail = await range;
      expect(detail.source).to.equal('user');
      expect(+detail.start).to.be.above(Date.UTC(1970, 0, 1));
    });

    it('dragging pans the timeline', async () => {
      const {sendMouse} = await import('@web/test-runner-commands');
      const t = await mount({data: smallDataset, attributes: {start: '1970', end: '1990'}});
      const box = t.chart().getBoundingClientRect();
      const y = Math.round(box.bottom - 40);
      const range = t.nextRange();
      await sendMouse({type: 'move', position: [Math.round(box.x + 400), y]});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: [Math.round(box.x + 200), y]});
      await sendMouse({type: 'up'});
      const detail = await range;
      expect(detail.source).to.equal('user');
      expect(+detail.start).to.be.above(Date.UTC(1972, 0, 1));
    });

    it('the axis re-ticks from years down to days', async () => {
      const t = await mount({data: smallDataset, attributes: {lang: 'en-GB'}});
      expect(t.axisTicks().every((tick) => /^\d{4}$/.test(tick))).to.equal(true);
      const range = t.nextRange();
      t.el.zoomTo('1971-08-01', '1971-08-14');
      await range;
      await t.settle();
      const ticks = t.axisTicks();
      expect(ticks[0]).to.match(/Aug 1971/);
      expect(ticks.slice(1).every((tick) => /^\d{1,2} Aug$/.test(tick))).to.equal(true);
    });

    it('labels never overlap, at any zoom', async () => {
      const t = await mount({data: await demoData(), width: 700});
      for (const [start, end] of [
        ['1945', '2027'],
        ['2010', '2025'],
        ['2021-11', '2022-01'],
      ] as const) {
        t.el.zoomTo(start, end);
        await t.settle();
        const boxes = t.labels().map((l) => l.box);
        expect(boxes.length).to.be.above(0);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            expect(overlap, `labels ${i} and ${j} overlap at ${start}–${end}`).to.equal(false);
          }
        }
      }
    });

    it('arrow keys move focus between events in date order; Enter opens the card', async () => {
      const {sendKeys} = await import('@web/test-runner-commands');
      const t = await mount({data: smallDataset});
      t.mark('MiG-21').element.focus();
      await sendKeys({press: 'ArrowRight'});
      await t.settle();
      expect(t.focused()?.getAttribute('aria-label')).to.include('Treaty of Peace');
      await sendKeys({press: 'Enter'});
      await t.settle();
      expect(t.el.selected).to.equal('treaty-1971');
      expect(t.liveRegion()).to.include('Treaty of Peace');
    });

    it('has one tab stop among the events', async () => {
      const t = await mount({data: smallDataset});
      const stops = t.marks().filter((m) => m.element.getAttribute('tabindex') === '0');
      expect(stops).to.have.length(1);
    });
  });
});
