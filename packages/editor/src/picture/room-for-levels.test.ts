import { describe, expect, it } from 'vitest';
import { extentOf, levelsFitAcross, shareOfRoomFitting } from './room-for-levels.js';
import { levelRoom, READABLE_ZOOM } from './use-picture-flow.js';

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

describe('the room of a level band', () => {
  it('is what the canvas shows across the bands at the readable zoom, less the margins', () => {
    const room = levelRoom(817, 'RIGHT');
    expect(room * READABLE_ZOOM).toBeLessThan(817);
    expect(room * READABLE_ZOOM).toBeGreaterThan(817 - 120);
    expect(levelRoom(1600, 'RIGHT')).toBeGreaterThan(room);
    expect(levelRoom(10, 'RIGHT')).toBe(0);
  });
});

describe('shareOfRoomFitting', () => {
  const canvas = { width: 1200, height: 700 };
  const room = levelRoom(canvas.height, 'RIGHT');

  it('is 1 when the bands fit across the canvas at the readable zoom', () => {
    expect(shareOfRoomFitting({ width: 5000, height: room }, 'RIGHT', canvas)).toBe(1);
  });

  it('is the share of the room the bands may keep when they are too long, a hair under', () => {
    const share = shareOfRoomFitting({ width: 600, height: room * 1.25 }, 'RIGHT', canvas);
    expect(share).toBeLessThan(0.8);
    expect(share).toBeGreaterThan(0.75);
  });

  it('measures across the canvas’s width when the levels run top to bottom', () => {
    expect(shareOfRoomFitting({ width: levelRoom(canvas.width, 'DOWN') * 2, height: 10 }, 'DOWN', canvas)).toBeLessThan(0.5);
    expect(shareOfRoomFitting({ width: 100, height: 5000 }, 'DOWN', canvas)).toBe(1);
  });
});
