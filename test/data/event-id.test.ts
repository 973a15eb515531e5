import {expect} from '@open-wc/testing';
import {createIdAllocator, deriveEventId, slugify} from '../../src/data/event-id.js';

describe('slugify', () => {
  it('slugify(text) joins lower-case words with hyphens', () => {
    expect(slugify('First India–Russia 2+2 dialogue')).to.equal('first-india-russia-2-2-dialogue');
    expect(slugify('  Bulganin and Khrushchev tour India!  ')).to.equal('bulganin-and-khrushchev-tour-india');
  });

  it('slugify(text) stops at whole words within 48 characters', () => {
    const slug = slugify('Indo-Soviet Treaty of Peace, Friendship and Cooperation');
    expect(slug).to.equal('indo-soviet-treaty-of-peace-friendship-and');
    expect(slug.length).to.be.at.most(48);
  });

  it('slugify(text) cuts a single word longer than 48 characters', () => {
    expect(slugify('a'.repeat(60))).to.equal('a'.repeat(48));
    expect(slugify(`${'b'.repeat(50)} tail`)).to.equal('b'.repeat(48));
  });

  it('slugify(text) strips Latin diacritics and folds compatibility characters', () => {
    expect(slugify('Café Zürich Ñandú ﬁnance')).to.equal('cafe-zurich-nandu-finance');
  });

  it('slugify(text) keeps letters of other scripts', () => {
    expect(slugify('Договор о дружбе и сотрудничестве')).to.equal('договор-о-дружбе-и-сотрудничестве');
    expect(slugify('Россия')).to.equal('россия');
  });

  it('slugify(text) keeps Devanagari vowel signs, which are parts of the words, and strips Latin accents', () => {
    expect(slugify('भारत रूस शिखर सम्मेलन')).to.equal('भारत-रूस-शिखर-सम्मेलन');
    expect(slugify('Pérez Cuéllar')).to.equal('perez-cuellar');
  });

  it('slugify(text) is empty when there are no letters or digits', () => {
    expect(slugify('')).to.equal('');
    expect(slugify('  !!! — … ')).to.equal('');
  });
});

describe('deriveEventId', () => {
  it('deriveEventId(date, title) joins the date and the title slug', () => {
    expect(deriveEventId('1971-08-09', 'Indo-Soviet Treaty')).to.equal('1971-08-09-indo-soviet-treaty');
    expect(deriveEventId('1971-08', 'Treaty')).to.equal('1971-08-treaty');
  });

  it('deriveEventId(date, title) drops qualifiers and surrounding space from the date', () => {
    expect(deriveEventId(' 1990~ ', 'Trade')).to.equal('1990-trade');
    expect(deriveEventId('2009-06-16?', 'First BRIC summit')).to.equal('2009-06-16-first-bric-summit');
    expect(deriveEventId('1990%', 'x')).to.equal('1990-x');
  });

  it('deriveEventId(date, title) keeps unspecified digits and the minus of negative years', () => {
    expect(deriveEventId('198X', 'Decade')).to.equal('198x-decade');
    expect(deriveEventId('-0043-03-15', 'Ides of March')).to.equal('-0043-03-15-ides-of-march');
  });

  it('deriveEventId(date, title) drops the "Y" of long years and turns the T, colons and zone of times into hyphens', () => {
    expect(deriveEventId('Y12345', 'Far future')).to.equal('12345-far-future');
    expect(deriveEventId('2021-12-06T10:30Z', 'Talks')).to.equal('2021-12-06-10-30-talks');
  });

  it('deriveEventId(date, title) falls back to the date alone, then to "event"', () => {
    expect(deriveEventId('1971', '')).to.equal('1971');
    expect(deriveEventId('1971', '!!!')).to.equal('1971');
    expect(deriveEventId('', 'Treaty')).to.equal('treaty');
    expect(deriveEventId('', '')).to.equal('event');
    expect(deriveEventId('?', '—')).to.equal('event');
  });

  it('deriveEventId(date, title) is the same for the same input', () => {
    expect(deriveEventId('2021-12-06', '21st annual summit, New Delhi')).to.equal(
      deriveEventId('2021-12-06', '21st annual summit, New Delhi')
    );
    expect(deriveEventId('2021-12-06', '21st annual summit, New Delhi')).to.equal(
      '2021-12-06-21st-annual-summit-new-delhi'
    );
  });
});

describe('createIdAllocator', () => {
  it('createIdAllocator(taken)(base) returns the base when it is free', () => {
    const allocate = createIdAllocator(new Set());
    expect(allocate('1971-treaty')).to.equal('1971-treaty');
  });

  it('createIdAllocator(taken)(base) numbers repeats from -2', () => {
    const allocate = createIdAllocator(new Set());
    expect(['a', 'a', 'a', 'b', 'a'].map(allocate)).to.deep.equal(['a', 'a-2', 'a-3', 'b', 'a-4']);
  });

  it('createIdAllocator(taken)(base) avoids the taken ids', () => {
    const allocate = createIdAllocator(new Set(['a', 'a-2']));
    expect(allocate('a')).to.equal('a-3');
    expect(allocate('a-2')).to.equal('a-2-2');
    expect(allocate('c')).to.equal('c');
  });

  it('createIdAllocator(taken) does not change the taken set', () => {
    const taken = new Set(['a']);
    const allocate = createIdAllocator(taken);
    allocate('a');
    allocate('b');
    expect([...taken]).to.deep.equal(['a']);
  });

  it('createIdAllocator(taken) gives each allocator its own memory', () => {
    const first = createIdAllocator(new Set());
    const second = createIdAllocator(new Set());
    expect(first('x')).to.equal('x');
    expect(second('x')).to.equal('x');
    expect(first('x')).to.equal('x-2');
  });
});
