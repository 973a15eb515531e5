import {expect} from '@open-wc/testing';
import {MAX_EVENTS, tooManyEvents} from '../../src/data/event-limit.js';

describe('tooManyEvents', () => {
  const events = (n: number) => Array.from({length: n}, () => ({date: '2021', title: 'Talks'}));

  it('accepts a dataset or a bare list up to the limit', () => {
    expect(tooManyEvents({events: events(3)}, 3)).to.equal(undefined);
    expect(tooManyEvents(events(3), 3)).to.equal(undefined);
  });

  it('refuses one event more, saying how many there are and what the limit is', () => {
    const problem = tooManyEvents({events: events(4)}, 3);
    expect(problem?.severity).to.equal('error');
    expect(problem?.path).to.equal('events');
    expect(problem?.message).to.match(/^has 4 events, more than the 3 one timeline can show/);
    expect(tooManyEvents(events(4), 3)?.message).to.contain('4 events');
  });

  it('writes large counts with separators', () => {
    expect(tooManyEvents(events(MAX_EVENTS + 1))?.message).to.contain(
      '200,001 events, more than the 200,000'
    );
  });

  it('leaves input that is not a list of events to the parser', () => {
    for (const input of [undefined, null, 42, 'text', {}, {events: 'many'}]) {
      expect(tooManyEvents(input, 0)).to.equal(undefined);
    }
  });
});
