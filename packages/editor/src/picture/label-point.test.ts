import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPoint } from './label-point.js';

describe('labelPoint', () => {
  it('puts the label on a horizontal stretch that has room, not on the middle hop beside a box', () => {
    // Out of the source, a short hop, down the trunk, then a long run to the target.
    const route = [
      { x: 0, y: 0 },
      { x: 20, y: 0 },
      { x: 20, y: 300 },
      { x: 220, y: 300 },
    ];
    expect(labelPoint(route)).toEqual({ x: 120, y: 300 });
  });

  it('takes the first such stretch from the source: links into one box share their last ones', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 },
      { x: 400, y: 50 },
    ];
    expect(labelPoint(route)).toEqual({ x: 50, y: 0 });
  });

  it('falls back to the longest stretch when no horizontal one can hold a label', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 30, y: 0 },
      { x: 30, y: 200 },
      { x: 40, y: 200 },
    ];
    expect(labelPoint(route)).toEqual({ x: 30, y: 100 });
  });

  it('always lands on the route', () => {
    const point = fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 8 }), (route) => {
        const at = labelPoint(route);
        const onStretch = route.slice(1).some((b, i) => {
          const a = route[i]!;
          const cross = (b.x - a.x) * (at.y - a.y) - (b.y - a.y) * (at.x - a.x);
          const within =
            Math.min(a.x, b.x) - 1e-9 <= at.x && at.x <= Math.max(a.x, b.x) + 1e-9 && Math.min(a.y, b.y) - 1e-9 <= at.y && at.y <= Math.max(a.y, b.y) + 1e-9;
          return Math.abs(cross) < 1e-6 && within;
        });
        expect(onStretch).toBe(true);
      }),
    );
  });
});
