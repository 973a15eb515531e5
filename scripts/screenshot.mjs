// Screenshots of a page in the system Chromium, for looking at what we build.
// Usage: node scripts/screenshot.mjs URL OUT.png [width=1280] [height=800] [light|dark] [script.js]
// SELECTOR=relations-timeline shoots one element instead of the full page; VIEWPORT=1 only the viewport.
import puppeteer from 'puppeteer-core';
import {readFile} from 'node:fs/promises';
import {chromiumArgs, chromiumPath} from './chromium.mjs';

const [url, out, width = '1280', height = '800', scheme = 'light', scriptFile] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.setViewport({width: Number(width), height: Number(height), deviceScaleFactor: 1});
  await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
  await page.goto(url, {waitUntil: 'networkidle0'});
  await new Promise((r) => setTimeout(r, 400));
  if (scriptFile) {
    const code = await readFile(scriptFile, 'utf8');
    await page.evaluate(code);
    await new Promise((r) => setTimeout(r, 800));
  }
  const selector = process.env.SELECTOR;
  const target = selector ? await page.$(selector) : null;
  if (target) await target.screenshot({path: out});
  else await page.screenshot({path: out, fullPage: process.env.VIEWPORT !== '1'});
} finally {
  await browser.close();
}
