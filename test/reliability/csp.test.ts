/**
 * Issue #7 §6: strict pages. Pages under test/reliability/pages/ are served
 * with `Content-Security-Policy: default-src 'self'; script-src 'self';
 * style-src 'self'` (and one adds `require-trusted-types-for 'script'`) by
 * test/support/fault-server.js. Each is loaded in an iframe; the timeline
 * must render and work (zoom, select, list view, card) with zero
 * `securitypolicyviolation` events. A canary page proves the policy is
 * enforced and that violations are seen.
 */
import {expect} from '@open-wc/testing';
import {reduceMotion, TimelineHarness} from '../harness.js';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

interface StrictWindow extends Window {
  __violations: Violation[];
  __timelineEvents: {type: string; detail: unknown}[];
  __inlineRan?: boolean;
  __canary?: {eval: unknown; innerHTML: unknown};
}

const PAGES = '/test/reliability/pages';

async function until(condition: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let frames: HTMLIFrameElement[] = [];

async function openPage(path: string): Promise<StrictWindow> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  iframe.style.height = '900px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, {once: true}));
  iframe.src = path;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return iframe.contentWindow as StrictWindow;
}

/** Renders, then zooms, selects, steps, opens the list and closes the card in both timelines of the page. */
async function exercise(win: StrictWindow): Promise<void> {
  await until(
    () => win.__timelineEvents.filter((e) => e.type === 'timeline-load').length >= 2,
    'two timeline-load events'
  );
  for (const id of ['inline', 'from-property']) {
    const el = win.document.getElementById(id) as HTMLElementTagNameMap['relations-timeline'] | null;
    if (!el) continue; // the bundle page has the inline timeline only
    const t = new TimelineHarness(el);
    await t.settle();
    await t.settle();
    expect(t.state(), id).to.equal('chart');
    expect(t.marks().length, id).to.be.greaterThan(0);
    await t.clickButton('Zoom in');
    await t.clickButton('Show all');
    await t.clickMark(id === 'inline' ? 'Treaty of Peace' : 'Strategic partnership');
    expect(t.card()?.title, id).to.match(/Treaty of Peace|Strategic partnership/);
    el.next();
    await t.settle();
    await t.toggleList();
    expect(t.list().visible).to.equal(true);
    await t.toggleList();
    await t.clickButton('Close');
    expect(t.card()).to.equal(null);
    // Styles come from constructable stylesheets: the element is styled, with no <style> or style="".
    expect(getComputedStyle(el).display).to.not.equal('inline');
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('reliability: strict Content-Security-Policy pages', () => {
  before(reduceMotion);
  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
  });

  it('the pages are served with the strict policies', async () => {
    const strict = "default-src 'self'; script-src 'self'; style-src 'self'";
    const csp = await fetch(`${PAGES}/csp.html`);
    expect(csp.headers.get('content-security-policy')).to.equal(strict);
    const tt = await fetch(`${PAGES}/csp-tt.html`);
    expect(tt.headers.get('content-security-policy')).to.equal(
      `${strict}; require-trusted-types-for 'script'`
    );
  });

  it('canary: the policy blocks inline script, inline style, eval and string innerHTML, and each is reported', async () => {
    const win = await openPage(`${PAGES}/csp-canary.html`);
    await until(() => win.__violations.length >= 4, 'four violations');
    expect(win.__inlineRan).to.equal(undefined);
    expect(win.__canary?.eval).to.be.oneOf(['EvalError', 'TypeError']); // blocked: by script-src or by Trusted Types
    expect(win.__canary?.innerHTML).to.equal('TypeError');
    const directives = win.__violations.map((v) => v.directive);
    expect(directives).to.include.members(['script-src-elem', 'style-src-attr', 'require-trusted-types-for']);
  });

  /** Violations other than inline style attributes (see the BUG below), which are about scripts. */
  const scriptViolations = (win: StrictWindow) =>
    win.__violations.filter((v) => v.directive !== 'style-src-attr');

  /** The data colour of the property timeline's "summit" category, as the card and marks see it. */
  async function dataColour(win: StrictWindow): Promise<string> {
    const el = win.document.getElementById('from-property') as HTMLElementTagNameMap['relations-timeline'];
    el.select('p2');
    const t = new TimelineHarness(el);
    await t.settle();
    const card = el.shadowRoot?.querySelector('.card');
    return card ? getComputedStyle(card).getPropertyValue('--c').trim() : '';
  }

  it("renders and works under default-src 'self'; script-src 'self'; style-src 'self': no script violation", async () => {
    const win = await openPage(`${PAGES}/csp.html`);
    await exercise(win);
    expect(scriptViolations(win)).to.deep.equal([]);
    expect(win.__timelineEvents.filter((e) => e.type === 'timeline-error')).to.deep.equal([]);
  });

  it("renders and works with Trusted Types enforced (require-trusted-types-for 'script'): no script violation", async () => {
    const win = await openPage(`${PAGES}/csp-tt.html`);
    await exercise(win);
    expect(scriptViolations(win)).to.deep.equal([]);
  });

  // Found by this suite and fixed (was a BUG): every element bound with `style=${styleMap(...)}` (src/render/card.ts, src/render/glyphs.ts,
  // src/render/legend.ts, src/render/rail.ts) produces a `style-src-attr` violation under
  // `style-src 'self'`: Lit's styleMap writes its first value as a `style` *attribute* (even `{}`
  // writes style=""), which the policy blocks. 18+ violations per page, and category colours from the
  // data (`--c`) are silently dropped on strict pages. SPEC §5 promises no inline style attributes.
  // Expected: zero violations and the data colour applied, e.g. set `--c` through the CSSOM
  // (`element.style.setProperty`, allowed by CSP) in a small directive, or generate per-category
  // rules into a constructable stylesheet (colours are already validated by readColor).
  it('under the strict policies there is no violation at all, and data colours still apply', async () => {
    for (const page of ['csp.html', 'csp-tt.html']) {
      const win = await openPage(`${PAGES}/${page}`);
      await exercise(win);
      expect(await dataColour(win), page).to.equal('#8a1538');
      expect(win.__violations, page).to.deep.equal([]);
    }
  });

  it('the built single-file bundle renders and works under the strict policy (when dist/ is built)', async function () {
    const bundle = await fetch('/dist/relations-timeline.bundle.js', {method: 'HEAD'});
    if (!bundle.ok) this.skip(); // `npm test` builds it first; run alone, the tests may find no build
    const win = await openPage(`${PAGES}/csp-bundle.html`);
    await until(() => win.__timelineEvents.some((e) => e.type === 'timeline-load'), 'timeline-load');
    win.__timelineEvents.push({type: 'timeline-load', detail: 'counted twice: one timeline on this page'});
    await exercise(win);
    expect(scriptViolations(win)).to.deep.equal([]);
  });
});
