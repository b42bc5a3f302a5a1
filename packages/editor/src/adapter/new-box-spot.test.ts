import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newBoxSpot } from './new-box-spot.js';

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 240 && Math.abs(a.y - b.y) < 110;

describe('newBoxSpot', () => {
  it('centres the box on the visible canvas when nothing is there', () => {
    expect(newBoxSpot([], { x: 500, y: 300 })).toEqual({ x: 390, y: 260 });
  });

  it('goes beside the selected box, to its right', () => {
    const spot = newBoxSpot([{ x: 0, y: 0 }], { x: 5000, y: 5000 }, { x: 0, y: 0 });
    expect(spot).toEqual({ x: 280, y: 0 });
  });

  it('never lands on another box, and stays near where it was wanted (property)', () => {
    const point = fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), point, fc.option(point, { nil: undefined }), (taken, centre, beside) => {
        const spot = newBoxSpot(taken, centre, beside);
        for (const box of taken) expect(overlaps(spot, box)).toBe(false);
        const wanted = beside ? { x: beside.x + 280, y: beside.y } : { x: centre.x - 110, y: centre.y - 40 };
        // Sixty boxes fill at most a few rings around the wanted spot.
        expect(Math.abs(spot.x - wanted.x) + Math.abs(spot.y - wanted.y)).toBeLessThan(240 * 12);
      }),
    );
  });
});
