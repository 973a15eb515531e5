/**
 * The strict test pages' module: registers `<relations-timeline>` from the
 * source (served through esbuild by the test server, no eval) and adds a
 * second timeline whose data comes from a property, so both ways are tried.
 */
import '../../../src/relations-timeline.js';

const second = document.createElement('relations-timeline');
second.id = 'from-property';
second.lang = 'en-GB';
second.data = {
  title: 'From a property',
  categories: {summit: {label: 'Summits', color: '#8a1538'}},
  eras: [{start: '1990', end: '2000', title: 'The nineties'}],
  events: [
    {id: 'p1', date: '1993-01-28', title: 'Treaty of Friendship and Cooperation', category: 'summit'},
    {id: 'p2', date: '2000-10-03', title: 'Strategic partnership', category: 'summit', importance: 3},
  ],
};
document.body.append(second);
