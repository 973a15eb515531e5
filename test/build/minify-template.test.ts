/**
 * The build's minifier of Lit template literals (build/minify-template.ts): white space and
 * comments go only where they are never seen; bindings, attribute values and text stay.
 */
import {expect} from '@open-wc/testing';
import {minifyCss, minifyHtml} from '../../build/minify-template.js';

describe('build: minifyCss', () => {
  it('collapses white space and drops comments, keeping what CSS needs', () => {
    const [out] = minifyCss([
      `
  /* tokens */
  :host {
    font-family: var(--rt-font, system-ui, 'Segoe UI', sans-serif);
    margin: 0 0 2px;
  }
  .a :hover,
  .b > .c {
    width: calc(100% - 2px);
  }
  @media (prefers-color-scheme: dark) {
    .d { color: red; }
  }
`,
    ]);
    expect(out).to.equal(
      ":host{font-family:var(--rt-font,system-ui,'Segoe UI',sans-serif);margin:0 0 2px}" +
        '.a :hover,.b > .c{width:calc(100% - 2px)}' +
        '@media (prefers-color-scheme:dark){.d{color:red}}'
    );
  });

  it('keeps the parts around bindings, and the last `;` of a fragment of declarations', () => {
    expect(minifyCss(['\n  --a: 1px;\n  --b: 2px;\n'])).to.deep.equal(['--a:1px;--b:2px;']);
    expect(minifyCss([':host {\n  ', '\n  display: block;\n}\n.x { margin: ', ' 2px; }'])).to.deep.equal([
      ':host{',
      ' display:block}.x{margin:',
      ' 2px}',
    ]);
  });

  it('keeps strings, url() and escapes as written', () => {
    const css = `.a::before { content: '  a ; b  '; background: url(data:x;y z); }\n.b { content: "\\201C  x"; }`;
    expect(minifyCss([css])).to.deep.equal([
      '.a::before{content:\'  a ; b  \';background:url(data:x;y z)}.b{content:"\\201C  x"}',
    ]);
  });

  it('leaves a stylesheet with an unclosed comment or string alone', () => {
    expect(minifyCss(['a { b: c; } /* x'])).to.deep.equal(['a { b: c; } /* x']);
    expect(minifyCss(["a { content: 'x }"])).to.deep.equal(["a { content: 'x }"]);
  });
});

describe('build: minifyHtml', () => {
  it('collapses white space inside tags, never inside attribute values', () => {
    expect(
      minifyHtml('html', ['<button\n    class="a  b"\n    title=', '\n    @click=', '\n  >x</button\n  >'])
    ).to.deep.equal(['<button class="a  b" title=', ' @click=', '>x</button>']);
    // Before `/>` the space stays: an unquoted value would take the slash.
    expect(minifyHtml('svg', ['<path d=', ' />'])).to.deep.equal(['<path d=', ' />']);
  });

  it('drops indentation next to block-level tags, keeps one space between inline ones', () => {
    expect(
      minifyHtml('html', [
        '<div class="state">\n  <h3>',
        '</h3>\n  <p>\n    <b>a</b>\n    <i>b</i>\n  </p>\n  ',
        '\n</div>',
      ])
    ).to.deep.equal(['<div class="state"><h3>', '</h3><p><b>a</b> <i>b</i></p>', '</div>']);
    expect(minifyHtml('html', ['<button>\n  ', '\n  ', '\n</button>'])).to.deep.equal([
      '<button> ',
      ' ',
      ' </button>',
    ]);
  });

  it('collapses line breaks in text to one space and keeps spaces written on one line', () => {
    expect(minifyHtml('html', ['<span>a</span\n  >\n    · ', '<b>  x  y </b>'])).to.deep.equal([
      '<span>a</span> · ',
      '<b>  x  y </b>',
    ]);
    expect(minifyHtml('html', ['<p>\n  Some text\n  on two lines.\n</p>'])).to.deep.equal([
      '<p>Some text on two lines.</p>',
    ]);
  });

  it('drops white space between SVG elements, but not inside <text>', () => {
    expect(
      minifyHtml('svg', ['<g class="x">\n  <rect></rect>\n  ', '\n  <text>\n  a\n  ', '\n  </text>\n</g>'])
    ).to.deep.equal(['<g class="x"><rect></rect>', '<text>\n  a\n  ', '\n  </text></g>']);
    expect(
      minifyHtml('html', [
        '<span>\n  <svg viewBox="0 0 1 1">\n    <path d=',
        '></path>\n  </svg>\n  x</span>',
      ])
    ).to.deep.equal(['<span> <svg viewBox="0 0 1 1"><path d=', '></path></svg> x</span>']);
  });

  it('keeps <pre> and <textarea> content, and drops comments', () => {
    expect(minifyHtml('html', ['<pre>\n  a\n    b\n</pre>\n<!-- note -->\n<p>x</p>'])).to.deep.equal([
      '<pre>\n  a\n    b\n</pre><p>x</p>',
    ]);
    expect(minifyHtml('html', ['<textarea>\n  <b>  </b>\n</textarea>'])).to.deep.equal([
      '<textarea>\n  <b>  </b>\n</textarea>',
    ]);
  });

  it('leaves templates it does not understand alone', () => {
    expect(minifyHtml('html', ['<div\n  class="x"'])).to.deep.equal(['<div\n  class="x"']);
    expect(minifyHtml('html', ['<!-- open\n<p>\n  x</p>'])).to.deep.equal(['<!-- open\n<p>\n  x</p>']);
  });

  it('keeps as many parts as bindings, and escapes as written', () => {
    const parts = ['<p>\\u00A0\n  ', '\\`\n  ', '<b>x</b>'];
    expect(minifyHtml('html', parts)).to.deep.equal(['<p>\\u00A0 ', '\\` ', '<b>x</b>']);
  });
});
