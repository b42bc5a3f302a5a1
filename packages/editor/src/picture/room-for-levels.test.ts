import { describe, expect, it } from 'vitest';
import { extentOf, levelsFitAcross } from './room-for-levels.js';
import { DEFAULT_BOX_SIZE } from './picture-graph.js';
import { levelCapacity, READABLE_ZOOM, typicalBoxSize } from './use-picture-flow.js';

/** Seven levels of 180-unit boxes, 60 units apart: the imported ToC-Maker charts' overviews. */
const sevenLevels = extentOf(Array.from({ length: 7 }, (_, i) => ({ position: { x: i * 240, y: 0 }, size: { width: 180, height: 110 } })));

describe('levelsFitAcross', () => {
  it('measures the boxes from the leftmost edge to the rightmost, top to bottom likewise', () => {
    expect(sevenLevels).toEqual({ width: 6 * 240 + 180, height: 110 });
    expect(extentOf([])).toEqual({ width: 0, height: 0 });
  });

  it('finds seven levels too wide for a canvas between both side panels at 1440 px, and fitting once the panels fold', () => {
    // 1440 px less the outline (230 px) and the details (300 px) and their borders; then with two 34 px rails.
    expect(levelsFitAcross(sevenLevels, 'RIGHT', { width: 880, height: 660 })).toBe(false);
    expect(levelsFitAcross(sevenLevels, 'RIGHT', { width: 1360, height: 660 })).toBe(true);
  });

  it('lets four levels stay beside the panels', () => {
    const fourLevels = extentOf(Array.from({ length: 4 }, (_, i) => ({ position: { x: i * 240, y: 0 }, size: { width: 180, height: 110 } })));
    expect(levelsFitAcross(fourLevels, 'RIGHT', { width: 880, height: 660 })).toBe(true);
  });

  it('holds at the readable zoom exactly, less the fit’s side gaps', () => {
    const canvas = { width: 900, height: 600 };
    const widest = (canvas.width - 16) / READABLE_ZOOM;
    expect(levelsFitAcross({ width: widest, height: 100 }, 'RIGHT', canvas)).toBe(true);
    expect(levelsFitAcross({ width: widest + 2, height: 100 }, 'RIGHT', canvas)).toBe(false);
  });

  it('never asks for the panels’ room when levels run top to bottom: it would give them none', () => {
    expect(levelsFitAcross(sevenLevels, 'DOWN', { width: 300, height: 300 })).toBe(true);
  });
});

describe('how many boxes a level can hold', () => {
  it('counts on the plan’s measured boxes when they are taller than the size assumed before measuring', () => {
    const measured = new Map([
      ['a', { width: 180, height: 160 }],
      ['b', { width: 180, height: 120 }],
      ['group:x', { width: 180, height: 400 }],
    ]);
    const typical = typicalBoxSize(measured, (id) => !id.startsWith('group:'));
    expect(typical).toEqual({ width: 180, height: 140 });
    expect(levelCapacity(817, 'RIGHT', typical)).toBeLessThan(levelCapacity(817, 'RIGHT'));
    // Never less room than assumed: small boxes do not let more of them crowd a level.
    expect(typicalBoxSize(new Map([['a', { width: 100, height: 40 }]]), () => true)).toEqual(DEFAULT_BOX_SIZE);
    expect(typicalBoxSize(new Map(), () => true)).toEqual(DEFAULT_BOX_SIZE);
  });
});
