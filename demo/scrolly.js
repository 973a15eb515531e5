// Scrollytelling: each step of the story moves the timeline (zoomTo) and opens its event (select).
// The timeline reports who changed it (`detail.source`), so the page ignores its own changes.
const timeline = document.querySelector('relations-timeline');
const steps = [...document.querySelectorAll('.step')];

function show(step) {
  for (const s of steps) s.classList.toggle('is-active', s === step);
  timeline.zoomTo(step.dataset.start, step.dataset.end);
  timeline.select(step.dataset.select);
}

let ready = false;
let pending;
timeline.addEventListener('timeline-load', () => {
  ready = true;
  if (pending) show(pending);
});

const observer = new IntersectionObserver(
  (entries) => {
    const visible = entries.filter((e) => e.isIntersecting).map((e) => e.target);
    if (!visible.length) return;
    pending = visible[visible.length - 1];
    if (ready) show(pending);
  },
  {rootMargin: '-45% 0px -45% 0px'}
);
for (const step of steps) observer.observe(step);
