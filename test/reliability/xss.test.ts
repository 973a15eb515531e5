/**
 * Issue #7 §1: untrusted text stays text. Every payload goes through every
 * text field (dataset title and description, event title, summary, location,
 * tags and id, actor names, category labels, series labels, era titles,
 * source titles, image alt and credit, and unknown category/actor/series
 * keys shown as names) and every view (labels, marks' accessible names, lane
 * names, the card, the list view, the live region), through `data` and
 * through an inline JSON island parsed as a page would. Nothing may run, no
 * element in the shadow DOM may carry an `on*` attribute or a non-web URL,
 * nothing that runs or embeds code may be created, and the payload must be
 * readable as text. Bad link schemes are refused with a warning at their path.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {safeUrl} from '../../src/data/safe-url.js';
import type {TimelineData} from '../../src/types.js';
import {linkPayloads, safeLinks, textPayloads, type XssPayload} from '../fixtures/xss-payloads.js';
import {findDangers, mount, reduceMotion, TimelineHarness, watchPageErrors} from '../harness.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Text as the reader gets it: runs of white space as one space. */
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

function hostileDataset(p: string): TimelineData {
  return {
    title: p,
    description: p,
    categories: {c: {label: p}},
    actors: {A: {name: p}, B: {name: 'Plain actor'}},
    series: {s: {label: p}},
    eras: [{start: '2000', end: '2010', title: p}],
    events: [
      {
        id: 'e1',
        date: '2001-02-03',
        title: p,
        summary: `${p}\n\n${p}`,
        location: p,
        tags: [p, 'plain'],
        category: 'c',
        actors: ['A', 'B'],
        series: 's',
        seriesNumber: 2,
        importance: 3,
        sources: [{title: p, url: 'https://example.com/report'}, {title: p}],
        image: {url: '/__faults/pixel.png', alt: p, credit: p},
      },
      // Keys that no table names are shown as written: the payload as a category, actor and series key.
      {
        id: 'e2',
        date: '2005-06-07',
        title: 'Unknown keys',
        category: p,
        actors: [p],
        series: p,
        location: 'x',
      },
      {id: p, date: '2007', title: 'Payload as id', importance: 2},
    ],
  };
}

/** Nothing ran and nothing dangerous is in the timeline. */
function expectSafe(t: TimelineHarness, when: string): void {
  expect(window.__xss, `script ran (${when})`).to.equal(undefined);
  expect(t.dangers(), when).to.deep.equal([]);
}

