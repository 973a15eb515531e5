// Prints one plain closing line, `tests: N passed, M failed, K skipped`, which CI reads.
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += session.errors.length;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
    },
  };
}
