import type { Plan } from '@changemap/core';
import { useCallback, useMemo, useRef } from 'react';
import { toFlow } from '../adapter/to-flow.js';
import type { EditorStore } from '../state/editor-store.js';
import { withDeclaredSizes, type DeclaredSizesCache } from './declared-sizes.js';
import type { DrawnView } from './drawn-view.js';
import type { PictureStore } from './picture-store.js';
import { createPictureCache, toPicture, type PictureNode } from './to-picture.js';

/**
 * The canvas's side of measuring boxes. `sized`: the boxes with every measured size and handle
 * place told to React Flow (it then draws only those in view). `boxesOf`: the boxes BoxMeasurer
 * is asked to measure before a layout, as the canvas will draw them — of the plan the layout is
 * for, since a plan just opened is laid out before the canvas has drawn it.
 */
export function useMeasuredBoxes(editor: EditorStore, picture: PictureStore, nodes: PictureNode[], measureTick: number) {
  const cache = useRef<DeclaredSizesCache>(new WeakMap());
  const sized = useMemo(() => {
    void measureTick; // sizes React Flow measured are in the picture store; the tick says they changed
    return withDeclaredSizes(nodes, picture.measured, cache.current);
  }, [nodes, picture, measureTick]);
  const boxesOf = useCallback(
    ({ plan, viewId, drawn, boxIds }: { plan: Plan; viewId: string; drawn: DrawnView; boxIds: readonly string[] }) => {
      const wanted = new Set(boxIds);
      const now = editor.getSnapshot();
      const boxes = toFlow(plan, viewId, now.issues, now.selectedNodeId, undefined, now.selectedEdgeId, now.showEvidence);
      const titles = (id: string) => plan.nodes.get(id)?.title ?? id;
      return toPicture(boxes, drawn, undefined, titles, createPictureCache()).nodes.filter((node) => wanted.has(node.id));
    },
    [editor],
  );
  return { sized, boxesOf };
}
