import { useEffect, useRef } from 'react';
import { DEFAULT_BOX_SIZE, GROUP_BOX_SIZE, type BoxSize, type PictureDirection, type PictureLayout } from '../picture/picture-graph.js';
import type { PictureStore } from '../picture/picture-store.js';
import { extentOf, levelsFitAcross } from '../picture/room-for-levels.js';
import type { PictureNode } from '../picture/to-picture.js';
import { useEditor } from '../state/use-editor.js';

/** How long a view's boxes are given to be measured and laid out at their size before the decision is made anyway. */
const SETTLE_MS = 1500;

/** The layout placed a box at the size the browser measured (within useRelayoutOnMeasure's tolerance). */
function sameSize(measured: BoxSize, used: BoxSize | undefined): boolean {
  return !!used && Math.abs(used.width - measured.width) <= 2 && Math.abs(used.height - measured.height) <= 2;
}

/**
 * Once per opening of a view (a plan opened, another view chosen), as soon as its boxes have their
 * places: when its levels do not fit across the canvas beside the side panels at a readable size
 * (a ToC-Maker chart of seven sections: 1,260 units of boxes where about 1,240 fit), both panels
 * fold for that view, so it opens whole and readable without the officer doing anything. Not
 * decided again while the view stays open: the officer who opens a panel keeps it open.
 */
export function useRoomForLevels(
  picture: PictureStore,
  drawn: { nodes: PictureNode[]; layout: PictureLayout | undefined; direction: PictureDirection },
  viewId: string,
  pane: { width: number; height: number },
): void {
  const generation = useEditor((s) => s.generation);
  const layingOut = useEditor((s) => s.layingOut);
  const decided = useRef<string | undefined>(undefined);
  useEffect(() => {
    const view = `${viewId}|${generation}`;
    if (decided.current === view || layingOut || pane.width <= 0 || drawn.nodes.length === 0) return;
    // Not before the view is laid out: an imported chart has its own tool's places until then. A
    // view kept as the officer arranged it (never laid out here) keeps the panels as they are.
    if (!drawn.layout) return;
    const shown = drawn.nodes.filter((node) => !node.hidden);
    const decide = () => {
      decided.current = view;
      const boxes = shown.map((node) => ({
        position: node.position,
        size: picture.measured.get(node.id) ?? drawn.layout!.sizes.get(node.id) ?? (node.type === 'actionGroup' ? GROUP_BOX_SIZE : DEFAULT_BOX_SIZE),
      }));
      if (!levelsFitAcross(extentOf(boxes), drawn.direction, pane)) picture.foldPanelsForRoom(viewId);
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
