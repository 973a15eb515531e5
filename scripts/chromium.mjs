// The system Chromium every script and test drives (no browser is downloaded):
// `CHROME_PATH` names another binary. The flags run it headless as root on a
// machine with no outside network, where background requests would be refused.

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Headless Chromium 156 also starts two renderers for the omnibox popup's WebUI, whose start-up
  // work competes with the page for this machine's two cores (and misleads a trace's busiest thread).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
