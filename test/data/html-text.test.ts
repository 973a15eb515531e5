import {expect} from '@open-wc/testing';
import {decodeEntities, htmlToLine, htmlToText} from '../../src/data/html-text.js';

describe('decodeEntities', () => {
  it('decodeEntities(text) decodes the common named entities', () => {
    expect(decodeEntities('a &amp; b &lt;i&gt; &quot;q&quot; &#39;s&#39; &apos;x&apos; a&nbsp;b')).to.equal(
      "a & b <i> \"q\" 's' 'x' a b"
    );
  });

  it('decodeEntities(text) decodes decimal and hexadecimal numeric entities', () => {
    expect(decodeEntities('&#8212; &#x2014; &#X2014; &#128512;')).to.equal('— — — 😀');
  });

  it('decodeEntities(text) decodes once, so an escaped entity stays text', () => {
    expect(decodeEntities('&amp;lt;script&amp;gt;')).to.equal('&lt;script&gt;');
  });

  it('decodeEntities(text) replaces impossible code points and keeps unknown names', () => {
    expect(decodeEntities('&#0; &#xD800; &#x110000; &bogus; &amp')).to.equal(
      '\uFFFD \uFFFD \uFFFD &bogus; &amp'
    );
  });
});

describe('htmlToText', () => {
  it('htmlToText(html) turns paragraphs and line breaks into blank lines', () => {
    expect(htmlToText('<p>One</p><p>Two<br>Three<br/>Four</p>').text).to.equal('One\n\nTwo\n\nThree\n\nFour');
  });

  it('htmlToText(html) joins inline tags without adding spaces and collapses white space', () => {
    expect(htmlToText('Euclid&#39;s <i>Op</i>tica,\n  <b>c.</b>\t300 BC').text).to.equal(
      "Euclid's Optica, c. 300 BC"
    );
  });

  it('htmlToText(html) keeps blank lines of plain text as paragraph breaks', () => {
    expect(htmlToText('First line\nsame paragraph\r\n\r\nSecond').text).to.equal(
      'First line same paragraph\n\nSecond'
    );
  });

  it('htmlToText(html) drops <script> and <style> with their content', () => {
    expect(htmlToText('a<script>alert("x")</script>b<STYLE>p{}</STYLE >c<script>never closed').text).to.equal(
      'a b c'
    );
  });

  it('htmlToText(html) drops tags with event handlers, leaving inert text', () => {
    const {text, links} = htmlToText('<img src=x onerror="alert(1)">Hi <svg onload=alert(1)>there</svg>');
    expect(text).to.equal('Hi there');
    expect(links).to.deep.equal([]);
  });

  it('htmlToText(html) keeps escaped markup as visible text, never as tags', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;').text).to.equal('<script>alert(1)</script>');
  });

  it('htmlToText(html) keeps a lone < and drops comments, doctypes and unterminated tags', () => {
    expect(htmlToText('<!doctype html>1 < 2 <!-- hidden --> and 3 <4 <a href="x').text).to.equal(
      '1 < 2 and 3 <4'
    );
  });

  it('htmlToText(html) reads a > inside a quoted attribute as part of the tag', () => {
    expect(htmlToText('<a title="a > b" href=\'/x\'>link</a> after').text).to.equal('link after');
  });

  it('htmlToText(html) returns links with their text, decoding entities in href', () => {
    const {text, links} = htmlToText(
      '<p>See <a href="https://a.example/?x=1&amp;y=2">the <b>report</b></a> and <A HREF=http://b.example>B</A>.</p>'
    );
    expect(text).to.equal('See the report and B.');
    expect(links).to.deep.equal([
      {href: 'https://a.example/?x=1&y=2', text: 'the report'},
      {href: 'http://b.example', text: 'B'},
    ]);
  });

  it('htmlToText(html) returns links whatever their protocol (the caller checks them)', () => {
    expect(htmlToText('<a href="javascript:alert(1)">x</a><a name="anchor">no href</a>').links).to.deep.equal(
      [{href: 'javascript:alert(1)', text: 'x'}]
    );
  });

  it('htmlToText(html) closes a link left open at the next link or the end', () => {
    expect(htmlToText('<a href="/one">one <a href="/two">two').links).to.deep.equal([
      {href: '/one', text: 'one'},
      {href: '/two', text: 'two'},
    ]);
  });

  it('htmlToText(html) reads Markdown links as links', () => {
    expect(htmlToText('[Postcards](https://lib.example/postcards/), PG 9')).to.deep.equal({
      text: 'Postcards, PG 9',
      links: [{href: 'https://lib.example/postcards/', text: 'Postcards'}],
    });
  });

  it('htmlToText(html) reads long runs of brackets, quotes and entities in linear time', () => {
    expect(htmlToText('['.repeat(100_000)).text.length).to.equal(100_000);
    expect(htmlToText(`${'<a '.repeat(30_000)}${'"'.repeat(30_000)}`).text).to.equal('');
    expect(htmlToText('&#'.repeat(50_000)).text.length).to.equal(100_000);
  });

  it('htmlToText(html) returns empty text for markup only', () => {
    expect(htmlToText('<iframe src="https://x.example"></iframe><br><p></p>')).to.deep.equal({
      text: '',
      links: [],
    });
  });
});

describe('htmlToLine', () => {
  it('htmlToLine(html) puts paragraphs on one line', () => {
    expect(htmlToLine('Whitney Houston<br/> 1963 - 2012').text).to.equal('Whitney Houston 1963 - 2012');
  });
});
