import type { DrawnView } from './drawn-view.js';
import type { PictureLayout } from './picture-graph.js';

/** A drawn view and the view it draws. */
export interface ShownView {
  viewId: string;
  drawn: DrawnView;
}

/**
 * What the canvas shows: the drawn view the plan, folds and Show menu ask for — except while a
 * layout runs for boxes the last layout did not place (Unfold all, a group unfolded): then the
 * picture as last laid out stays until the new layout arrives, so that hundreds of boxes are drawn
 * once, where the layout puts them, rather than first where no layout chose and again when it
 * arrives (each a long, frozen frame). Where the boxes are still comes from the plan, so a box
 * dragged meanwhile moves. Pure: `last` is what was shown before.
 */
export function shownView(last: ShownView | undefined, asked: ShownView, layout: PictureLayout | undefined, layingOut: boolean): ShownView {
  const hold = layingOut && last !== undefined && last.viewId === asked.viewId && newUnplacedBoxes(last.drawn, asked.drawn, layout) >= HOLD_FROM;
  return hold ? last : asked;
}

/**
 * One new box (the officer added it, at a spot of its own) is drawn at once: waiting for the
 * layout made an added box appear only when the layout running meanwhile arrived (a second later
 * as the editor opens, longer on a large view).
 */
const HOLD_FROM = 2;

/** Boxes the asked view draws that the shown one does not, and no layout has placed. */
function newUnplacedBoxes(shown: DrawnView, asked: DrawnView, layout: PictureLayout | undefined): number {
  const drawnNow = new Set(shown.boxes.map((box) => box.id));
  return asked.boxes.filter((box) => !drawnNow.has(box.id) && !layout?.positions.has(box.id)).length;
}
