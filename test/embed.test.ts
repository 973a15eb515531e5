/**
 * Issue #6 §6: the iframe page, `embed/embed.html` (shipped as `dist/embed.html`). Each test
 * loads it in an iframe from the test server. The page normally loads the bundle next to it;
 * here `module=/src/relations-timeline.ts` points it at the sources (a hook the page honours
 * only on localhost and only for a plain same-origin path), so the test needs no build.
 */
import {expect} from '@open-wc/testing';
import {reduceMotion, TimelineHarness} from './harness.js';
import type {RelationsTimeline} from '../src/relations-timeline.js';

const PAGE = '/embed/embed.html';
const SOURCES = '/src/relations-timeline.ts';
const DATA = '/demo/data/india-russia.json';

interface EmbedOptions {
  src: string | null;
  attributes: Record<string, string>;
  childId: string;
  module: string | null;
  error: string | null;
  problems: string[];
}
interface EmbedOptionsModule {
  parseEmbedOptions(search: string, pageUrl: string): EmbedOptions;
}

interface Embed {
  frame: HTMLIFrameElement;
  /** Every message the page posted to this window, in order. */
  messages: unknown[];
  doc: Document;
}

async function until(condition: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let embeds: Embed[] = [];
const listeners: ((event: MessageEvent) => void)[] = [];

/** Opens `embed.html?…` in an iframe `width` px wide, and collects what it posts to this window. */
async function openEmbed(params: Record<string, string>, width = 720): Promise<Embed> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '200px';
  frame.style.border = '0';
  const messages: unknown[] = [];
  const listener = (event: MessageEvent) => {
    if (event.source === frame.contentWindow) messages.push(event.data);
  };
  window.addEventListener('message', listener);
  listeners.push(listener);
  frame.src = `${PAGE}?${new URLSearchParams(params)}`;
  document.body.append(frame);
  await until(() => frame.contentDocument?.URL.includes(PAGE) ?? false, 'the embed page');
  const embed = {frame, messages, doc: frame.contentDocument!};
  embeds.push(embed);
  return embed;
}

/** The page's timeline, once it has drawn its chart. */
async function renderedTimeline({doc}: Embed): Promise<TimelineHarness> {
  await until(() => Boolean(doc.querySelector('relations-timeline')?.shadowRoot), 'the element to upgrade');
  const t = new TimelineHarness(doc.querySelector('relations-timeline') as RelationsTimeline);
  await until(() => t.state() === 'chart' && t.marks().length > 0, 'the chart');
  await t.settle();
  return t;
}

const pymHeights = (messages: unknown[], id: string): number[] =>
  messages
    .map((m) => (typeof m === 'string' ? new RegExp(`^pymxPYMx${id}xPYMxheightxPYMx(\\d+)$`).exec(m) : null))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]));

const ampMessages = (messages: unknown[], type: string): Record<string, unknown>[] =>
  messages.filter(
    (m): m is Record<string, unknown> =>
      typeof m === 'object' &&
      m !== null &&
      (m as {sentinel?: unknown}).sentinel === 'amp' &&
      (m as {type?: unknown}).type === type
  );
const ampHeights = (messages: unknown[]): number[] =>
  ampMessages(messages, 'embed-size').map((m) => m.height as number);

/** The height the page should ask for: its content's. */
const contentHeight = ({doc}: Embed): number =>
  Math.ceil(doc.querySelector('main')!.getBoundingClientRect().height);

