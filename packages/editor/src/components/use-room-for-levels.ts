import { useEffect, useRef } from 'react';
import { DEFAULT_BOX_SIZE, GROUP_BOX_SIZE, type BoxSize, type PictureDirection, type PictureLayout } from '../picture/picture-graph.js';
import type { PictureStore } from '../picture/picture-store.js';
import { extentOf, levelsFitAcross, shareOfRoomFitting } from '../picture/room-for-levels.js';
import type { PictureNode } from '../picture/to-picture.js';
import { useEditor } from '../state/use-editor.js';

/** How long a view's boxes are given to be measured and laid out at their size before the decision is made anyway. */
const SETTLE_MS = 1500;

/** The layout placed a box at the size the browser measured (within useRelayoutOnMeasure's tolerance). */
function sameSize(measured: BoxSize, used: BoxSize | undefined): boolean {
  return !!used && Math.abs(used.width - measured.width) <= 2 && Math.abs(used.height - measured.height) <= 2;
}

/** How many times one opening of a view folds its levels further to fit across the canvas. */
const MAX_NARROWINGS = 3;

/**
 * Once per opening of a view (a plan opened, another view chosen), as soon as its boxes have their
 * places at their measured sizes:
 * - when its levels do not fit along the canvas beside the side panels at a readable size (a
 *   ToC-Maker chart of seven sections: 1,260 units of boxes where about 1,240 fit), both panels
 *   fold for that view, so it opens whole and readable without the officer doing anything. Not
 *   decided again while the view stays open: the officer who opens a panel keeps it open.
 * - when its bands are longer than the canvas shows across at a readable size (the level room
 *   counts the boxes' estimated sizes; the layout spaces them out to draw links straight), its
 *   levels fold further in proportion, and it is laid out and checked again (a few times at most).
 */
export function useRoomForLevels(
  picture: PictureStore,
  drawn: { nodes: PictureNode[]; layout: PictureLayout | undefined; direction: PictureDirection },
  viewId: string,
  pane: { width: number; height: number },
): void {
  const generation = useEditor((s) => s.generation);
  const layingOut = useEditor((s) => s.layingOut);
  const opening = useRef<{ view: string; panelsDecided: boolean; narrowings: number; done: boolean } | undefined>(undefined);
  useEffect(() => {
    const view = `${viewId}|${generation}`;
    if (opening.current?.view !== view) opening.current = { view, panelsDecided: false, narrowings: 0, done: false };
    const state = opening.current;
    if (state.done || layingOut || pane.width <= 0 || drawn.nodes.length === 0) return;
    // Not before the view is laid out: an imported chart has its own tool's places until then. A
    // view kept as the officer arranged it (never laid out here) keeps the panels as they are.
    if (!drawn.layout) return;
    const shown = drawn.nodes.filter((node) => !node.hidden);
    const decide = () => {
      const extent = extentOf(
        shown.map((node) => ({
          position: node.position,
          size: picture.measured.get(node.id) ?? drawn.layout!.sizes.get(node.id) ?? (node.type === 'actionGroup' ? GROUP_BOX_SIZE : DEFAULT_BOX_SIZE),
        })),
      );
      if (!state.panelsDecided) {
        state.panelsDecided = true;
        if (!levelsFitAcross(extent, drawn.direction, pane)) picture.foldPanelsForRoom(viewId);
      }
      const share = shareOfRoomFitting(extent, drawn.direction, pane);
      // Narrowed, the view is laid out again and this runs once more for the new layout.
      state.done = share >= 1 || state.narrowings >= MAX_NARROWINGS || !picture.narrowLevelRoom(viewId, share);
      if (!state.done) state.narrowings++;
    };
    // The first layout assumes a box size (180 units across); boxes measured narrower are laid out
    // again (useRelayoutOnMeasure), and a chart that fits only then must not lose its panels. So
    // the decision waits for a layout of the measured sizes — or, should none come, a moment.
    const measuredSize = (node: PictureNode) => picture.measured.get(node.id);
    if (shown.every((node) => measuredSize(node) && sameSize(measuredSize(node)!, drawn.layout!.sizes.get(node.id)))) return decide();
    const timer = setTimeout(decide, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [picture, drawn.nodes, drawn.layout, drawn.direction, viewId, generation, layingOut, pane.width, pane.height]);
}
