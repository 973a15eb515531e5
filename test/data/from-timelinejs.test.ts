import {expect} from '@open-wc/testing';
import {fromTimelineJS, isTimelineJS} from '../../src/data/from-timelinejs.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import type {TimelineProblem} from '../../src/types.js';

const warning = (path: string, message: string): TimelineProblem => ({path, message, severity: 'warning'});
const error = (path: string, message: string): TimelineProblem => ({path, message, severity: 'error'});

/** A TimelineJS3 slide with a headline, dated by `start_date` parts. */
const slide = (
  start: Record<string, unknown>,
  headline = 'Treaty signed',
  more: Record<string, unknown> = {}
) => ({
  start_date: start,
  text: {headline},
  ...more,
});

describe('fromTimelineJS', () => {
  describe('TimelineJS3', () => {
    it('fromTimelineJS(input) reads the title slide and events', () => {
      expect(
        fromTimelineJS({
          title: {
            text: {
              headline: 'India &amp; Russia<br/> 1947–2024',
              text: '<p>Seven decades.</p><p>Two powers.</p>',
            },
          },
          events: [
            {
              start_date: {year: '1971', month: '8', day: '9'},
              text: {headline: 'Treaty', text: 'Signed in Delhi.'},
            },
          ],
        })
      ).to.deep.equal({
        data: {
          title: 'India & Russia 1947–2024',
          description: 'Seven decades.\n\nTwo powers.',
          events: [
            {date: '1971-08-09', title: 'Treaty', summary: 'Signed in Delhi.', id: '1971-08-09-treaty'},
          ],
        },
        problems: [],
      });
    });

    it('fromTimelineJS(input) keeps the precision of start_date and end_date', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: '1971'}, 'a'),
          slide({year: 1971, month: 8}, 'b'),
          slide({year: '1971', month: '08', day: '09'}, 'c'),
          slide(
            {year: '2000', month: '01', day: '05', hour: '6', minute: '45', second: '56', millisecond: ''},
            'd'
          ),
          slide({year: '602'}, 'e'),
          slide({year: '-300'}, 'f'),
          slide({year: '1943', month: '7', day: ''}, 'g', {end_date: {year: '1946', month: '', day: ''}}),
          slide({year: '1960'}, 'h', {end_date: {year: '', month: '', day: ''}}),
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(data.events.map((e) => [e.date, e.end])).to.deep.equal([
        ['1971', undefined],
        ['1971-08', undefined],
        ['1971-08-09', undefined],
        ['2000-01-05T06:45:56', undefined],
        ['0602', undefined],
        ['-0300', undefined],
        ['1943-07', '1946'],
        ['1960', undefined],
      ]);
    });

    it('fromTimelineJS(input) turns HTML text into plain text and its links into sources', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: 1971}, 'Euclid&#39;s <i>Optica</i>', {
            text: {
              headline: 'Euclid&#39;s <i>Optica</i>',
              text: '<p>Read <a href="https://mea.gov.in/treaty?a=1&amp;b=2">the text</a> &amp; <a href=\'mailto:desk@example.org\'>write</a>.</p><p>More <a href="https://mea.gov.in/treaty?a=1&amp;b=2">here</a><br>and <a href="#top">up</a>.</p>',
            },
          }),
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(data.events[0]).to.deep.equal({
        date: '1971',
        title: "Euclid's Optica",
        summary: 'Read the text & write.\n\nMore here\n\nand up.',
        sources: [
          {title: 'the text', url: 'https://mea.gov.in/treaty?a=1&b=2'},
          {title: 'write', url: 'mailto:desk@example.org'},
        ],
        id: '1971-euclid-s-optica',
      });
    });

    it('fromTimelineJS(input) makes scripts and event handlers in text inert plain text', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          {
            start_date: {year: '2021'},
            text: {
              headline: '<img src=x onerror="alert(1)">Summit<script>alert(2)</script>',
              text: '<p onclick="alert(3)">Hi<script>document.cookie</script></p>&lt;script&gt;alert(4)&lt;/script&gt;<iframe src="javascript:alert(5)"></iframe>',
            },
          },
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(data.events[0]).to.deep.equal({
        date: '2021',
        title: 'Summit',
        summary: 'Hi\n\n<script>alert(4)</script>',
        id: '2021-summit',
      });
    });

    it('fromTimelineJS(input) drops javascript: and data: links with a warning', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: 2021}, 'Summit', {
            text: {
              headline: 'Summit',
              text: '<a href="javascript:alert(1)">click</a> <a href=" JaVa\tScRiPt:alert(1)">x</a> <a href="data:text/html,hi">y</a> <a href="https://ok.example/">ok</a>',
            },
          }),
        ],
      });
      expect(data.events[0]!.summary).to.equal('click x y ok');
      expect(data.events[0]!.sources).to.deep.equal([{title: 'ok', url: 'https://ok.example/'}]);
      expect(problems).to.deep.equal([
        warning(
          'events[0].text.text',
          'link "javascript:alert(1)" is not an http, https or mailto link; it is left out'
        ),
        warning(
          'events[0].text.text',
          'link "JaVa\\tScRiPt:alert(1)" is not an http, https or mailto link; it is left out'
        ),
        warning(
          'events[0].text.text',
          'link "data:text/html,hi" is not an http, https or mailto link; it is left out'
        ),
      ]);
    });

    it('fromTimelineJS(input) turns an image media into the image, alt from the caption', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: 1975}, 'Aryabhata', {
            media: {
              url: 'https://img.example/aryabhata.jpg?w=600',
              caption: '<b>Aryabhata</b> on a stamp',
              credit: 'Photo: <a href="https://isro.example/">ISRO</a>',
              thumbnail: 'https://img.example/t.jpg',
            },
          }),
          slide({year: 1976}, 'No caption', {media: {url: '//img.example/b.PNG', caption: '', credit: ''}}),
          slide({year: 1977}, 'Alt given', {media: {url: 'pics/c.webp', alt: 'A rocket', caption: 'Launch'}}),
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(data.events.map((e) => [e.image, e.sources])).to.deep.equal([
        [
          {
            url: 'https://img.example/aryabhata.jpg?w=600',
            alt: 'Aryabhata on a stamp',
            credit: 'Photo: ISRO',
          },
          [{title: 'ISRO', url: 'https://isro.example/'}],
        ],
        [{url: '//img.example/b.PNG', alt: 'No caption'}, undefined],
        [{url: 'pics/c.webp', alt: 'A rocket'}, undefined],
      ]);
    });

    it('fromTimelineJS(input) keeps media that is not a picture as a source', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: 2001}, 'Video', {
            media: {url: 'https://youtu.be/abc', caption: 'The speech', credit: 'DD'},
          }),
          slide({year: 2002}, 'Credit only', {media: {url: 'https://vimeo.com/1', credit: 'Vimeo'}}),
          slide({year: 2003}, 'Bare', {media: {url: 'https://www.google.com/maps/place/Delhi'}}),
          slide({year: 2004}, 'Commons page', {
            media: {url: 'https://commons.wikimedia.org/wiki/File:A.jpg'},
          }),
          slide({year: 2005}, 'Linked', {
            media: {url: 'https://img.example/a.jpg', link: 'https://lib.example/item/1', caption: 'Item 1'},
          }),
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(data.events.map((e) => e.sources)).to.deep.equal([
        [{title: 'The speech', url: 'https://youtu.be/abc'}],
        [{title: 'Vimeo', url: 'https://vimeo.com/1'}],
        [{title: 'google.com', url: 'https://www.google.com/maps/place/Delhi'}],
        [{title: 'commons.wikimedia.org', url: 'https://commons.wikimedia.org/wiki/File:A.jpg'}],
        [{title: 'Item 1', url: 'https://lib.example/item/1'}],
      ]);
      expect(data.events[4]!.image).to.deep.equal({url: 'https://img.example/a.jpg', alt: 'Item 1'});
    });

    it('fromTimelineJS(input) adds the words of an HTML media embed to the summary', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: 1948}, 'Quote', {
            text: {headline: 'Quote', text: 'Before.'},
            media: {
              url: '<blockquote>No demand. <cite>Edith Clarke</cite> <a href="https://x.example/s">src</a></blockquote>',
            },
          }),
          slide({year: 1949}, 'Frame', {media: {url: '<iframe src="https://x.example/embed"></iframe>'}}),
        ],
      });
      expect(data.events.map((e) => [e.summary, e.sources])).to.deep.equal([
        ['Before.\n\nNo demand. Edith Clarke src', [{title: 'src', url: 'https://x.example/s'}]],
        [undefined, undefined],
      ]);
      expect(problems).to.deep.equal([
        warning('events[1].media.url', 'is HTML without text (an embed); it is left out'),
      ]);
    });

    it('fromTimelineJS(input) refuses unsafe media addresses with a warning', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: 2001}, 'a', {media: {url: 'javascript:alert(1)//x.png', caption: 'c'}}),
          slide({year: 2002}, 'b', {media: {url: 'javascript:alert(1)'}}),
        ],
      });
      expect(data.events.map((e) => [e.image, e.sources])).to.deep.equal([
        [undefined, undefined],
        [undefined, undefined],
      ]);
      expect(problems).to.deep.equal([
        warning(
          'events[0].media.url',
          '"javascript:alert(1)//x.png" is not an http or https address; the image is left out'
        ),
        warning(
          'events[1].media.url',
          'link "javascript:alert(1)" is not an http, https or mailto link; it is left out'
        ),
      ]);
    });

    it('fromTimelineJS(input) turns groups into categories with their names as labels', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: 2001}, 'a', {group: 'Social Media'}),
          slide({year: 2002}, 'b', {group: 'Défense'}),
          slide({year: 2003}, 'c', {group: 'Social Media'}),
          slide({year: 2004}, 'd', {group: ''}),
          slide({year: 2005}, 'e', {group: '!!!'}),
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(data.events.map((e) => e.category)).to.deep.equal([
        'social-media',
        'defense',
        'social-media',
        undefined,
        '!!!',
      ]);
      expect(data.categories).to.deep.equal({
        'social-media': {label: 'Social Media'},
        defense: {label: 'Défense'},
        '!!!': {label: '!!!'},
      });
    });

    it('fromTimelineJS(input) reads unique_id as the id and reports duplicates where they are', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: 2001}, 'a', {unique_id: 'first'}),
          slide({year: 2002}, 'b', {unique_id: ''}),
          slide({year: 2003}, 'c', {unique_id: 'first'}),
          slide({year: 2004}, 'd', {unique_id: 7}),
        ],
      });
      expect(data.events.map((e) => e.id)).to.deep.equal(['first', '2002-b', '7']);
      expect(problems).to.deep.equal([
        error('events[2].unique_id', 'duplicate id "first", already used by events[0]'),
      ]);
    });

    it('fromTimelineJS(input) reads location, a text or an object with a name', () => {
      const {data} = fromTimelineJS({
        events: [
          slide({year: 2001}, 'a', {location: {name: 'Florida, Missouri', lat: 39.5, lon: -91.8}}),
          slide({year: 2002}, 'b', {location: ' Delhi '}),
          slide({year: 2003}, 'c', {location: {lat: 1}}),
        ],
      });
      expect(data.events.map((e) => e.location)).to.deep.equal(['Florida, Missouri', 'Delhi', undefined]);
    });

    it('fromTimelineJS(input) reads eras and reports a bad one at its original path', () => {
      const {data, problems} = fromTimelineJS({
        events: [],
        eras: [
          {start_date: {year: '650'}, end_date: {year: '700'}, text: {headline: 'Late <i>era</i>'}},
          {start_date: {year: '1991'}, end_date: {year: '1947'}, text: {headline: 'Backwards'}},
          {start_date: {year: '1991'}, text: {headline: 'Open'}},
          {start_date: {year: '1991'}, end_date: {year: '1992'}, text: {}},
          'era',
        ],
      });
      expect(data.eras).to.deep.equal([{start: '0650', end: '0700', title: 'Late era'}]);
      expect(problems).to.deep.equal([
        error('eras[2].end_date', 'is required'),
        error('eras[3].text.headline', 'is required'),
        error('eras[4]', 'expected an era object, got "era"'),
        error('eras[1].end_date', '"1947" is before the start "1991"'),
      ]);
    });

    it('fromTimelineJS(input) reports bad date parts at their path in the input and leaves the event out', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          slide({year: '2021'}, 'kept'),
          slide({year: '2021', month: '13'}, 'month'),
          slide({year: '2021', month: '2', day: '30'}, 'day'),
          slide({month: '2'}, 'no year'),
          slide({year: 'MMXXI'}, 'roman'),
          slide({year: '-13800000000'}, 'big bang'),
          slide({year: '2021', month: '1', day: '1', hour: '25'}, 'hour'),
          {text: {headline: 'no start'}},
          slide({year: '2021'}, 'end', {end_date: {year: '2021', month: 'May'}}),
          slide({year: '2021', month: '6'}, 'backwards', {end_date: {year: '2021', month: '5'}}),
        ],
      });
      expect(data.events.map((e) => e.title)).to.deep.equal(['kept']);
      expect(problems).to.deep.equal([
        error('events[1].start_date.month', '"13" is out of range (1 to 12)'),
        error('events[2].start_date.day', '"30" is out of range (1 to 28)'),
        error('events[3].start_date.year', 'is required'),
        error('events[4].start_date.year', '"MMXXI" is not a whole number'),
        error('events[5].start_date.year', '"-13800000000" is out of range (-270000 to 270000)'),
        error('events[6].start_date.hour', '"25" is out of range (0 to 23)'),
        error('events[7].start_date', 'expected {year, month, day}, got undefined'),
        error('events[8].end_date.month', '"May" is not a whole number'),
        error('events[9].end_date', '"2021-05" is before the date "2021-06"'),
      ]);
    });

    it('fromTimelineJS(input) borrows a title from the text or the media caption, else leaves the slide out', () => {
      const {data, problems} = fromTimelineJS({
        events: [
          {start_date: {year: '1908'}, text: {text: '<p>Twain caricatured. He wrote books.</p>'}},
          {
            start_date: {year: '1909'},
            text: {headline: '', text: ''},
            media: {url: 'https://youtu.be/x', caption: 'a video'},
          },
          {start_date: {year: '1910'}, text: {headline: '<br>'}},
          {start_date: {year: '1911'}, text: {text: `${'word '.repeat(30)}end.`}},
        ],
      });
      expect(data.events.map((e) => e.title)).to.deep.equal([
        'Twain caricatured.',
        'a video',
        `${'word '.repeat(16).trim()}…`,
      ]);
      expect(problems).to.deep.equal([
        warning('events[0].text.headline', 'is missing; the title is taken from the text'),
        warning('events[1].text.headline', 'is missing; the title is taken from the media caption'),
        error('events[2].text.headline', 'is required'),
        warning('events[3].text.headline', 'is missing; the title is taken from the text'),
      ]);
    });

    it('fromTimelineJS(input) warns about fields it does not use, and about display dates', () => {
      const {data, problems} = fromTimelineJS({
        scale: 'human',
        extra: 1,
        events: [
          slide({year: '1908', display_date: 'Spring 1908', format: '', thumbnail: ''}, 'a', {
            background: {color: '#000'},
            autolink: true,
            type: 'overview',
            display_date: 'About 1908',
            media: {url: '', caption: '', credit: null, link_target: '_blank', mystery: 1},
          }),
          slide({year: '1909', millisecond: '5'}, 'b'),
        ],
      });
      expect(data.events.length).to.equal(2);
      expect(problems).to.deep.equal([
        warning('extra', 'unknown field "extra" is ignored'),
        warning('events[0].type', 'unknown field "type" is ignored'),
        warning('events[0].display_date', '"About 1908" is ignored: the date is shown from its parts'),
        warning('events[0].start_date.thumbnail', 'unknown field "thumbnail" is ignored'),
        warning(
          'events[0].start_date.display_date',
          '"Spring 1908" is ignored: the date is shown from its parts'
        ),
        warning('events[0].media.mystery', 'unknown field "mystery" is ignored'),
        warning('events[1].start_date.millisecond', '"5" is ignored: the date is shown from its parts'),
      ]);
    });

    it('fromTimelineJS(input) reports wrong types without throwing', () => {
      expect(
        fromTimelineJS({events: [null, 5, 'x', [], {start_date: 'x', text: {headline: 'a'}}]}).problems
      ).to.deep.equal([
        error('events[0]', 'expected a slide object, got null'),
        error('events[1]', 'expected a slide object, got a number (5)'),
        error('events[2]', 'expected a slide object, got "x"'),
        error('events[3]', 'expected a slide object, got an array'),
        error('events[4].start_date', 'expected {year, month, day}, got "x"'),
      ]);
      expect(
        fromTimelineJS({
          title: {text: {headline: 5}},
          events: [{start_date: {year: 2021}, text: 'plain', media: 'https://x.example/a.jpg', group: {}}],
        })
      ).to.deep.equal({
        data: {events: []},
        problems: [
          warning('events[0].text', 'expected {headline, text}, got "plain"'),
          warning('events[0].media', 'expected {url, caption, credit}, got "https://x.example/a.jpg"'),
          error('events[0].text.headline', 'is required'),
        ],
      });
      expect(
        fromTimelineJS({
          events: [{start_date: {year: 2021}, text: {headline: 'a'}, group: {}, unique_id: []}],
        })
      ).to.deep.equal({
        data: {events: [{date: '2021', title: 'a', id: '2021-a'}]},
        problems: [
          warning('events[0].unique_id', 'expected text, got an array'),
          warning('events[0].group', 'expected text, got an object'),
        ],
      });
    });

    it('fromTimelineJS(input) reports input that is not TimelineJS', () => {
      for (const input of [null, [], 42, 'x', {}, {events: 'x'}]) {
        expect(fromTimelineJS(input).data, JSON.stringify(input)).to.deep.equal({events: []});
      }
      expect(fromTimelineJS([]).problems).to.deep.equal([
        error('', 'expected TimelineJS JSON ({events: [...]} or {timeline: {date: [...]}}), got an array'),
      ]);
      expect(fromTimelineJS({events: []})).to.deep.equal({data: {events: []}, problems: []});
    });

    it('fromTimelineJS(input) returns data that parseTimeline reads without problems', () => {
      const {data} = fromTimelineJS({
        title: {text: {headline: 'T'}},
        events: [
          slide({year: '1971', month: '8', day: '9'}, 'a', {
            group: 'Defence',
            media: {url: 'https://x.example/a.jpg', caption: 'c', credit: 'd'},
            text: {headline: 'a', text: '<a href="https://x.example">x</a>'},
          }),
        ],
        eras: [{start_date: {year: '1947'}, end_date: {year: '1991'}, text: {headline: 'Cold War'}}],
      });
      const timeline = parseTimeline(data);
      expect(timeline.problems).to.deep.equal([]);
      expect(timeline.events.length).to.equal(1);
      expect(timeline.eras.length).to.equal(1);
    });
  });

  describe('TimelineJS2 (legacy)', () => {
    it('fromTimelineJS(input) reads timeline.date with comma-separated dates', () => {
      expect(
        fromTimelineJS({
          timeline: {
            headline: 'India<br/>and Russia',
            type: 'default',
            startDate: '1947',
            text: '<p>Ties.</p>',
            asset: {media: 'https://x.example/cover.jpg', credit: '', caption: ''},
            date: [
              {
                startDate: '1971,8,9',
                endDate: '1971,8,10',
                headline: 'Treaty',
                text: '<p>Signed.</p>',
                tag: 'Agreements',
                asset: {media: 'https://x.example/t.jpg', credit: 'MEA', caption: 'Signing'},
              },
              {startDate: '2000,10,2,10,30', headline: 'Partnership'},
              {
                startDate: 1975,
                headline: 'Aryabhata',
                asset: {media: 'https://youtu.be/v', caption: 'Launch'},
              },
            ],
            era: [{startDate: '1947', endDate: '1991', headline: 'Soviet era', tag: ''}],
          },
        })
      ).to.deep.equal({
        data: {
          title: 'India and Russia',
          description: 'Ties.',
          events: [
            {
              date: '1971-08-09',
              end: '1971-08-10',
              title: 'Treaty',
              summary: 'Signed.',
              image: {url: 'https://x.example/t.jpg', alt: 'Signing', credit: 'MEA'},
              category: 'agreements',
              id: '1971-08-09-treaty',
            },
            {date: '2000-10-02T10:30', title: 'Partnership', id: '2000-10-02-10-30-partnership'},
            {
              date: '1975',
              title: 'Aryabhata',
              sources: [{title: 'Launch', url: 'https://youtu.be/v'}],
              id: '1975-aryabhata',
            },
          ],
          categories: {agreements: {label: 'Agreements'}},
          eras: [{start: '1947', end: '1991', title: 'Soviet era'}],
        },
        problems: [],
      });
    });

    it('fromTimelineJS(input) reads spaces in legacy dates, and rejects a long bad one in linear time', () => {
      const {data, problems} = fromTimelineJS({
        timeline: {
          date: [
            {startDate: ' 1971 , 8 , 9 ', headline: 'spaced'},
            {startDate: `1,${' , '.repeat(30_000)}x`, headline: 'long'},
          ],
        },
      });
      expect(data.events.map((e) => e.date)).to.deep.equal(['1971-08-09']);
      expect(problems.map((p) => p.path)).to.deep.equal(['timeline.date[1].startDate']);
    });

    it('fromTimelineJS(input) reports legacy problems at their path in the input', () => {
      const {data, problems} = fromTimelineJS({
        timeline: {
          date: [
            {startDate: '9/8/1971', headline: 'slashes'},
            {startDate: '1971,13', headline: 'month'},
            {startDate: '1971,8,9', endDate: '1970', headline: 'backwards'},
            {startDate: '1971', headline: '', text: '', asset: {media: 'https://x.example/a.jpg'}},
            {startDate: '1972', headline: 'ok', classname: 'big', color: 'red'},
          ],
        },
      });
      expect(data.events.map((e) => e.title)).to.deep.equal(['ok']);
      expect(problems).to.deep.equal([
        error('timeline.date[0].startDate', 'expected "year,month,day", got "9/8/1971"'),
        error('timeline.date[1].startDate', '"13" is out of range (1 to 12)'),
        error('timeline.date[3].headline', 'is required'),
        warning('timeline.date[4].color', 'unknown field "color" is ignored'),
        error('timeline.date[2].endDate', '"1970" is before the date "1971-08-09"'),
      ]);
    });
  });
});

describe('isTimelineJS', () => {
  it('isTimelineJS(json) recognises v3 slides, a v3 title slide and v2 timelines', () => {
    expect(isTimelineJS({events: [{start_date: {year: '1971'}}]})).to.equal(true);
    expect(isTimelineJS({title: {text: {headline: 'x'}}, events: []})).to.equal(true);
    expect(isTimelineJS({timeline: {date: []}})).to.equal(true);
  });

  it('isTimelineJS(json) is false for our own format, even with a TimelineJS-like field name', () => {
    expect(isTimelineJS({events: [{date: '1971', title: 'x'}]})).to.equal(false);
    expect(isTimelineJS({events: [{start_date: '1971', title: 'x'}]})).to.equal(false);
    expect(isTimelineJS([{start_date: {year: 1971}}])).to.equal(false);
    expect(isTimelineJS({title: 'x', events: []})).to.equal(false);
    expect(isTimelineJS(null)).to.equal(false);
  });
});
