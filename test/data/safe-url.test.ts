import {expect} from '@open-wc/testing';
import {safeUrl} from '../../src/data/safe-url.js';

const WEB = [
  'https://example.com/a?b=1#c',
  'http://example.com',
  'HTTPS://EXAMPLE.COM/PATH',
  'https://mea.gov.in/bilateral-documents.htm?dtl/5194',
  'https://en.wikipedia.org/wiki/Indo-Soviet_Treaty_of_Friendship_and_Cooperation',
];
const RELATIVE = [
  'images/summit.jpg',
  '/images/summit.jpg',
  './a.png',
  '../a.png',
  '//cdn.example/a.jpg',
  '?q=1',
  '#x',
];
const DANGEROUS = [
  'javascript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.com/a',
  'blob:https://example.com/0b8c',
  'about:blank',
  'chrome://settings',
  'tel:+911234567890',
  'x-unknown:thing',
];
const BROKEN = ['', '   ', '\n', 'http://', 'https://', 'http://['];

describe('safeUrl', () => {
  it('safeUrl(text, "web") keeps http and https addresses as written', () => {
    for (const url of WEB) expect(safeUrl(url, 'web'), url).to.equal(url);
  });

  it('safeUrl(text, "web") keeps relative addresses (resolved against the page)', () => {
    for (const url of RELATIVE) expect(safeUrl(url, 'web'), url).to.equal(url);
  });

  it('safeUrl(text, kind) trims surrounding whitespace', () => {
    expect(safeUrl('  https://example.com/a \n', 'web')).to.equal('https://example.com/a');
    expect(safeUrl('\tmailto:press@mea.gov.in ', 'web-or-mail')).to.equal('mailto:press@mea.gov.in');
  });

  it('safeUrl(text, "web") refuses mailto: links', () => {
    expect(safeUrl('mailto:press@mea.gov.in', 'web')).to.equal(undefined);
  });

  it('safeUrl(text, "web-or-mail") keeps mailto: links and web addresses', () => {
    expect(safeUrl('mailto:press@mea.gov.in', 'web-or-mail')).to.equal('mailto:press@mea.gov.in');
    expect(safeUrl('MAILTO:a@b.example', 'web-or-mail')).to.equal('MAILTO:a@b.example');
    for (const url of [...WEB, ...RELATIVE]) expect(safeUrl(url, 'web-or-mail'), url).to.equal(url);
  });

  it('safeUrl(text, kind) refuses javascript:, data:, vbscript: and every other scheme, however disguised', () => {
    for (const url of DANGEROUS) {
      expect(safeUrl(url, 'web'), JSON.stringify(url)).to.equal(undefined);
      expect(safeUrl(url, 'web-or-mail'), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('safeUrl(text, kind) refuses empty and unparsable text', () => {
    for (const url of BROKEN) {
      expect(safeUrl(url, 'web'), JSON.stringify(url)).to.equal(undefined);
      expect(safeUrl(url, 'web-or-mail'), JSON.stringify(url)).to.equal(undefined);
    }
  });
});
