import {expect} from '@open-wc/testing';
import {
  describe as describeValue,
  isRecord,
  ProblemList,
  readColor,
  readText,
  readTextList,
  trimText,
  warnUnknownFields,
} from '../../src/data/read-fields.js';

describe('ProblemList', () => {
  it('new ProblemList() starts empty', () => {
    expect(new ProblemList().items).to.deep.equal([]);
  });

  it('problems.error(path, message) and problems.warn(path, message) record in order, with severity', () => {
    const problems = new ProblemList();
    problems.warn('events[0].foo', 'unknown field "foo" is ignored');
    problems.error('events[1].date', 'is required');
    expect(problems.items).to.deep.equal([
      {path: 'events[0].foo', message: 'unknown field "foo" is ignored', severity: 'warning'},
      {path: 'events[1].date', message: 'is required', severity: 'error'},
    ]);
  });
});

describe('isRecord', () => {
  it('isRecord(value) is true for plain objects, including ones without a prototype', () => {
    expect(isRecord({})).to.equal(true);
    expect(isRecord({a: 1})).to.equal(true);
    expect(isRecord(Object.create(null))).to.equal(true);
  });

  it('isRecord(value) is false for null, arrays and primitives', () => {
    for (const value of [null, undefined, [], [1], 'text', 42, true, 0n]) {
      expect(isRecord(value), String(value)).to.equal(false);
    }
  });
});

describe('describe', () => {
  it('describe(value) quotes strings as JSON', () => {
    expect(describeValue('2021-13-01')).to.equal('"2021-13-01"');
    expect(describeValue('')).to.equal('""');
    expect(describeValue('say "hi"\n')).to.equal('"say \\"hi\\"\\n"');
  });

  it('describe(value) cuts strings after 40 characters with an ellipsis', () => {
    const long = 'a'.repeat(45);
    expect(describeValue(long)).to.equal(`"${'a'.repeat(40)}…"`);
    expect(describeValue('b'.repeat(40))).to.equal(`"${'b'.repeat(40)}"`);
  });

  it('describe(value) names other types with an article and shows numbers and booleans', () => {
    expect(describeValue(null)).to.equal('null');
    expect(describeValue([])).to.equal('an array');
    expect(describeValue([1, 2])).to.equal('an array');
    expect(describeValue(42)).to.equal('a number (42)');
    expect(describeValue(1.5)).to.equal('a number (1.5)');
    expect(describeValue(NaN)).to.equal('a number (NaN)');
    expect(describeValue(true)).to.equal('a boolean (true)');
    expect(describeValue(false)).to.equal('a boolean (false)');
    expect(describeValue({})).to.equal('an object');
  });

  it('describe(value) writes "undefined" and "a function" rather than "an undefined" or "an function"', () => {
    expect(describeValue(undefined)).to.equal('undefined');
    expect(describeValue(() => 1)).to.equal('a function');
    expect(describeValue(1n)).to.equal('a bigint');
    expect(describeValue(Symbol('x'))).to.equal('a symbol');
  });
});

