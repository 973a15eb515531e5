// Every test runs in the system Chromium (no browser download): unit tests of
// the pure layers and element tests alike. Set CHROME_PATH to use another binary.
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {countReporter} from './test/support/count-reporter.js';
import {jsonModules} from './test/support/json-modules.js';
import {faultsMiddleware, strictPagesMiddleware} from './test/support/fault-server.js';
import {browserControlPlugin} from './test/support/browser-control.js';
import {chromiumArgs, chromiumPath} from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['development']},
  // Network faults for `src` under /__faults/… and CSP headers for /test/reliability/pages/ (issue #7).
  middleware: [faultsMiddleware(), strictPagesMiddleware()],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2022'}),
    // `import data from '…/x.json'` in stories and fixtures, as Vite allows.
    jsonModules(),
    // `set-timezone` (CDP Emulation.setTimezoneOverride) and `page-metrics` (CDP Performance metrics after a GC).
    browserControlPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: chromiumPath, args: chromiumArgs},
    }),
  ],
  // One page at a time: a background page gets no animation frames and no key focus.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter({reportTestResults: true, reportTestProgress: false}), countReporter()],
};
