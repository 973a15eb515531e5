// Screenshots of our element on the bench's synthetic events before, during and after a
// ctrl+wheel zoom, to compare the canvas preview of a gesture with the SVG drawn after it:
//   node bench/preview-shots.mjs [N=3000] [light|dark]   → /tmp/shot-{before,during,after}.png
import {spawnSync} from 'node:child_process';
import {readFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {inputFor} from './generate-events.mjs';
import {startServer} from './server.mjs';
import {chromiumArgs, chromiumPath} from '../scripts/chromium.mjs';
const n = Number(process.argv[2] ?? 3000);
const scheme = process.argv[3] ?? 'light';
const out = mkdtempSync(join(tmpdir(), 'rt-shot-'));
spawnSync('npx', ['vite', 'build', '--mode', 'bundle', '--outDir', out], {stdio: 'ignore'});
const server = await startServer(
  process.cwd(),
  new Map([['events', inputFor('ours', n)]]),
  new Map([['/dist/relations-timeline.bundle.js', readFileSync(join(out, 'relations-timeline.bundle.js'))]])
);
const browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
const page = await browser.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.setViewport({width: 1280, height: 800});
await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
await page.goto(`${server.origin}/bench/pages/ours.html`);
await page.waitForFunction('window.benchReady === true');
await page.evaluate((t) => {
  document.querySelector('relations-timeline').setAttribute('theme', t);
}, scheme);
await page.evaluate((url) => window.bench.prepare(url), `${server.origin}/data/events.json`);
await page.evaluate(() => window.bench.render());
await new Promise((r) => setTimeout(r, 500));
const el = await page.$('relations-timeline');
await el.screenshot({path: '/tmp/shot-before.png'});
const box = await page.evaluate(() => window.bench.target());
await page.mouse.move(box.x + box.width / 2, box.y + 150);
await page.keyboard.down('Control');
for (let i = 0; i < 2; i++) {
  await page.mouse.wheel({deltaY: -3});
  await new Promise((r) => setTimeout(r, 16));
}
console.log(
  await page.evaluate(
    () => document.querySelector('relations-timeline').shadowRoot.querySelectorAll('.marks > g').length
  )
);
console.log(
  await page.evaluate(() =>
    document.querySelector('relations-timeline').shadowRoot.querySelector('svg.chart').getAttribute('class')
  )
);
await el.screenshot({path: '/tmp/shot-during.png'});
console.log(
  await page.evaluate(() =>
    document.querySelector('relations-timeline').shadowRoot.querySelector('svg.chart').getAttribute('class')
  )
);
await page.keyboard.up('Control');
await new Promise((r) => setTimeout(r, 500));
await el.screenshot({path: '/tmp/shot-after.png'});
console.log(
  await page.evaluate(() =>
    document.querySelector('relations-timeline').shadowRoot.querySelector('svg.chart').getAttribute('class')
  )
);
await browser.close();
await server.close();
