// Server commands for the reliability tests (issue #7), run through the Chrome
// DevTools Protocol of the page that runs the test file:
//
// - `set-timezone` {timezoneId}: Emulation.setTimezoneOverride (`''` or none
//   restores the system zone). Date, Intl and getTimezoneOffset follow it.
// - `page-metrics`: a full garbage collection, then Performance.getMetrics
//   (live DOM nodes, JS event listeners, JS heap), for leak checks.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function browserControlPlugin() {
  const clients = new WeakMap();
  async function cdp(page) {
    let client = clients.get(page);
    if (!client) {
      client = await page.createCDPSession();
      await client.send('Performance.enable');
      clients.set(page, client);
    }
    return client;
  }
  return {
    name: 'reliability-browser-control',
    async executeCommand({command, payload, session}) {
      if (command !== 'set-timezone' && command !== 'page-metrics') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command} needs the Chrome launcher (got ${session.browser.type})`);
      }
      const page = session.browser.getPage(session.id);
      if (command === 'set-timezone') {
        const zone = payload && typeof payload.timezoneId === 'string' ? payload.timezoneId : '';
        await page.emulateTimezone(zone || undefined);
        return true;
      }
      const client = await cdp(page);
      await client.send('HeapProfiler.enable');
      await client.send('HeapProfiler.collectGarbage');
      await client.send('HeapProfiler.collectGarbage');
      await client.send('HeapProfiler.disable');
      const {metrics} = await client.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map(({name, value}) => [name, value]));
    },
  };
}
