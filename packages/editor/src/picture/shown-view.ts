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
  const hold = layingOut && last !== undefined && last.viewId === asked.viewId && !placesEveryBox(layout, asked.drawn);
  return hold ? last : asked;
}

function placesEveryBox(layout: PictureLayout | undefined, drawn: DrawnView): boolean {
  return layout !== undefined && drawn.boxes.every((box) => layout.positions.has(box.id));
}
