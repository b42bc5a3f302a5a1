import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBandMargins } from '../picture/level-bands.js';
import { FIT_GAP, FIT_ZOOM, fitViewport, keepInView } from './fit-viewport.js';

const canvas = { width: 900, height: 800 };
const reserved = { top: 42, bottom: 40 };
/** Where a flow rectangle lands on screen. */
const onScreen = (r: { x: number; y: number; width: number; height: number }, v: { x: number; y: number; zoom: number }) => ({
  left: r.x * v.zoom + v.x,
  top: r.y * v.zoom + v.y,
  right: (r.x + r.width) * v.zoom + v.x,
  bottom: (r.y + r.height) * v.zoom + v.y,
});

describe('fitViewport', () => {
  it('keeps the band labels below the canvas bar, in both directions', () => {
    const boxes = { x: 0, y: 0, width: 800, height: 600 };
    for (const direction of ['RIGHT', 'DOWN'] as const) {
      const margins = getBandMargins(direction);
      const v = fitViewport(boxes, direction, canvas, reserved);
      const picture = onScreen({ x: -margins.left, y: -margins.top, width: 800 + margins.left + margins.right, height: 600 + margins.top + margins.bottom }, v);
      expect(picture.top).toBeGreaterThanOrEqual(reserved.top);
      expect(picture.left).toBeGreaterThanOrEqual(0);
      expect(picture.bottom).toBeLessThanOrEqual(canvas.height);
    }
  });

  it('puts every box on screen when only the boxes fit at a readable size, labels on the side that has room', () => {
    // Tall enough that the label room above does not fit at the readable zoom, but the boxes do.
    const room = canvas.height - reserved.top - 16;
    const boxes = { x: 0, y: 100, width: 400, height: room / FIT_ZOOM.min - 10 };
    const v = fitViewport(boxes, 'RIGHT', canvas, reserved);
    expect(v.zoom).toBeLessThan(FIT_ZOOM.min + 0.01);
    const shown = onScreen(boxes, v);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(canvas.height);
  });

  it('keeps the labels below the bar when only the picture’s width is too much at a readable size (call to action 3 beside both panels)', () => {
    // Measured on the flagship: 1,280 × 1,020 units of boxes on a 910 × 817 canvas.
    const wide = { width: 910, height: 817 };
    const boxes = { x: 12, y: 42, width: 1280, height: 1020 };
    const margins = getBandMargins('RIGHT');
    const v = fitViewport(boxes, 'RIGHT', wide, reserved);
    expect(v.zoom).toBeCloseTo(FIT_ZOOM.min);
    const picture = onScreen(
      { x: boxes.x - margins.left, y: boxes.y - margins.top, width: 1280 + margins.left + margins.right, height: 1020 + margins.top + margins.bottom },
      v,
    );
    expect(picture.top).toBeGreaterThanOrEqual(reserved.top);
    expect(picture.bottom).toBeLessThanOrEqual(wide.height);
    const shown = onScreen(boxes, v);
    expect(shown.left).toBeGreaterThanOrEqual(0);
    expect(shown.right).toBeLessThanOrEqual(wide.width);
  });

  it('never zooms below readable titles nor past a little over full size, and starts a picture too big to show at the labels', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: -5000, max: 5000 }),
          y: fc.integer({ min: -5000, max: 5000 }),
          width: fc.integer({ min: 1, max: 20000 }),
          height: fc.integer({ min: 1, max: 20000 }),
        }),
        fc.constantFrom('RIGHT' as const, 'DOWN' as const),
        (boxes, direction) => {
          const v = fitViewport(boxes, direction, canvas, reserved);
          expect(v.zoom).toBeGreaterThanOrEqual(FIT_ZOOM.min - 1e-9);
          expect(v.zoom).toBeLessThanOrEqual(FIT_ZOOM.max + 1e-9);
          const margins = getBandMargins(direction);
          const picture = {
            x: boxes.x - margins.left,
            y: boxes.y - margins.top,
            width: boxes.width + margins.left + margins.right,
            height: boxes.height + margins.top + margins.bottom,
          };
          // The room inside the canvas's reserved edges and gaps, and what fits in it at a readable size.
          const room = { width: canvas.width - 16, height: canvas.height - reserved.top - 16 };
          const fits = (r: typeof boxes) => r.width * FIT_ZOOM.min <= room.width && r.height * FIT_ZOOM.min <= room.height;
          const within = (r: ReturnType<typeof onScreen>) =>
            r.left >= 8 - 0.5 && r.right <= canvas.width - 8 + 0.5 && r.top >= reserved.top + 8 - 0.5 && r.bottom <= canvas.height - 8 + 0.5;
          if (fits(picture)) expect(within(onScreen(picture, v))).toBe(true);
          else if (fits(boxes)) expect(within(onScreen(boxes, v))).toBe(true);
          else if (picture.height * FIT_ZOOM.min > room.height) expect(onScreen(picture, v).top).toBeCloseTo(reserved.top + 8);
          else if (direction === 'DOWN' && picture.width * FIT_ZOOM.min > room.width) expect(onScreen(picture, v).left).toBeCloseTo(8);
        },
      ),
      // Many runs: a pixel over the edge showed in about one run of three at the default hundred.
      { numRuns: 3000 },
    );
  });
});

