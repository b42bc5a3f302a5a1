import type { Position } from '@changemap/core';
import { findFreeSpot } from './free-spot.js';

/** A new box's size as placed (the measured size differs a little by kind and title). */
export const NEW_BOX = { width: 220, height: 80 } as const;
/** How far right of the selected box a new box goes: one box and a gap, where its effects are drawn. */
const BESIDE_GAP = 280;

/**
 * Where a new box goes: beside the selected box when one is selected (to its right, where what it
 * leads to is drawn), else in the middle of what the canvas shows — in both cases at the nearest
 * place where it covers no other box. `visibleCentre` is the centre of the visible canvas in
 * diagram coordinates; `taken` are the top-left corners of the view's boxes.
 */
export function newBoxSpot(taken: readonly (Position & { width?: number; height?: number })[], visibleCentre: Position, beside?: Position): Position {
  const near = beside ? { x: beside.x + BESIDE_GAP, y: beside.y } : { x: visibleCentre.x - NEW_BOX.width / 2, y: visibleCentre.y - NEW_BOX.height / 2 };
  return findFreeSpot([...taken], near);
}
