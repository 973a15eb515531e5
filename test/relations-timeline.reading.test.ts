import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {mount, nextEvent, reduceMotion, type TimelineHarness} from './harness.js';
import {events500} from './fixtures/events-500.js';
import {sameDayCluster} from './fixtures/same-day-cluster.js';
import {smallDataset} from './fixtures/small-dataset.js';
import type {TimelineData} from '../src/types.js';

async function demoData(): Promise<TimelineData> {
  return (await fetch('/demo/data/india-russia.json')).json() as Promise<TimelineData>;
}

/** Symbols and badges in the same lane (same centre y) whose boxes overlap. */
function overlappingGlyphs(t: TimelineHarness): string[] {
  const boxes = [
    ...t
      .marks()
      .map((m) => ({name: m.name, box: m.element.querySelector('.symbol')!.getBoundingClientRect()})),
    ...t
      .clusters()
      .map((c) => ({name: c.name, box: c.element.querySelector('.badge')!.getBoundingClientRect()})),
  ];
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      if (
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5
      ) {
        clashes.push(`${boxes[i]!.name} / ${boxes[j]!.name}`);
      }
    }
  }
  return clashes;
}

describe('<relations-timeline>', () => {
  before(reduceMotion);

  describe('clusters', () => {
    it('merges events too close to draw apart into a counted badge that names its mix', async () => {
      const t = await mount({data: sameDayCluster, attributes: {lang: 'en-GB'}});
      expect(t.marks()).to.have.length(0);
      const [cluster] = t.clusters();
      expect(cluster?.count).to.equal(10);
      expect(cluster?.name).to.equal('10 events, 3 October 2000 (10 Summits). Select to zoom in.');
    });

    it('a badge that holds a match or the selection shows its outline around the ring of categories', async () => {
      const t = await mount({data: sameDayCluster});
      const [cluster] = t.clusters();
      const reach = (selector: string) =>
        cluster!.element.querySelector(selector)!.getBoundingClientRect().width;
      // The ring of categories lies on the badge's edge and would hide an outline drawn there.
      expect(reach('.badge'), 'no state: the badge ends under the ring').to.be.at.most(reach('.mix'));
      await t.search('Banquet');
      expect(reach('.badge'), 'a match: outlined outside the ring').to.be.greaterThan(reach('.mix') + 3);
      await t.search('');
      t.el.select('cluster-6');
      await t.settle();
      const [selected] = t.clusters();
      const reachNow = (selector: string) =>
        selected!.element.querySelector(selector)!.getBoundingClientRect().width;
      expect(reachNow('.badge'), 'the selection: outlined outside the ring').to.be.greaterThan(
        reachNow('.mix') + 3
      );
    });

    it('never overlaps and never loses an event, at every zoom', async () => {
      const t = await mount({data: events500, width: 900});
      for (const k of [1, 4, 16]) {
        t.el.fit();
        await t.settle();
        for (let i = 1; i < k; i *= 2) {
          const range = t.nextRange();
          await t.clickButton('Zoom in');
          await range;
        }
        await t.settle();
        expect(overlappingGlyphs(t), `zoom ×${k}`).to.deep.equal([]);
        if (k === 1) expect(t.shownEvents()).to.equal(500);
      }
    });

    it('opens by zooming in until it splits; a cluster of one day selects its lead event instead', async () => {
      const t = await mount({data: events500, width: 900});
      const before = t.clusters().length;
      const range = t.nextRange();
      t.clusters()[0]!.element.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      const detail = await range;
      expect(detail.source).to.equal('user');
      await t.settle();
      expect(t.clusters().length).to.be.below(before);

      const same = await mount({data: sameDayCluster});
      same.clusters()[0]!.element.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await same.settle();
      const selected = nextEvent(same.el, 'timeline-select');
      same.clusters()[0]!.element.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      // Zoomed in as far as it goes, the same-day cluster cannot split: its headline event opens.
      const {detail: selection} = await Promise.race([
        selected,
        (async () => {
          for (let i = 0; i < 30 && !same.el.selected; i++) {
            same
              .clusters()[0]
              ?.element.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
            await same.settle();
          }
          return selected;
        })(),
      ]);
      expect(selection.id).to.equal('cluster-6');
      expect(same.card()?.title).to.equal('Declaration on Strategic Partnership');
    });
  });

  describe('overview', () => {
    it('shows the visible window, which follows zooming', async () => {
      const t = await mount({data: smallDataset});
      const full = t.overviewWindow();
      expect(full.width).to.be.above(700);
      const range = t.nextRange();
      t.el.zoomTo('1980', '1989');
      await range;
      await t.settle();
      const narrow = t.overviewWindow();
      expect(narrow.width).to.be.below(full.width / 4);
    });

    it('pans when its window is dragged, and jumps where it is clicked', async () => {
      const t = await mount({data: smallDataset, attributes: {start: '1960', end: '1975'}});
      const box = t.overviewWindow();
      const y = Math.round(box.top + box.height / 2);
      let range = t.nextRange();
      await sendMouse({type: 'move', position: [Math.round(box.left + box.width / 2), y]});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: [Math.round(box.left + box.width / 2 + 100), y]});
      await sendMouse({type: 'up'});
      let detail = await range;
      expect(detail.source).to.equal('user');
      expect(detail.start.getUTCFullYear()).to.be.above(1965);
      const strip = t.overview().getBoundingClientRect();
      range = t.nextRange();
      await sendMouse({type: 'click', position: [Math.round(strip.right - 20), y]});
      detail = await range;
      expect(detail.end.getUTCFullYear()).to.be.above(2015);
    });
  });

  describe('series', () => {
    it('highlights the selected event’s series and offers its previous and next members', async () => {
      const t = await mount({
        data: await demoData(),
        width: 1000,
        attributes: {selected: '2021-21st-summit', lang: 'en-GB', start: '2009', end: '2026'},
      });
      expect(t.card()?.text).to.include('21st annual summit');
      expect(t.seriesMarks().every((name) => /summit|Declaration|partnership/i.test(name))).to.equal(true);
      expect(t.seriesMarks().length).to.be.above(2);
      await t.clickButton('Next: 22nd annual summit');
      expect(t.el.selected).to.equal('2024-moscow-summit');
      await t.clickButton('Previous: 21st annual summit');
      expect(t.el.selected).to.equal('2021-21st-summit');
    });

    it('lanes="series" gives each series a lane, named by the dataset', async () => {
      const t = await mount({data: await demoData(), attributes: {lanes: 'series'}});
      expect(t.laneNames()).to.deep.equal(['annual summit', 'session of the IRIGC-M&MTC']);
    });

    it('draws eras as labelled bands', async () => {
      const t = await mount({data: await demoData(), width: 1000});
      expect(t.eraTitles()).to.include('Soviet era').and.include('Russian Federation');
    });
  });

  describe('legend and search', () => {
    it('the legend hides and shows a category, in the chart and the list', async () => {
      const t = await mount({data: smallDataset});
      expect(t.legend()).to.deep.equal([
        {label: 'Treaties', shown: true},
        {label: 'Space', shown: true},
        {label: 'Summits', shown: true},
        {label: 'Other', shown: true},
      ]);
      await t.toggleLegend('Treaties');
      expect(t.shownEvents()).to.equal(3);
      expect(t.list().items).to.have.length(3);
      expect(t.legend()[0]).to.deep.equal({label: 'Treaties', shown: false});
      await t.toggleLegend('Treaties');
      expect(t.shownEvents()).to.equal(5);
    });

    it('search highlights matches, counts them, and steps through them', async () => {
      const t = await mount({data: smallDataset});
      await t.search('soviet'); // actor names count: India and the Soviet Union
      expect(t.searchStatus()).to.equal('3 matches');
      await t.search('Treaty');
      expect(t.searchStatus()).to.equal('1 matches');
      expect(t.matchState()).to.deep.equal({matched: 1, dimmed: 4});
      await t.clickButton('Next match');
      expect(t.el.selected).to.equal('treaty-1971');
      expect(t.searchStatus()).to.equal('1 of 1');
      await t.search('India Russia summit');
      expect(t.searchStatus()).to.equal('1 matches'); // every word must match: "21st annual summit" with its actors
      await t.search('zzz');
      expect(t.searchStatus()).to.equal('No matches');
      expect(t.liveRegion()).to.equal('No matches');
      await t.search('');
      expect(t.matchState()).to.deep.equal({matched: 0, dimmed: 0});
    });
  });

  describe('story and links', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('hash-links keeps #id in the URL and selects the event a URL names', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#soyuz-t11`);
      const t = await mount({data: smallDataset, attributes: {'hash-links': ''}});
      expect(t.el.selected).to.equal('soyuz-t11');
      t.el.select('mig-21');
      await t.settle();
      expect(location.hash).to.equal('#mig-21');
      const selected = nextEvent(t.el, 'timeline-select');
      location.hash = '#summit-2021';
      const {detail} = await selected;
      expect(detail).to.include({id: 'summit-2021', source: 'url'});
    });

    it('without hash-links the URL is left alone', async () => {
      const t = await mount({data: smallDataset});
      t.el.select('mig-21');
      await t.settle();
      expect(location.hash).to.equal('');
    });
  });

  describe('orientation', () => {
    it('auto is vertical under 480 px, with headline events first and all on request', async () => {
      const data = await demoData();
      const t = await mount({data, width: 400});
      const headlines = data.events.filter((e) => e.importance === 3).length;
      expect(t.railRows()).to.have.length(headlines);
      await t.clickButton(`Show all ${data.events.length} events`);
      expect(t.railRows()).to.have.length(data.events.length);
    });

    it('vertical opens the card inline under its row; horizontal keeps the chart in a narrow column', async () => {
      const t = await mount({
        data: smallDataset,
        width: 900,
        attributes: {orientation: 'vertical', lang: 'en-GB'},
      });
      // Headlines first (importance 3), then all on request.
      expect(t.railRows()).to.deep.equal([
        '9 August 1971, Treaties: Treaty of Peace, Friendship and Cooperation, New Delhi',
        '6 December 2021, Summits: 21st annual summit',
      ]);
      await t.clickButton('Show all 5 events');
      expect(t.railRows()[0]).to.equal('1962, Treaties: MiG-21 deal');
      const row = t.el.shadowRoot!.querySelector<HTMLButtonElement>('.rail-event')!;
      row.click();
      await t.settle();
      expect(t.card()?.title).to.equal('MiG-21 deal');
      expect(row.closest('li')!.querySelector('.card')).to.exist;
      // Every row is reachable with Tab: there are no arrow-key handlers in the vertical layout.
      const rows = [...t.el.shadowRoot!.querySelectorAll('.rail-event')];
      expect(rows.every((r) => r.getAttribute('tabindex') !== '-1')).to.equal(true);
      expect(row.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({press: 'Escape'});
      await t.settle();
      expect(t.card()).to.equal(null);

      const narrow = await mount({data: smallDataset, width: 360, attributes: {orientation: 'horizontal'}});
      expect(narrow.railRows()).to.have.length(0);
      expect(narrow.shownEvents()).to.equal(5);
    });
  });

  describe('locale and precision', () => {
    it('writes dates in the reader’s language, at their written precision', async () => {
      const cases: [string, string, RegExp][] = [
        ['hi', 'treaty-1971', /अगस्त 1971/],
        ['ru', 'crude-2022', /октябрь 2022|октября 2022|Октябрь 2022/i],
        ['ar', 'mig-21', /١٩٦٢|1962/],
        ['en-GB', 'crude-2022', /^October 2022$/],
      ];
      for (const [lang, id, pattern] of cases) {
        const t = await mount({data: smallDataset, attributes: {lang, selected: id}});
        expect(t.card()?.date, lang).to.match(pattern);
      }
    });

    it('draws approximate and uncertain dates softer, month and year as bands, spans as bars', async () => {
      const t = await mount({
        events: [
          {id: 'c', date: '1990~', title: 'Circa'},
          {id: 'u', date: '2009-06-16?', title: 'Uncertain day'},
          {id: 'm', date: '1971-08', title: 'A month'},
          {id: 's', date: '1984-04-03', end: '1984-04-11', title: 'A span'},
        ],
        attributes: {lang: 'en-GB', start: '1960', end: '2015'},
      });
      const circa = t.mark('Circa');
      expect(circa.name).to.match(/^c\. 1990/);
      expect(circa.kind).to.equal('band');
      expect(circa.element.classList.contains('approximate')).to.equal(true);
      expect(getComputedStyle(circa.element.querySelector('.extent')!).strokeDasharray).to.not.equal('none');
      expect(t.mark('Uncertain day').name).to.match(/^16 June 2009\?/);
      expect(t.mark('Uncertain day').element.classList.contains('uncertain')).to.equal(true);
      expect(t.mark('A span').kind).to.equal('point'); // 8 days are too narrow to draw as a bar at this zoom
      t.el.zoomTo('1984-03', '1984-05');
      await t.settle();
      expect(t.mark('A span').kind).to.equal('bar');
    });

    it('draws an ongoing span (end "..") as a bar to the right edge, written "… – present"', async () => {
      const t = await mount({
        events: [
          {id: 'p', date: '2021', end: '..', title: 'Programme in force'},
          {id: 'a', date: '1990', title: 'Earlier'},
          {id: 'b', date: '2010-05-01', title: 'Later'},
        ],
        attributes: {lang: 'en-GB'},
      });
      const mark = t.mark('Programme in force');
      expect(mark.kind).to.equal('bar');
      expect(mark.name).to.match(/^2021 – present/);
      const bar = mark.element.querySelector('.extent')!.getBoundingClientRect();
      expect(bar.right).to.be.at.least(t.chart().getBoundingClientRect().right);
      t.el.select('p');
      await t.settle();
      expect(t.card()?.date).to.equal('2021 – present');
    });
  });
});