describe('warnUnknownFields', () => {
  it('warnUnknownFields(fields, known, path, problems) warns about each unknown own key', () => {
    const problems = new ProblemList();
    warnUnknownFields({title: 'x', foo: 1, bar: 2}, new Set(['title']), 'eras[0]', problems);
    expect(problems.items).to.deep.equal([
      {path: 'eras[0].foo', message: 'unknown field "foo" is ignored', severity: 'warning'},
      {path: 'eras[0].bar', message: 'unknown field "bar" is ignored', severity: 'warning'},
    ]);
  });

  it('warnUnknownFields(fields, known, "", problems) uses the bare key as the path at the top level', () => {
    const problems = new ProblemList();
    warnUnknownFields({foo: 1}, new Set(), '', problems);
    expect(problems.items).to.deep.equal([
      {path: 'foo', message: 'unknown field "foo" is ignored', severity: 'warning'},
    ]);
  });

  it('warnUnknownFields(fields, known, path, problems) ignores inherited keys and reports "__proto__" as a key', () => {
    const problems = new ProblemList();
    const fields = Object.create({inherited: 1}) as Record<string, unknown>;
    warnUnknownFields(fields, new Set(), 'x', problems);
    expect(problems.items).to.deep.equal([]);
    warnUnknownFields(JSON.parse('{"__proto__": {"polluted": 1}}'), new Set(), 'x', problems);
    expect(problems.items).to.deep.equal([
      {path: 'x.__proto__', message: 'unknown field "__proto__" is ignored', severity: 'warning'},
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('warnUnknownFields(fields, known, path, problems) says nothing when every key is known', () => {
    const problems = new ProblemList();
    warnUnknownFields({url: 'x', alt: 'y'}, new Set(['url', 'alt', 'credit']), 'image', problems);
    expect(problems.items).to.deep.equal([]);
  });
});

describe('readText', () => {
  it('readText(fields, key, path, problems) returns the trimmed text', () => {
    const problems = new ProblemList();
    expect(readText({title: '  Treaty \n'}, 'title', 'events[0]', problems)).to.equal('Treaty');
    expect(problems.items).to.deep.equal([]);
  });

  it('readText(fields, key, path, problems) reads a number as text', () => {
    const problems = new ProblemList();
    expect(readText({title: 2021}, 'title', 'events[0]', problems)).to.equal('2021');
    expect(problems.items).to.deep.equal([]);
  });

  it('readText(fields, key, path, problems) returns undefined silently for a missing optional field', () => {
    const problems = new ProblemList();
    expect(readText({}, 'summary', 'events[0]', problems)).to.equal(undefined);
    expect(readText({summary: null}, 'summary', 'events[0]', problems)).to.equal(undefined);
    expect(readText({summary: '   '}, 'summary', 'events[0]', problems)).to.equal(undefined);
    expect(problems.items).to.deep.equal([]);
  });

  it('readText(fields, key, path, problems) warns about a wrong type in an optional field', () => {
    const problems = new ProblemList();
    expect(readText({summary: {}}, 'summary', 'events[2]', problems)).to.equal(undefined);
    expect(readText({summary: ['a']}, 'summary', 'events[2]', problems)).to.equal(undefined);
    expect(readText({summary: false}, 'summary', 'events[2]', problems)).to.equal(undefined);
    expect(problems.items).to.deep.equal([
      {path: 'events[2].summary', message: 'expected text, got an object', severity: 'warning'},
      {path: 'events[2].summary', message: 'expected text, got an array', severity: 'warning'},
      {path: 'events[2].summary', message: 'expected text, got a boolean (false)', severity: 'warning'},
    ]);
  });

  it('readText(fields, key, path, problems, true) reports a missing, empty or mistyped required field as an error', () => {
    const problems = new ProblemList();
    expect(readText({}, 'title', 'events[1]', problems, true)).to.equal(undefined);
    expect(readText({title: null}, 'title', 'events[1]', problems, true)).to.equal(undefined);
    expect(readText({title: ' '}, 'title', 'events[1]', problems, true)).to.equal(undefined);
    expect(readText({title: {}}, 'title', 'events[1]', problems, true)).to.equal(undefined);
    expect(problems.items).to.deep.equal([
      {path: 'events[1].title', message: 'is required', severity: 'error'},
      {path: 'events[1].title', message: 'is required', severity: 'error'},
      {path: 'events[1].title', message: 'is empty', severity: 'error'},
      {path: 'events[1].title', message: 'expected text, got an object', severity: 'error'},
    ]);
  });

  it('readText(fields, key, "", problems) uses the bare key as the path at the top level', () => {
    const problems = new ProblemList();
    readText({title: 5n}, 'title', '', problems);
    expect(problems.items).to.deep.equal([
      {path: 'title', message: 'expected text, got a bigint', severity: 'warning'},
    ]);
  });

  it('readText(fields, "toString", path, problems) does not return an inherited method as text', () => {
    const problems = new ProblemList();
    expect(readText({}, 'toString', 'x', problems)).to.equal(undefined);
    expect(problems.items).to.deep.equal([
      {path: 'x.toString', message: 'expected text, got a function', severity: 'warning'},
    ]);
  });
});

describe('readTextList', () => {
  it('readTextList(fields, key, path, problems) returns trimmed, non-empty strings', () => {
    const problems = new ProblemList();
    expect(readTextList({actors: [' IN ', 'RU']}, 'actors', 'events[0]', problems)).to.deep.equal([
      'IN',
      'RU',
    ]);
    expect(problems.items).to.deep.equal([]);
  });

  it('readTextList(fields, key, path, problems) reads a lone string as a one-item list', () => {
    const problems = new ProblemList();
    expect(readTextList({actors: ' IN '}, 'actors', 'events[0]', problems)).to.deep.equal(['IN']);
    expect(readTextList({actors: '  '}, 'actors', 'events[0]', problems)).to.deep.equal([]);
    expect(problems.items).to.deep.equal([]);
  });

  it('readTextList(fields, key, path, problems) returns [] silently when absent or null', () => {
    const problems = new ProblemList();
    expect(readTextList({}, 'tags', 'events[0]', problems)).to.deep.equal([]);
    expect(readTextList({tags: null}, 'tags', 'events[0]', problems)).to.deep.equal([]);
    expect(problems.items).to.deep.equal([]);
  });

  it('readTextList(fields, key, path, problems) warns about a value that is not a list', () => {
    const problems = new ProblemList();
    expect(readTextList({tags: 7}, 'tags', 'events[4]', problems)).to.deep.equal([]);
    expect(readTextList({tags: {a: 1}}, 'tags', 'events[4]', problems)).to.deep.equal([]);
    expect(problems.items).to.deep.equal([
      {path: 'events[4].tags', message: 'expected a list of text, got a number (7)', severity: 'warning'},
      {path: 'events[4].tags', message: 'expected a list of text, got an object', severity: 'warning'},
    ]);
  });

  it('readTextList(fields, key, path, problems) skips and warns about each bad item', () => {
    const problems = new ProblemList();
    const list = readTextList({actors: ['IN', 3, '', null, ['RU'], 'RU']}, 'actors', 'events[0]', problems);
    expect(list).to.deep.equal(['IN', 'RU']);
    expect(problems.items).to.deep.equal([
      {path: 'events[0].actors[1]', message: 'expected text, got a number (3)', severity: 'warning'},
      {path: 'events[0].actors[2]', message: 'expected text, got ""', severity: 'warning'},
      {path: 'events[0].actors[3]', message: 'expected text, got null', severity: 'warning'},
      {path: 'events[0].actors[4]', message: 'expected text, got an array', severity: 'warning'},
    ]);
  });
});

describe('readColor', () => {
  const read = (color: unknown) => {
    const problems = new ProblemList();
    const value = readColor({color}, 'color', 'actors.IN', problems);
    return {value, problems: problems.items};
  };

  it('readColor(fields, key, path, problems) accepts hex colours of 3, 4, 6 and 8 digits', () => {
    for (const color of ['#abc', '#ABCD', '#1f77b4', '#1F77B480']) {
      expect(read(color), color).to.deep.equal({value: color, problems: []});
    }
  });

  it('readColor(fields, key, path, problems) accepts colour names and colour functions of numbers', () => {
    const colors = [
      'rebeccapurple',
      'red',
      'transparent',
      'rgb(31, 119, 180)',
      'rgba(31,119,180,0.5)',
      'rgb(0 0 0 / 50%)',
      'hsl(210 50% 40%)',
      'oklch(0.7 0.1 200)',
      'lab(50% -20 30)',
    ];
    for (const color of colors) expect(read(color), color).to.deep.equal({value: color, problems: []});
  });

  it('readColor(fields, key, path, problems) trims the colour', () => {
    expect(read('  #1f77b4 ').value).to.equal('#1f77b4');
  });

  it('readColor(fields, key, path, problems) refuses anything that could carry CSS or a URL', () => {
    const bad = [
      '#12',
      '#12345',
      '#1234567',
      '#ggg',
      'url(javascript:alert(1))',
      'red; background: url(https://evil.example/x)',
      'red}body{display:none',
      'var(--x)',
      'expression(alert(1))',
      'rgb(1,2,3) red',
      'rgb(1,2,3',
      'calc(1)',
      're',
      'a-very-long-colour-name-that-is-not-real',
    ];
    for (const color of bad) {
      expect(read(color), color).to.deep.equal({
        value: undefined,
        problems: [
          {
            path: 'actors.IN.color',
            message: `${JSON.stringify(color.length > 40 ? `${color.slice(0, 40)}…` : color)} is not a colour (use e.g. "#1f77b4")`,
            severity: 'warning',
          },
        ],
      });
    }
  });

  it('readColor(fields, key, path, problems) warns about a colour that is not text', () => {
    expect(read(255)).to.deep.equal({
      value: undefined,
      problems: [
        {path: 'actors.IN.color', message: '"255" is not a colour (use e.g. "#1f77b4")', severity: 'warning'},
      ],
    });
    expect(read({r: 1})).to.deep.equal({
      value: undefined,
      problems: [{path: 'actors.IN.color', message: 'expected text, got an object', severity: 'warning'}],
    });
  });

  it('readColor(fields, key, path, problems) returns undefined silently when there is no colour', () => {
    expect(read(undefined)).to.deep.equal({value: undefined, problems: []});
    expect(read('')).to.deep.equal({value: undefined, problems: []});
  });
});

describe('trimText', () => {
  // Every white space and line terminator that String#trim removes, at either end.
  const spaces = [
    '\t',
    '\n',
    '\v',
    '\f',
    '\r',
    ' ',
    '\u00a0',
    '\u1680',
    '\u2000',
    '\u200a',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
  ];

  it('trimText(text) is text.trim() for white space of every kind at either end', () => {
    for (const space of spaces) {
      for (const text of [
        `${space}x`,
        `x${space}`,
        `${space}x y${space}`,
        space,
        `${space}${space}`,
        `a${space}b`,
      ]) {
        expect(trimText(text), JSON.stringify(text)).to.equal(text.trim());
      }
    }
  });

  it('trimText(text) is text.trim() for text that begins or ends with any character', () => {
    for (let code = 0; code < 0x3100; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`${char}ab`, `ab${char}`, char]) {
        if (trimText(text) !== text.trim()) expect.fail(`trimText(${JSON.stringify(text)})`);
      }
    }
    for (const text of ['', 'a', 'ab', '"quoted"', '~x~', '\u0085x\u0085', 'é', '🎉 x 🎉']) {
      expect(trimText(text), JSON.stringify(text)).to.equal(text.trim());
    }
  });
});

describe('readTextList: clean lists', () => {
  it('readTextList(fields, key, path, problems) copies a clean list rather than returning it', () => {
    const actors = ['IN', 'RU', 'SU'];
    const list = readTextList({actors}, 'actors', 'events[0]', new ProblemList());
    expect(list).to.deep.equal(['IN', 'RU', 'SU']);
    expect(list).to.not.equal(actors);
    list.push('US');
    expect(actors).to.deep.equal(['IN', 'RU', 'SU']);
  });

  it('readTextList(fields, key, path, problems) trims items with white space of any kind at either end', () => {
    const problems = new ProblemList();
    const list = readTextList({tags: ['a', '\u00a0b', 'c\u3000', '\ufeffd', 'e\n']}, 'tags', 'x', problems);
    expect(list).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(problems.items).to.deep.equal([]);
  });

  it('readTextList(fields, key, path, problems) skips holes in a sparse list silently, as before', () => {
    const problems = new ProblemList();
    // eslint-disable-next-line no-sparse-arrays
    const list = readTextList({tags: ['a', , 'b', undefined]}, 'tags', 'events[2]', problems);
    expect(list).to.deep.equal(['a', 'b']);
    expect(problems.items).to.deep.equal([
      {path: 'events[2].tags[3]', message: 'expected text, got undefined', severity: 'warning'},
    ]);
  });
});
