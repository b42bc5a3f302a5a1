import { FIT_GAP } from '../components/fit-viewport.js';
import type { PictureDirection } from './picture-graph.js';
import { levelRoom, READABLE_ZOOM } from './use-picture-flow.js';

/**
 * Whether a view's levels fit along the canvas at a readable size: the drawn boxes' extent along
 * the levels (their width when levels run left to right) at the zoom where titles can still be
 * read, within the canvas's width. When they do not, the side panels fold for that view
 * (room-for-levels is the editor's choice, not the officer's: they can open the panels again).
 *
 * Top to bottom, the levels run down the canvas: folding the side panels gives them no room, so
 * such a view always counts as fitting here (its levels fold boxes to the width instead).
 */
export function levelsFitAcross(boxes: { width: number; height: number }, direction: PictureDirection, canvas: { width: number; height: number }): boolean {
  switch (direction) {
    case 'RIGHT':
      return boxes.width * READABLE_ZOOM <= canvas.width - 2 * FIT_GAP + 0.5;
    case 'DOWN':
      return true;
  }
}

/**
 * What share of its boxes' extent across the bands (their height when levels run left to right) a
 * view may keep to fit the canvas at a readable size: 1 when it fits, less when it does not (a
 * share of 0.9 asks the levels to fold a tenth more). A hair under, so that rounding never leaves
 * a view a unit too long.
 */
export function shareOfRoomFitting(boxes: { width: number; height: number }, direction: PictureDirection, canvas: { width: number; height: number }): number {
  const across = direction === 'RIGHT' ? boxes.height : boxes.width;
  const room = levelRoom(direction === 'RIGHT' ? canvas.height : canvas.width, direction);
  return across <= room ? 1 : (room / across) * 0.98;
}

/** The extent of boxes placed at `position` with `size`: what levelsFitAcross measures. */
export function extentOf(boxes: readonly { position: { x: number; y: number }; size: { width: number; height: number } }[]): { width: number; height: number } {
  if (boxes.length === 0) return { width: 0, height: 0 };
  const left = Math.min(...boxes.map((b) => b.position.x));
  const top = Math.min(...boxes.map((b) => b.position.y));
  const right = Math.max(...boxes.map((b) => b.position.x + b.size.width));
  const bottom = Math.max(...boxes.map((b) => b.position.y + b.size.height));
  return { width: right - left, height: bottom - top };
}
