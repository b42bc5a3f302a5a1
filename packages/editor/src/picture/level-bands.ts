import type { Position } from '@changemap/core';
import type { BoxSize, PictureDirection } from './picture-graph.js';
import { BAND_LABEL_ROOM } from './picture-graph.js';

/** One level's band: where it is drawn (flow coordinates) and its label. */
export interface Band {
  level: number;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far the bands reach past the boxes they hold, in flow units: room for the labels before the first box across the levels, a little beyond the ends. */
const BAND_PAD = 16;
/** The labels sit at the start of each band across the levels; top to bottom they also keep clear of the boxes' left edge. */
const DOWN_LABEL_EXTRA = 100;

/**
 * How far the bands reach past the boxes on each side (flow units): a fit that takes these in
 * shows every band's label, not only the boxes.
 */
export function getBandMargins(direction: PictureDirection): { top: number; right: number; bottom: number; left: number } {
  const labelSide = BAND_LABEL_ROOM + BAND_PAD;
  return direction === 'RIGHT'
    ? { top: labelSide, right: BAND_PAD, bottom: BAND_PAD, left: BAND_PAD }
    : { top: BAND_PAD, right: BAND_PAD, bottom: BAND_PAD, left: labelSide + DOWN_LABEL_EXTRA };
}

/**
 * The bands behind the boxes, one per level that has boxes, in level order: each spans its boxes
 * along the direction of the levels, and the whole picture across it — its links' routes too,
 * which may pass beyond the first box, where the labels would sit on them; neighbouring bands meet
 * half-way between their boxes. Boxes placed by hand out of order stretch their band.
 */
export function getBands(
  boxes: readonly { level: number | undefined; position: Position; size: BoxSize }[],
  titles: readonly string[],
  direction: PictureDirection,
  routes: readonly (readonly Position[])[] = [],
): Band[] {
  const along = direction === 'RIGHT' ? 'x' : 'y';
  const across = direction === 'RIGHT' ? 'y' : 'x';
  const length = (s: BoxSize, axis: 'x' | 'y') => (axis === 'x' ? s.width : s.height);
  const spans = new Map<number, { from: number; to: number }>();
  let acrossFrom = Infinity;
  let acrossTo = -Infinity;
  for (const box of boxes) {
    acrossFrom = Math.min(acrossFrom, box.position[across]);
    acrossTo = Math.max(acrossTo, box.position[across] + length(box.size, across));
    if (box.level === undefined) continue;
    const span = spans.get(box.level) ?? { from: Infinity, to: -Infinity };
    span.from = Math.min(span.from, box.position[along]);
    span.to = Math.max(span.to, box.position[along] + length(box.size, along));
    spans.set(box.level, span);
  }
  if (acrossFrom <= acrossTo)
    for (const route of routes)
      for (const point of route) {
        acrossFrom = Math.min(acrossFrom, point[across]);
        acrossTo = Math.max(acrossTo, point[across]);
      }
  const levels = [...spans.keys()].sort((a, b) => a - b);
  const pad = BAND_PAD;
  return levels.map((level, i) => {
    const span = spans.get(level)!;
    const before = i > 0 ? spans.get(levels[i - 1]!)! : undefined;
    const after = i < levels.length - 1 ? spans.get(levels[i + 1]!)! : undefined;
    const from = before ? (before.to + span.from) / 2 : span.from - pad;
    const to = after ? (span.to + after.from) / 2 : span.to + pad;
    const start = acrossFrom - BAND_LABEL_ROOM - pad;
    const end = acrossTo + pad;
    const band = { level, title: titles[level] ?? `Level ${level + 1}` };
    return direction === 'RIGHT'
      ? { ...band, x: from, y: start, width: to - from, height: end - start }
      : { ...band, x: start - DOWN_LABEL_EXTRA, y: from, width: end - start + DOWN_LABEL_EXTRA, height: to - from };
  });
}