describe('reliability: XSS payloads stay text', () => {
  let scriptsBefore = 0;
  before(async () => {
    await reduceMotion();
    scriptsBefore = document.querySelectorAll('script, iframe, object, embed').length;
  });
  beforeEach(() => delete window.__xss);
  after(async () => {
    // Handlers such as onerror run after a failed image load: give them time.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.__xss).to.equal(undefined);
  });

  it('the checks catch what they look for (a deliberately unsafe render)', async () => {
    const box = document.createElement('div');
    box.append(
      document
        .createRange()
        .createContextualFragment(
          '<img src="/__faults/pixel.png#x" onerror="window.__xss = 1"><a href=" javascript:void(0)">x</a>' +
            '<svg><a href="data:text/html,x"><text>y</text></a></svg><iframe></iframe>'
        )
    );
    expect(findDangers(box)).to.deep.equal([
      '<img> has onerror="window.__xss = 1"',
      '<a> href=" javascript:void(0)" (javascript:)',
      '<a> href="data:text/html,x" (data:)',
      '<iframe> element',
    ]);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__xss = 1');
    img.src = '/__faults/status?code=404';
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 200));
    img.remove();
    expect(window.__xss, 'a handler that runs is seen').to.equal(1);
    delete window.__xss;
  });

  it(`has at least 50 payloads (${textPayloads.length} text, ${linkPayloads.length} links)`, () => {
    expect(textPayloads.length + linkPayloads.length).to.be.at.least(50);
    expect(textPayloads.length).to.be.at.least(50);
  });

  describe('through every text field and every view (data property)', () => {
    for (const {name, text: p} of textPayloads) {
      it(name, async () => {
        const page = watchPageErrors();
        try {
          const t = await mount({data: hostileDataset(p), attributes: {lang: 'en-GB'}});
          const shown = norm(p);
          expectSafe(t, 'chart');
          expect(t.state()).to.equal('chart');
          expect(norm(t.heading())).to.equal(shown);
          expect(norm(t.description())).to.equal(shown);
          // An era title is cut with "…" to fit its band.
          const era = norm((t.eraTitles()[0] ?? '').replace(/…$/, ''));
          expect(era.length).to.be.greaterThan(0);
          expect(shown.startsWith(era), t.eraTitles()[0]).to.equal(true);
          expect(t.laneNames().map(norm)).to.include(shown); // category label, and the unknown key
          expect(t.marks().some((m) => norm(m.name).includes(shown))).to.equal(true);
          // Labels are titles, perhaps cut with "…" (or followed by a cluster count).
          const titles = [shown, 'Unknown keys', 'Payload as id'];
          for (const label of t.labels()) {
            const start = norm(label.text.replace(/(…|\s\+\d+)+$/, ''));
            expect(
              titles.some((title) => title.startsWith(start)),
              label.text
            ).to.equal(true);
          }

          t.el.lanes = 'actor';
          await t.el.updateComplete;
          expectSafe(t, 'actor lanes');
          expect(t.laneNames().map(norm)).to.include(shown);
          t.el.lanes = 'series';
          await t.el.updateComplete;
          expectSafe(t, 'series lanes');
          expect(t.laneNames().map(norm)).to.include(shown);

          t.el.select('e1');
          await t.el.updateComplete;
          expectSafe(t, 'card');
          const card = t.card();
          expect(norm(card?.title ?? '')).to.equal(shown);
          expect(card?.text).to.include(shown);
          expect(card?.links.map((l) => l.href)).to.deep.equal(['https://example.com/report']);
          expect(norm(t.liveRegion())).to.include(shown);

          t.el.select('e2');
          await t.el.updateComplete;
          expectSafe(t, 'card with unknown keys');
          expect(t.card()?.text).to.include(shown);

          t.el.select(p.trim());
          await t.el.updateComplete;
          expectSafe(t, 'card of the event whose id is the payload');
          expect(t.card()?.title).to.equal('Payload as id');

          await t.toggleList();
          expectSafe(t, 'list view');
          expect(t.list().visible).to.equal(true);
          expect(t.listTitles().map(norm)).to.include(shown);
          expect(t.list().items.some((item) => item.includes(shown))).to.equal(true);
          await t.toggleList();

          await t.clickButton('Zoom in');
          expectSafe(t, 'after zooming');
          expect(t.allText()).to.include(shown);
          expect(document.querySelectorAll('script, iframe, object, embed').length).to.equal(scriptsBefore);
          expect(page.errors).to.deep.equal([]);
        } finally {
          page.stop();
        }
      });
    }
  });

  it('payloads in keys and bad values reach the problem lists (paths and messages) as text only', async () => {
    const page = watchPageErrors();
    try {
      const hostile = textPayloads.map((x) => x.text);
      const data = {
        ...Object.fromEntries(hostile.map((p) => [p, 1])),
        events: [
          ...hostile.map((p) => ({date: p, title: 'Bad date'})),
          ...hostile.map((p, i) => ({date: `${1900 + i}`, title: `Unknown key ${i}`, [p]: p, category: p})),
          ...hostile.map((p) => ({id: p, date: '2001', title: 'Duplicate'})),
        ],
      };
      const t = await mount({data: data as unknown as TimelineData});
      expectSafe(t, 'problems notice');
      const notice = t.problemsNotice();
      expect(notice).to.include('events[0].date');
      expect(notice).to.include(JSON.stringify(hostile[0]!.slice(0, 40)));
      // Nothing valid at all: the error state lists the problems.
      t.el.data = {events: hostile.map((p) => ({date: p, title: p}))};
      await t.settle();
      expect(t.state()).to.equal('error');
      expectSafe(t, 'error state');
      expect(t.stateText()).to.include('is not a valid date');
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });

  describe('through an inline JSON island, parsed as a page parses it', () => {
    /** The island a CMS should write: JSON with `<` escaped, so `</script>` cannot end it. */
    const island = (data: unknown) =>
      `<relations-timeline lang="en-GB"><script type="application/json">${JSON.stringify(data).replace(
        /</g,
        '\\u003c'
      )}</script></relations-timeline>`;

    it(`all ${textPayloads.length} payloads in one island: parsed as text, nothing runs, each shown as text`, async () => {
      const page = watchPageErrors();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      try {
        const data: TimelineData = {
          title: textPayloads.map((x) => x.text).join(' | '),
          description: textPayloads.map((x) => x.text).join(' | '),
          categories: Object.fromEntries(textPayloads.map((x, i) => [`c${i}`, {label: x.text}])),
          actors: Object.fromEntries(textPayloads.map((x, i) => [`a${i}`, {name: x.text}])),
          eras: [{start: '1900', end: '1910', title: textPayloads[0]!.text}],
          events: textPayloads.map((x, i) => ({
            id: `p${i}`,
            date: `${1900 + i}`,
            title: x.text,
            summary: x.text,
            location: x.text,
            tags: [x.text],
            category: `c${i}`,
            actors: [`a${i}`],
            sources: [{title: x.text, url: 'https://example.com/'}],
            image: {url: '/__faults/pixel.png', alt: x.text, credit: x.text},
          })),
        };
        // A contextual fragment runs scripts like a parsed page would, had anything broken out.
        wrapper.append(document.createRange().createContextualFragment(island(data)));
        const el = wrapper.querySelector('relations-timeline')!;
        const t = new TimelineHarness(el);
        await t.settle();
        await t.settle();
        expect(wrapper.querySelectorAll('script')).to.have.length(1);
        expect(findDangers(wrapper).filter((d) => d !== '<script> element')).to.deep.equal([]);
        expectSafe(t, 'inline');
        await t.listRendered();
        expect(t.list().items).to.have.length(textPayloads.length);
        const heading = norm(t.heading());
        for (const x of textPayloads) expect(heading, x.name).to.include(norm(x.text));
        for (let i = 0; i < textPayloads.length; i++) {
          el.select(`p${i}`);
          await t.el.updateComplete;
          expect(norm(t.card()?.title ?? ''), textPayloads[i]!.name).to.equal(norm(textPayloads[i]!.text));
          expectSafe(t, `inline, card ${textPayloads[i]!.name}`);
        }
        await t.toggleList();
        expectSafe(t, 'inline, list view');
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
      }
    });

    it('an island a CMS did not escape is cut at </script>: a clear "not valid JSON" error, no exception', async () => {
      const page = watchPageErrors();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      try {
        wrapper.append(
          document
            .createRange()
            .createContextualFragment(
              '<relations-timeline><script type="application/json">{"title": "</script><b>x</b>", "events": []}</script></relations-timeline>'
            )
        );
        const t = new TimelineHarness(wrapper.querySelector('relations-timeline')!);
        await t.settle();
        expect(t.state()).to.equal('error');
        expect(t.stateText()).to.include('not valid JSON');
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
      }
    });
  });

  describe('links: only http(s) (and mailto for sources) reach href/src', () => {
    for (const {name, text} of linkPayloads) {
      it(`safeUrl refuses ${name}`, () => {
        expect(safeUrl(text, 'web')).to.equal(undefined);
        expect(safeUrl(text, 'web-or-mail')).to.equal(undefined);
      });
    }

    it('every bad link is refused with a warning at its path, and the event is still drawn', async () => {
      const data: TimelineData = {
        events: linkPayloads.map(({text}, i) => ({
          id: `link-${i}`,
          date: `${2000 + i}`,
          title: `Link ${i}`,
          sources: [{title: `Source ${i}`, url: text}],
          image: {url: text, alt: `Image ${i}`, credit: 'c'},
        })),
      };
      const parsed = parseTimeline(data);
      expect(parsed.events).to.have.length(linkPayloads.length);
      linkPayloads.forEach((payload: XssPayload, i) => {
        const at = parsed.problems.filter((problem) => problem.path.startsWith(`events[${i}].`));
        expect(
          at.map((problem) => `${problem.severity} ${problem.path}`),
          payload.name
        ).to.deep.equal([`warning events[${i}].sources[0].url`, `warning events[${i}].image.url`]);
      });

      const loads: string[][] = [];
      const el = document.createElement('relations-timeline');
      el.addEventListener('timeline-load', (e) => loads.push(e.detail.warnings.map((w) => w.path)));
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      el.data = data;
      wrapper.append(el);
      const t = new TimelineHarness(el);
      await t.settle();
      await t.settle();
      expect(loads[0]).to.include('events[0].sources[0].url').and.to.include('events[0].image.url');
      for (let i = 0; i < linkPayloads.length; i++) {
        el.select(`link-${i}`);
        await t.el.updateComplete;
        expect(t.card()?.links, linkPayloads[i]!.name).to.deep.equal([]);
        expect(t.card()?.text).to.include(`Source ${i}`);
        expectSafe(t, linkPayloads[i]!.name);
      }
      await t.toggleList();
      expectSafe(t, 'list view');
    });

    it('safe links are kept as written', async () => {
      const data: TimelineData = {
        events: safeLinks.map(({url, kind}, i) => ({
          id: `safe-${i}`,
          date: `${2000 + i}`,
          title: `Safe ${i}`,
          sources: kind === 'image' ? [] : [{title: `Source ${i}`, url}],
          ...(kind === 'source' ? {} : {image: {url, alt: `Image ${i}`}}),
        })),
      };
      const parsed = parseTimeline(data);
      expect(parsed.problems.filter((p) => /url/.test(p.path))).to.deep.equal([]);
      const t = await mount({data});
      for (let i = 0; i < safeLinks.length; i++) {
        t.el.select(`safe-${i}`);
        await t.el.updateComplete;
        if (safeLinks[i]!.kind !== 'image') {
          expect(t.card()?.links.map((l) => l.href)).to.deep.equal([safeLinks[i]!.url]);
        }
        expectSafe(t, safeLinks[i]!.url);
      }
    });

    it('colours from data cannot inject CSS (url(), expression(), a second declaration)', async () => {
      const colours = [
        'red;background:url(javascript:window.__xss=1)',
        'url(https://example.com/x.png)',
        'expression(alert(1))',
        'red}body{background:red',
        '#fff" onload="window.__xss=1',
      ];
      const data: TimelineData = {
        categories: Object.fromEntries(colours.map((color, i) => [`c${i}`, {label: `C${i}`, color}])),
        actors: Object.fromEntries(colours.map((color, i) => [`A${i}`, {name: `A${i}`, color}])),
        events: colours.map((_, i) => ({
          date: `${2000 + i}`,
          title: `E${i}`,
          category: `c${i}`,
          actors: [`A${i}`],
        })),
      };
      const parsed = parseTimeline(data);
      const paths = parsed.problems.map((p) => `${p.severity} ${p.path}`);
      colours.forEach((_, i) => {
        expect(paths).to.include(`warning categories.c${i}.color`);
        expect(paths).to.include(`warning actors.A${i}.color`);
      });
      const t = await mount({data});
      t.el.select(parsed.events[0]!.id);
      await t.settle();
      expectSafe(t, 'colours');
      expect(t.attributeValues().filter((a) => /url\(|expression|javascript/i.test(a))).to.deep.equal([]);
    });
  });
});
