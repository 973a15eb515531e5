import {expect} from '@open-wc/testing';
import {mount} from './harness.js';
import {firstFrameFonts} from '../src/relations-timeline.styles.js';
import {indiaRussia} from './fixtures/india-russia.js';

/** `firstFrameFonts` as the computed style writes them, at a host font size of `hostSize` px. */
function warmedAt(hostSize: number): Set<string> {
  return new Set(
    firstFrameFonts.map((font) => {
      const [weight, size] = font.split(' ').slice(-2) as [string, string];
      const px = size.endsWith('em') ? parseFloat(size) * hostSize : parseFloat(size);
      return `${font.startsWith('italic') ? 'italic' : 'normal'} ${weight} ${Math.round(px * 100) / 100}px`;
    })
  );
}

describe('<relations-timeline> warm-up while waiting for data', () => {
  // The fonts are warmed from a list beside the styles: a size added to one and not the other
  // would leave the first frame to find that font itself, some milliseconds each.
  for (const width of [1200, 375]) {
    it(`has warmed every font of the text the first frame shows at ${width} px`, async () => {
      const t = await mount({data: indiaRussia, width});
      const shown = t.fontsOfVisibleText();
      expect(shown.size).to.be.greaterThan(3);
      const warmed = warmedAt(parseFloat(getComputedStyle(t.el).fontSize));
      expect([...shown].filter((font) => !warmed.has(font))).to.deep.equal([]);
    });
  }
});
