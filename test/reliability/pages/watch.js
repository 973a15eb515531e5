// Loaded first by every strict test page (a classic script from 'self', so
// the policy allows it): records each Content-Security-Policy or Trusted
// Types violation, and the timeline's events, for the test in the parent.
(function () {
  const violations = [];
  const events = [];
  window.__violations = violations;
  window.__timelineEvents = events;
  window.addEventListener(
    'securitypolicyviolation',
    (event) => {
      violations.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    },
    true
  );
  for (const type of ['timeline-load', 'timeline-error', 'timeline-select', 'timeline-rangechange']) {
    document.addEventListener(type, (event) => {
      events.push({type, detail: JSON.parse(JSON.stringify(event.detail))});
    });
  }
})();
