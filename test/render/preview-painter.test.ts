import {expect} from '@open-wc/testing';
import {placeDrawing, type DrawnCanvas} from '../../src/render/preview-painter.js';
import type {ZoomState} from '../../src/layout/time-scale.js';

/** Where the base pixel b is on the chart at `zoom`. */
const at = (zoom: ZoomState, b: number): number => zoom.k * b + zoom.x;

/** Where the drawing puts what it drew at base pixel b, once placed by `place`. */
function shown(drawn: DrawnCanvas, place: {x: number; scale: number}, b: number): number {
  const onCanvas = at(drawn.zoom, b) + drawn.margin; // the canvas starts `margin` left of the chart
  return -drawn.margin + place.x + place.scale * onCanvas;
}

describe('placeDrawing', () => {
  const width = 1000;
  const drawn: DrawnCanvas = {zoom: {k: 2, x: -300}, margin: 100, width: 1200};

  it('puts every drawn position where the new zoom has it, for a pan and for a zoom step', () => {
    for (const zoom of [
      {k: 2, x: -250}, // a pan to the right
      {k: 2, x: -380}, // to the left
      {k: 2.1, x: -350}, // a step in
      {k: 1.9, x: -270}, // a step out, shrinking into the margin
    ]) {
      const place = placeDrawing(drawn, zoom, width);
      expect(place, JSON.stringify(zoom)).to.not.equal(undefined);
      for (const b of [150, 300, 500, 640]) {
        expect(shown(drawn, place!, b), `${JSON.stringify(zoom)} at ${b}`).to.be.closeTo(at(zoom, b), 1e-9);
      }
    }
  });

  it('does not place a drawing that would leave part of the chart uncovered', () => {
    expect(placeDrawing(drawn, {k: 2, x: -199}, width), 'panned past the left margin').to.equal(undefined);
    expect(placeDrawing(drawn, {k: 2, x: -401}, width), 'past the right one').to.equal(undefined);
    expect(placeDrawing(drawn, {k: 2, x: -200}, width), 'to the margin exactly').to.not.equal(undefined);
  });

  it('does not stretch a drawing by more than a tenth', () => {
    expect(placeDrawing(drawn, {k: 2.2, x: -400}, width)).to.not.equal(undefined);
    expect(placeDrawing(drawn, {k: 2.21, x: -400}, width)).to.equal(undefined);
    expect(
      placeDrawing(drawn, {k: 1.81, x: -230}, width),
      'shrunk, covered, but by more than a tenth'
    ).to.equal(undefined);
  });
});
