// The check scripts' shared tally: each check prints `ok` or `FAIL`, and the
// run ends with the plain line CI reads, `tests: N passed, M failed`.

export function createChecks() {
  let passed = 0;
  let failed = 0;
  return {
    /** Records one check; returns whether it passed. */
    check(name, ok, detail = '') {
      if (ok) passed++;
      else failed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `: ${detail}` : ''}`);
      return ok;
    },
    /** Prints the tally and exits: non-zero when any check failed. */
    finish() {
      console.log(`\ntests: ${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}
