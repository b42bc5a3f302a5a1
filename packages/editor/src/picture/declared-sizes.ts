import type { MeasuredBox } from './picture-store.js';
import type { PictureNode } from './to-picture.js';

/** The boxes given their size, as made last time: the same object while the size is the same (memoised boxes do not redraw). */
export type DeclaredSizesCache = WeakMap<PictureNode, { size: MeasuredBox; made: PictureNode }>;

/**
 * Tells React Flow each box's size and where its link handles sit, where the browser has measured
 * them (on the canvas, or before the layout in BoxMeasurer). React Flow draws every box it knows no
 * size for, wherever it is, just to measure it: told, it draws only the boxes in view, so a view of
 * a thousand boxes costs what its visible few do.
 */
export function withDeclaredSizes(nodes: PictureNode[], sizes: ReadonlyMap<string, MeasuredBox>, cache: DeclaredSizesCache): PictureNode[] {
  return nodes.map((node) => {
    const size = sizes.get(node.id);
    if (!size?.handles) return node;
    const last = cache.get(node);
    if (last?.size === size) return last.made;
    const made = { ...node, measured: { width: size.width, height: size.height }, handles: [...size.handles] } as PictureNode;
    cache.set(node, { size, made });
    return made;
  });
}
