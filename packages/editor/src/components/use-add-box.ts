import { commands, createIdInPlan, getSavedPosition, getView } from '@changemap/core';
import type { NodeKind, PlanNode } from '@changemap/core';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { NEW_BOX, newBoxSpot } from '../adapter/new-box-spot.js';
import { useEditorStore } from '../state/use-editor.js';
import { getReservedEdges, type ReservedEdges } from './canvas-edges.js';
import { KIND_LOOK } from './kinds.js';

/**
 * Adding a box as an officer expects: it appears where they are looking (beside the selected box,
 * or in the middle of the canvas, never on top of another box), the canvas pans to it if that spot
 * is out of sight, and the keyboard goes to its title, selected, so typing names it at once.
 */
export function useAddBox(): (kind: NodeKind) => void {
  const store = useEditorStore();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  return useCallback(
    (kind: NodeKind) => {
      const { plan, viewId, selectedNodeId } = store.getSnapshot();
      const id = createIdInPlan(plan, kind);
      // This editor's own canvas and inspector: another editor may share the page.
      const editor = flowStore.getState().domNode?.closest('.changemap-editor') ?? null;
      const canvasElement = editor?.querySelector('.canvas');
      const canvas = canvasElement?.getBoundingClientRect();
      const centre = canvas ? flow.screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }) : { x: 0, y: 0 };
      const beside = selectedNodeId ? getSavedPosition(plan, viewId, selectedNodeId) : undefined;
      // The boxes as drawn, at their drawn size (chips make some taller; group boxes included, folded actions not).
      const drawn = flow
        .getNodes()
        .map((n) => ({ ...n.position, ...(n.measured?.width && { width: n.measured.width }), ...(n.measured?.height && { height: n.measured.height }) }));
      const spot = newBoxSpot(drawn.length > 0 ? drawn : Object.values(getView(plan, viewId)?.positions ?? {}), centre, beside);
      const node = { id, kind, title: `New ${KIND_LOOK[kind].label.toLowerCase()}` } as PlanNode;
      if (!store.apply(commands.addNode(node, viewId, spot))) return;
      store.select(id);
      const bottomRight = flow.flowToScreenPosition({ x: spot.x + NEW_BOX.width, y: spot.y + NEW_BOX.height });
      if (canvas && !inSight(flow.flowToScreenPosition(spot), bottomRight, canvas, getReservedEdges(canvasElement))) {
        const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
        void flow.setCenter(spot.x + NEW_BOX.width / 2, spot.y + NEW_BOX.height / 2, { zoom: flow.getZoom(), duration: reduce ? 0 : 200 });
      }
      focusTitleOf(editor, id);
    },
    [store, flow, flowStore],
  );
}

/** A box under the search bar, the legend or the Show menu is not in sight. */
function inSight(topLeft: { x: number; y: number }, bottomRight: { x: number; y: number }, canvas: DOMRect, covered: ReservedEdges): boolean {
  return topLeft.x >= canvas.left && topLeft.y >= canvas.top + covered.top && bottomRight.x <= canvas.right && bottomRight.y <= canvas.bottom - covered.bottom;
}

/** Puts the keyboard in the inspector's title field once it shows the new box (React draws it on the next frames). */
function focusTitleOf(editor: Element | null, id: string, framesLeft = 10): void {
  requestAnimationFrame(() => {
    const field = editor?.querySelector<HTMLTextAreaElement>(`.inspector form[data-node-id="${CSS.escape(id)}"] textarea`);
    if (!field) {
      if (framesLeft > 0) focusTitleOf(editor, id, framesLeft - 1);
      return;
    }
    field.focus();
    field.select();
  });
}
