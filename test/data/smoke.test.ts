import {expect} from '@open-wc/testing';
import {parsePartialDate} from '../../src/data/partial-date.js';

describe('smoke', () => {
  it('parses', () => {
    expect(parsePartialDate('1971-08').ok).to.equal(true);
  });
});
