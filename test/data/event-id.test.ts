import {expect} from '@open-wc/testing';
import {createIdAllocator, deriveEventId, slugify, unicodeSlug} from '../../src/data/event-id.js';

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

describe('slugify: the ASCII fast path', () => {
  // Titles the fast path reads (plain ASCII) and titles it must leave to the Unicode path, all compared with it.
  const ascii = [
    'Talks on trade',
    'Annual summit: focus on counter-terrorism',
    'First India–Russia 2+2 dialogue'.replace('–', '-'),
    '  Bulganin and Khrushchev tour India!  ',
    '---Leading, trailing--- and (inner) punctuation...',
    'UPPER lower MiXeD 123 4x4',
    'tab\tnew\nline\r\0control\u0001chars',
    'under_score & "quotes" / slash \\ back',
    '',
    '   ',
    '!!!',
    'a',
    `${'x'.repeat(47)} y`,
    `${'x'.repeat(48)} y`,
    `${'x'.repeat(48)}`,
    `${'x'.repeat(49)}`,
    `${'x'.repeat(200)} tail`,
    `ab ${'x'.repeat(45)}`,
    `ab ${'x'.repeat(46)}`,
    `ab ${'x'.repeat(44)} c`,
    'Indo-Soviet Treaty of Peace, Friendship and Cooperation',
    'one two three four five six seven eight nine ten eleven twelve',
    Array.from({length: 400}, (_, i) => `word${i}`).join(' '),
  ];
  const unicode = [
    'Visite à Moscou',
    'मोदी की यात्रा',
    'Визит',
    'Café Zürich Ñandú ﬁnance',
    'Pérez Cuéllar',
    'Talks on trade — New Delhi',
    'non\u00a0breaking space',
    'e\u0301 combining mark',
    'ﬁ ligature',
    'emoji 🎉 party',
    'ª º ½ ²',
    'İstanbul',
    `${'x'.repeat(47)} é`,
    `${'x'.repeat(60)}é`,
  ];

  it('slugify(text) gives the same slug as the Unicode path for plain ASCII titles', () => {
    for (const title of ascii) expect(slugify(title), JSON.stringify(title)).to.equal(unicodeSlug(title));
  });

  it('slugify(text) gives the Unicode path’s slug for every title that is not plain ASCII', () => {
    for (const title of unicode) expect(slugify(title), JSON.stringify(title)).to.equal(unicodeSlug(title));
    expect(slugify('Visite à Moscou')).to.equal('visite-a-moscou');
    expect(slugify('मोदी की यात्रा')).to.equal('मोदी-की-यात्रा');
    expect(slugify('Визит')).to.equal('визит');
    expect(slugify(`${'x'.repeat(47)} é`)).to.equal('x'.repeat(47));
    expect(slugify(`${'x'.repeat(47)}é`)).to.equal(`${'x'.repeat(47)}e`);
  });

  it('slugify(text) keeps whole words up to 48 characters: a word ending at 48 fits, one past it does not', () => {
    expect(slugify(`${'x'.repeat(46)} y`)).to.equal(`${'x'.repeat(46)}-y`);
    expect(slugify(`${'x'.repeat(47)} y`)).to.equal('x'.repeat(47));
    expect(slugify(`ab ${'x'.repeat(45)} c`)).to.equal(`ab-${'x'.repeat(45)}`);
    expect(slugify(`${'x'.repeat(200)} tail`)).to.equal('x'.repeat(48));
  });

  it('slugify(text) gives the same slugs for random ASCII and mixed titles as the Unicode path', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const pieces = [
      'a',
      'B',
      'z',
      '0',
      '9',
      ' ',
      '  ',
      '-',
      '_',
      '.',
      ',',
      '!',
      "'",
      '(',
      ')',
      'é',
      'я',
      'ß',
      'ﬁ',
    ];
    for (let n = 0; n < 2000; n++) {
      let title = '';
      const length = Math.floor(random() * 70);
      for (let i = 0; i < length; i++) title += pieces[Math.floor(random() * (n % 2 ? 15 : pieces.length))];
      expect(slugify(title), JSON.stringify(title)).to.equal(unicodeSlug(title));
    }
  });
});

describe('deriveEventId: the one-piece fast path', () => {
  /** The id as first written: the date's digits and the title's slug, joined (independent of the fast path). */
  function reference(date: string, title: string): string {
    const trimmed = date.trim().toLowerCase();
    const digits = trimmed.replace(/[^0-9x]+/g, '-').replace(/^-+|-+$/g, '');
    const datePart = trimmed.startsWith('-') && digits ? `-${digits}` : digits;
    return [datePart, unicodeSlug(title)].filter(Boolean).join('-') || 'event';
  }

  it('deriveEventId(date, title) matches the reference for plain and other dates, ASCII and other titles', () => {
    const dates = [
      '1971-08-09',
      '1971-08',
      '1971',
      '0044',
      '-0044',
      ' 1971 ',
      '1971--08',
      '1971-',
      '-1971',
      '1971-08-09~',
      '2001-21',
      '198X',
      'Y12345',
      '2021-12-06T10:30Z',
      '',
      '?',
      '12',
      '0-0',
      '1-2-3-4',
    ];
    const titles = [
      'Indo-Soviet Treaty',
      '',
      '!!!',
      'Visite à Moscou',
      'मोदी की यात्रा',
      'Визит',
      '08 talks',
      `${'x'.repeat(47)} yz`,
      `${'x'.repeat(60)}`,
      'Annual summit: focus on trade',
    ];
    for (const date of dates) {
      for (const title of titles) {
        expect(deriveEventId(date, title), `${date} | ${title}`).to.equal(reference(date, title));
      }
    }
  });

  it('deriveEventId(date, title) uses the date alone when the title has no letters or digits', () => {
    expect(deriveEventId('1971-08-09', ' — ')).to.equal('1971-08-09');
    expect(deriveEventId('1971-08-09', '')).to.equal('1971-08-09');
  });

  it('deriveEventId(date, title) limits the title part, not the date part, to 48 characters', () => {
    expect(deriveEventId('1971-08-09', `${'x'.repeat(46)} y`)).to.equal(`1971-08-09-${'x'.repeat(46)}-y`);
    expect(deriveEventId('1971-08-09', `${'x'.repeat(47)} y`)).to.equal(`1971-08-09-${'x'.repeat(47)}`);
    expect(deriveEventId('1971-08-09', `${'x'.repeat(60)}`)).to.equal(`1971-08-09-${'x'.repeat(48)}`);
  });

  it('deriveEventId(date, title) copes with a date of any length, as the general path does', () => {
    const digits = '1'.repeat(200_000);
    expect(deriveEventId(digits, 'Talks')).to.equal(`${digits}-talks`);
    expect(deriveEventId(`${'12-'.repeat(40)}1`, 'Talks')).to.equal(`${'12-'.repeat(40)}1-talks`);
  });

  it('deriveEventId(date, title) gives the same id when called again after a longer one', () => {
    const long = deriveEventId('1971-08-09', 'a b c d e f g h i j k l m n o p q r s t u v w x y z');
    expect(deriveEventId('1971', 'Short')).to.equal('1971-short');
    expect(deriveEventId('1971-08-09', 'a b c d e f g h i j k l m n o p q r s t u v w x y z')).to.equal(long);
    expect(slugify('ab')).to.equal('ab');
  });
});
