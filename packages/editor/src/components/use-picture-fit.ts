import { getViewDirection } from '@changemap/core';
import { useReactFlow, useStore, useStoreApi, type Rect, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { useEditorStore } from '../state/use-editor.js';
import { getReservedEdges } from './canvas-edges.js';
import { getPictureStore } from '../picture/picture-store.js';
import type { PictureLayout } from '../picture/picture-graph.js';
import { fitViewport, keepInView } from './fit-viewport.js';

/** How many frames a fit waits for React Flow to measure newly drawn boxes. */
const MEASURE_FRAMES = 20;

type FlowStoreApi = ReturnType<typeof useStoreApi>;
/**
 * The viewport each canvas was left at by its last automatic fit, to tell whether the officer has
 * moved it since. Keyed by the canvas's element: React Flow's store handle is a new object in each
 * component that asks for it.
 */
const lastFit = new WeakMap<Element, Viewport>();
const canvasOf = (flowStore: FlowStoreApi) => flowStore.getState().domNode ?? undefined;

/** Screen pixels the bands' pinned names (PinnedBandLabels: 17-unit type, up to two lines, at a readable zoom) take along the canvas's top, or its left when levels run top to bottom. */
const PINNED_LABELS_ROOM = { RIGHT: { top: 40, left: 0 }, DOWN: { top: 0, left: 150 } } as const;

/**
 * Fits the open view's picture into the canvas: the boxes with their level bands' labels, clear of
 * the search bar at the top and the legend and Show menu at the bottom. Used by every automatic
 * fit (opening a view, *Tidy layout*, the fit button, the canvas changing size) so they agree.
 */
export function usePictureFit(): (options?: { duration?: number; show?: readonly string[] }) => Promise<void> {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const editor = useEditorStore();
  return useCallback(
    async ({ duration = 0, show = [] }: { duration?: number; show?: readonly string[] } = {}) => {
      await measuredBoxes(flowStore);
      const nodes = flow.getNodes().filter((n) => !n.hidden);
      const { width, height, domNode } = flowStore.getState();
      if (nodes.length === 0 || !width || !height) return;
      const { plan, viewId } = editor.getSnapshot();
      const direction = getViewDirection(plan, viewId) === 'down' ? 'DOWN' : 'RIGHT';
      const reserved = getReservedEdges(domNode?.closest('.canvas'));
      // Boxes the officer just asked to see (a group unfolded): the view they were looking at moves
      // (never zooms) as little as brings them on screen. Otherwise the whole picture is fitted.
      const shown = nodes.filter((n) => show.includes(n.id));
      const viewport =
        shown.length > 0
          ? keepInView(flow.getViewport(), flow.getNodesBounds(shown), { width, height }, reserved, PINNED_LABELS_ROOM[direction])
          : fitViewport(
              withRoutes(flow.getNodesBounds(nodes), currentLayout(getPictureStore(editor).getSnapshot().layouts.get(viewId), nodes)),
              direction,
              { width, height },
              reserved,
            );
      await flow.setViewport(viewport, { duration });
      const canvas = canvasOf(flowStore);
      if (canvas) lastFit.set(canvas, flow.getViewport());
    },
    [flow, flowStore, editor],
  );
}

/** The officer placed the view themselves (a remembered viewport, a box centred on request): a change of size leaves it alone. */
export function useForgetFit(): () => void {
  const flowStore = useStoreApi();
  return useCallback(() => {
    const canvas = canvasOf(flowStore);
    if (canvas) lastFit.delete(canvas);
  }, [flowStore]);
}

/**
 * When the canvas changes size (a notice appearing or going, a side panel folding, the window
 * resized), fits the picture again — unless the officer has panned or zoomed since the last
 * automatic fit: then the view stays where they put it.
 */
export function useRefitOnResize(fit: () => Promise<void>): void {
  const flowStore = useStoreApi();
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const size = useRef({ width, height });
  useEffect(() => {
    if (size.current.width === width && size.current.height === height) return;
    size.current = { width, height };
    const canvas = canvasOf(flowStore);
    const fitted = canvas && lastFit.get(canvas);
    if (fitted && sameViewport(fitted, flow.getViewport())) void fit();
  }, [width, height, flowStore, flow, fit]);
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;
}

/** Boxes drawn a moment ago have no size yet: a fit waits a few frames for React Flow to measure them. */
async function measuredBoxes(flowStore: FlowStoreApi): Promise<void> {
  for (let frame = 0; frame < MEASURE_FRAMES; frame++) {
    const unmeasured = [...flowStore.getState().nodeLookup.values()].some((n) => !n.hidden && !n.measured.width);
    if (!unmeasured) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * The last layout, while its routes are the ones drawn: every box it placed is still drawn where it
 * put it (a box moved or taken away since draws its links without routes, and the old routes must
 * not widen the fit).
 */
function currentLayout(layout: PictureLayout | undefined, nodes: readonly { id: string; position: { x: number; y: number } }[]): PictureLayout | undefined {
  if (!layout) return undefined;
  const drawn = new Map(nodes.map((node) => [node.id, node.position]));
  for (const [id, at] of layout.positions) {
    const now = drawn.get(id);
    if (!now || now.x !== at.x || now.y !== at.y) return undefined;
  }
  return layout;
}

/**
 * The boxes' bounds and the last layout's routes: a link routed past the first box of a band moves
 * the bands' labels out with it (getBands), and the fit shows them.
 */
function withRoutes(boxes: Rect, layout: PictureLayout | undefined): Rect {
  let [left, top, right, bottom] = [boxes.x, boxes.y, boxes.x + boxes.width, boxes.y + boxes.height];
  for (const route of layout?.routes.values() ?? [])
    for (const point of route) {
      left = Math.min(left, point.x);
      top = Math.min(top, point.y);
      right = Math.max(right, point.x);
      bottom = Math.max(bottom, point.y);
    }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