describe('embed.html', () => {
  before(reduceMotion);
  afterEach(() => {
    for (const embed of embeds) embed.frame.remove();
    for (const listener of listeners.splice(0)) window.removeEventListener('message', listener);
    embeds = [];
  });

  describe('the page', () => {
    it('embed.html has no inline script, inline style or style attribute, and sets a strict policy', async () => {
      const html = await (await fetch(PAGE)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect([...doc.querySelectorAll('script:not([src])')].map((s) => s.outerHTML)).to.deep.equal([]);
      expect(doc.querySelectorAll('style, [style]').length).to.equal(0);
      const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
      expect(policy).to.include("script-src 'self'").and.include("style-src 'self'");
    });

    it('embed.html?src=… renders the timeline across the full width, with lang, theme, lanes, start and end', async () => {
      const embed = await openEmbed({
        src: DATA,
        module: SOURCES,
        lang: 'en-GB',
        theme: 'dark',
        lanes: 'actor',
        start: '1990',
        end: '2025',
      });
      const t = await renderedTimeline(embed);
      const el = t.el;
      expect(el.getAttribute('src')).to.equal(new URL(DATA, location.href).href);
      expect(el.lanes).to.equal('actor');
      expect(el.theme).to.equal('dark');
      expect(el.lang).to.equal('en-GB');
      expect(embed.doc.documentElement.lang).to.equal('en-GB');
      expect(el.start).to.equal('1990');
      expect(el.end).to.equal('2025');
      expect(el.getBoundingClientRect().width).to.equal(embed.doc.documentElement.clientWidth);
      expect(t.heading()).to.not.equal('');
    });
  });

  describe('height messages', () => {
    it('embed.html posts its content height as Pym.js and AMP embed-size messages once it has rendered', async () => {
      const embed = await openEmbed({src: DATA, module: SOURCES, childId: 'timeline-1'});
      await renderedTimeline(embed);
      await until(
        () => pymHeights(embed.messages, 'timeline-1').at(-1) === contentHeight(embed),
        'a Pym height'
      );
      await until(() => ampHeights(embed.messages).at(-1) === contentHeight(embed), 'an AMP height');
      const height = contentHeight(embed);
      expect(height).to.be.greaterThan(300);
      expect(ampMessages(embed.messages, 'embed-ready').length).to.equal(1);
      // The parent applies the height: the page then fits the frame exactly, with no scrolling.
      embed.frame.style.height = `${height}px`;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(embed.doc.documentElement.scrollHeight).to.equal(height);
      expect(contentHeight(embed)).to.equal(height);
    });

    it('embed.html posts a new height when its width changes its layout (ResizeObserver)', async () => {
      const embed = await openEmbed({src: DATA, module: SOURCES, childId: 'timeline-2'}, 720);
      await renderedTimeline(embed);
      await until(() => ampHeights(embed.messages).at(-1) === contentHeight(embed), 'the first height');
      const wide = contentHeight(embed);
      const sent = embed.messages.length;
      embed.frame.style.width = '360px'; // under 480 px the timeline turns vertical
      await until(() => contentHeight(embed) !== wide, 'the vertical layout');
      await until(
        () =>
          ampHeights(embed.messages.slice(sent)).at(-1) === contentHeight(embed) &&
          pymHeights(embed.messages.slice(sent), 'timeline-2').at(-1) === contentHeight(embed),
        'the new height'
      );
    });

    it("embed.html answers a Pym.js parent's width message with its height", async () => {
      const embed = await openEmbed({src: DATA, module: SOURCES, childId: 'timeline-3'});
      await renderedTimeline(embed);
      await until(
        () => pymHeights(embed.messages, 'timeline-3').at(-1) === contentHeight(embed),
        'the height'
      );
      const height = contentHeight(embed);
      // Heights are sent when they change; the same height again can only be a reply.
      const sent = embed.messages.length;
      embed.frame.contentWindow!.postMessage('pymxPYMxtimeline-3xPYMxwidthxPYMx720', '*');
      await until(() => pymHeights(embed.messages.slice(sent), 'timeline-3').includes(height), 'a reply');
      // A width message for another frame is not for this one.
      const later = embed.messages.length;
      embed.frame.contentWindow!.postMessage('pymxPYMxsomeone-elsexPYMxwidthxPYMx720', '*');
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(pymHeights(embed.messages.slice(later), 'timeline-3')).to.not.include(height);
    });
  });

  describe('parameters', () => {
    it('embed.html refuses a src that is not http(s) or relative, shows why, and still reports its height', async () => {
      for (const src of [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'data:application/json,{}',
        'file:///etc/passwd',
        '',
      ]) {
        const embed = await openEmbed({src, module: SOURCES});
        await until(
          () => Boolean(embed.doc.querySelector('.embed-error')),
          `the error for ${JSON.stringify(src)}`
        );
        expect(embed.doc.querySelector('relations-timeline'), src).to.equal(null);
        expect(embed.doc.querySelector('[role="alert"]')?.textContent, src).to.match(/src|data/i);
        await until(() => ampHeights(embed.messages).length > 0, 'a height');
        expect(ampMessages(embed.messages, 'embed-ready').length, src).to.equal(1);
      }
    });

    it('embed.html passes on only lang, theme, lanes, start and end, and only valid values', async () => {
      const embed = await openEmbed({
        src: DATA,
        module: SOURCES,
        lanes: 'diagonal',
        theme: 'neon',
        start: '<img src=x onerror=alert(1)>',
        end: '2025',
        lang: 'en_GB"><script>',
        heading: 'Not allowed',
        orientation: 'vertical',
        'hash-links': '',
      });
      await until(() => Boolean(embed.doc.querySelector('relations-timeline')), 'the element');
      const el = embed.doc.querySelector('relations-timeline')!;
      expect(el.getAttributeNames().sort()).to.deep.equal(['end', 'src']);
    });

    it('parseEmbedOptions(search, pageUrl) resolves src against the page and refuses other schemes', async () => {
      const {parseEmbedOptions} = (await import('/embed/embed-options.js' as string)) as EmbedOptionsModule;
      const page = 'https://news.example/graphics/embed.html';
      const src = (value: string) => parseEmbedOptions(`?${new URLSearchParams({src: value})}`, page);
      expect(src('data/india-russia.json').src).to.equal(
        'https://news.example/graphics/data/india-russia.json'
      );
      expect(src('/data/x.csv').src).to.equal('https://news.example/data/x.csv');
      expect(src('//cdn.example/x.json').src).to.equal('https://cdn.example/x.json');
      expect(src('http://data.example/x.json').src).to.equal('http://data.example/x.json');
      for (const bad of [
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        '\u0001javascript:alert(1)',
        'java\tscript:alert(1)',
        'data:application/json,{}',
        'blob:https://news.example/1',
        'file:///etc/passwd',
        'vbscript:x',
        'https://' + 'x'.repeat(3000),
      ]) {
        const options = src(bad);
        expect(options.src, bad).to.equal(null);
        expect(options.error, bad).to.be.a('string');
      }
      expect(parseEmbedOptions('', page).error).to.match(/src/);
    });

    it('parseEmbedOptions(search, pageUrl) honours module only on localhost and only for a same-origin path', async () => {
      const {parseEmbedOptions} = (await import('/embed/embed-options.js' as string)) as EmbedOptionsModule;
      const module = (value: string, page = 'http://localhost:8000/embed/embed.html') =>
        parseEmbedOptions(`?${new URLSearchParams({src: 'x.json', module: value})}`, page).module;
      expect(module('/src/relations-timeline.ts')).to.equal(
        'http://localhost:8000/src/relations-timeline.ts'
      );
      expect(module('/src/relations-timeline.ts', 'http://127.0.0.1:8000/embed.html')).to.equal(
        'http://127.0.0.1:8000/src/relations-timeline.ts'
      );
      expect(module('/src/relations-timeline.ts', 'https://news.example/embed.html')).to.equal(null);
      for (const bad of [
        '//evil.example/x.js',
        'https://evil.example/x.js',
        '/\\evil.example/x.js',
        'data:text/javascript,alert(1)',
        'javascript:alert(1)',
        '/api/jsonp.js?callback=alert',
        '/src/../secret.js',
        'src/relations-timeline.ts',
        '/src/relations-timeline.css',
      ]) {
        expect(module(bad), bad).to.equal(null);
      }
    });

    it('parseEmbedOptions(search, pageUrl) keeps a valid Pym childId and drops anything else', async () => {
      const {parseEmbedOptions} = (await import('/embed/embed-options.js' as string)) as EmbedOptionsModule;
      const childId = (value: string) =>
        parseEmbedOptions(`?src=x.json&${new URLSearchParams({childId: value})}`, 'https://a.example/')
          .childId;
      expect(childId('example-timeline_2')).to.equal('example-timeline_2');
      expect(childId('a xPYMx b')).to.equal('');
      expect(childId('')).to.equal('');
    });
  });

  describe('strict Content-Security-Policy', () => {
    it("embed.html renders under its own policy (script-src 'self'; style-src 'self') with no script violation", async () => {
      // The data arrives late, so that the listener below is in place before the chart is drawn.
      const embed = await openEmbed({
        src: '/__faults/data?delay=500&count=6&title=Embed',
        module: SOURCES,
      });
      const violations: string[] = [];
      embed.doc.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.effectiveDirective} ${e.blockedURI}`)
      );
      const t = await renderedTimeline(embed);
      expect(t.marks().length).to.equal(6);
      // The policy is enforced: an inline script added now does not run, and is reported.
      const win = embed.frame.contentWindow as Window & {inlineRan?: boolean};
      const script = embed.doc.createElement('script');
      script.textContent = 'window.inlineRan = true';
      embed.doc.head.append(script);
      await until(
        () => violations.some((v) => v.startsWith('script-src-elem inline')),
        'the canary violation'
      );
      expect(win.inlineRan).to.equal(undefined);
      // Nothing else: no inline style attribute, no blocked script or stylesheet.
      expect(violations.filter((v) => !v.startsWith('script-src-elem inline'))).to.deep.equal([]);
    });
  });
});