describe('keepInView', () => {
  const rect = fc.record({
    x: fc.integer({ min: -3000, max: 3000 }),
    y: fc.integer({ min: -3000, max: 3000 }),
    width: fc.integer({ min: 1, max: 2000 }),
    height: fc.integer({ min: 1, max: 2000 }),
  });
  const viewport = fc.record({
    x: fc.integer({ min: -3000, max: 3000 }),
    y: fc.integer({ min: -3000, max: 3000 }),
    zoom: fc.double({ min: 0.2, max: 1.5, noNaN: true }),
  });

  it('brings boxes wholly on screen, below the bar and above the bottom controls, zooming out only as far as the readable zoom', () => {
    fc.assert(
      fc.property(rect, viewport, (boxes, v) => {
        const kept = keepInView(v, boxes, canvas, reserved);
        const room = { width: canvas.width - 2 * FIT_GAP, height: canvas.height - reserved.top - reserved.bottom - 2 * FIT_GAP };
        const fitsAt = (zoom: number) => boxes.width * zoom <= room.width + 1e-6 && boxes.height * zoom <= room.height + 1e-6;
        // Never zoomed in; zoomed out only when the boxes did not fit, and never below the readable zoom (or the officer's own).
        expect(kept.zoom).toBeLessThanOrEqual(v.zoom);
        if (fitsAt(v.zoom)) expect(kept.zoom).toBe(v.zoom);
        else expect(kept.zoom).toBeGreaterThanOrEqual(Math.min(FIT_ZOOM.min, v.zoom) - 1e-9);
        const shown = onScreen(boxes, kept);
        if (boxes.width * kept.zoom <= room.width + 1e-6) {
          expect(shown.left).toBeGreaterThanOrEqual(FIT_GAP - 1e-6);
          expect(shown.right).toBeLessThanOrEqual(canvas.width - FIT_GAP + 1e-6);
        } else expect(shown.left).toBeCloseTo(FIT_GAP);
        if (boxes.height * kept.zoom <= room.height + 1e-6) {
          expect(shown.top).toBeGreaterThanOrEqual(reserved.top + FIT_GAP - 1e-6);
          expect(shown.bottom).toBeLessThanOrEqual(canvas.height - reserved.bottom - FIT_GAP + 1e-6);
        } else expect(shown.top).toBeCloseTo(reserved.top + FIT_GAP);
        // Boxes that fit at the readable zoom are shown whole.
        if (fitsAt(Math.min(FIT_ZOOM.min, v.zoom))) expect(fitsAt(kept.zoom)).toBe(true);
      }),
    );
  });

  it('keeps the pinned band names’ room clear along the top when it is given', () => {
    const v = { x: 0, y: -2000, zoom: 1 };
    const kept = keepInView(v, { x: 100, y: 100, width: 200, height: 3000 }, canvas, reserved, { top: 40, left: 0 });
    expect(onScreen({ x: 100, y: 100, width: 200, height: 3000 }, kept).top).toBeCloseTo(reserved.top + FIT_GAP + 40);
  });

  it('leaves a view alone when the boxes are already on screen', () => {
    const v = { x: 10, y: 20, zoom: 0.7 };
    expect(keepInView(v, { x: 100, y: 100, width: 200, height: 300 }, canvas, reserved)).toEqual(v);
  });

  it('moves a view only as far as needed: boxes below the edge end just above the bottom controls', () => {
    const v = { x: 0, y: 0, zoom: 1 };
    const kept = keepInView(v, { x: 100, y: 900, width: 200, height: 100 }, canvas, reserved);
    expect(kept.x).toBe(0);
    expect(onScreen({ x: 100, y: 900, width: 200, height: 100 }, kept).bottom).toBe(canvas.height - reserved.bottom - FIT_GAP);
  });
});
