// `npm test`: the browser tests, then each static check, as one run that ends
// with a single line CI reads: `tests: N passed, M failed`. Each check counts as a test.
import {spawn} from 'node:child_process';

const steps = [
  // First, so that the browser tests also try the single-file bundle just built (under a strict CSP).
  ['library build', 'npm', ['run', '--silent', 'build']],
  ['browser tests', 'npx', ['web-test-runner']],
  ['types (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['types of the iframe page (embed/, tsc)', 'npx', ['tsc', '-p', 'embed/tsconfig.json']],
  ['lint (eslint)', 'npx', ['eslint', '.']],
  ['format (prettier)', 'npx', ['prettier', '--check', '.']],
  ['manifest (custom-elements.json vs the code)', 'node', ['scripts/check-manifest.mjs']],
  ['README lists vs custom-elements.json', 'node', ['scripts/check-readme.mjs']],
  ['package contents (npm pack)', 'node', ['scripts/check-package.mjs']],
  ['installed tarball: plain HTML page, TypeScript, React', 'node', ['scripts/check-tarball.mjs']],
  ['typed usage: TS, React wrapper, React 19', 'npx', ['tsc', '-p', 'test/package/tsconfig.json']],
  ['typed usage: Preact JSX', 'npx', ['tsc', '-p', 'test/package/tsconfig.preact.json']],
  ['storybook build', 'npm', ['run', '--silent', 'build-storybook', '--', '--quiet']],
  // Fails above a budget: the target once met, until then a ratchet just above the size reached.
  ['size budgets (scripts/size.mjs)', 'node', ['scripts/size.mjs', '--enforce']],
];

function run(name, command, args) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
    let output = '';
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']});
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({code, output}));
  });
}

let passed = 0;
let failed = 0;
const failures = [];
for (const [name, command, args] of steps) {
  const {code, output} = await run(name, command, args);
  const counts = /^tests: (\d+) passed, (\d+) failed/m.exec(output);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    if (code !== 0 && Number(counts[2]) === 0) failed += 1;
  } else if (code === 0) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (code !== 0) failures.push(name);
}
if (failures.length) console.log(`\nfailed: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
