import type { Position } from '@changemap/core';

const WIDTH = 240;
const HEIGHT = 110;

/**
 * The nearest place to `near` where a new box does not overlap any box already placed, searched
 * in widening rings, so a new box never hides another (or its link handles).
 */
export function findFreeSpot(taken: (Position & { width?: number; height?: number })[], near: Position): Position {
  // A box drawn larger than usual (chips make it taller) keeps the new box further off below and right of it.
  const free = (p: Position) =>
    taken.every(
      (t) =>
        t.x - p.x >= WIDTH || p.x - t.x >= Math.max(WIDTH, (t.width ?? 0) + 20) || t.y - p.y >= HEIGHT || p.y - t.y >= Math.max(HEIGHT, (t.height ?? 0) + 30),
    );
  const start = { x: Math.round(near.x), y: Math.round(near.y) };
  if (free(start)) return start;
  for (let ring = 1; ring < 60; ring++) {
    for (let dx = -ring; dx <= ring; dx++) {
      for (const dy of [-ring, ring]) {
        const candidates = [
          { x: start.x + dx * (WIDTH / 2), y: start.y + dy * (HEIGHT / 2) },
          { x: start.x + dy * (WIDTH / 2), y: start.y + dx * (HEIGHT / 2) },
        ];
        const spot = candidates.find(free);
        if (spot) return spot;
      }
    }
  }
  return { x: start.x, y: start.y + taken.length * HEIGHT };
}
