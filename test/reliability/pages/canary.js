// Things a strict page must block; each should be reported as a violation.
(function () {
  const results = {};
  window.__canary = results;
  try {
    results.eval = eval('1 + 1');
  } catch (error) {
    results.eval = error.name;
  }
  try {
    results.innerHTML = 'assigned';
    document.createElement('div').innerHTML = '<b>untrusted</b>';
  } catch (error) {
    results.innerHTML = error.name;
  }
})();
