import { getPlanLevels, getViewDirection } from '@changemap/core';
import { useEffect, useMemo, useRef } from 'react';
import type { FlowEdge, FlowNode } from '../adapter/to-flow.js';
import { getViewMembers } from '../adapter/view-members.js';
import type { EditorStore } from '../state/editor-store.js';
import { getDrawnView, type DrawnView } from './drawn-view.js';
import { useEditor } from '../state/use-editor.js';
import { shownView, type ShownView } from './shown-view.js';
import { getBands, type Band } from './level-bands.js';
import { BAND_LABEL_ROOM, DEFAULT_BOX_SIZE, GROUP_BOX_SIZE, type PictureDirection, type PictureLayout } from './picture-graph.js';
import { getPictureStore, usePicture, type PictureStore } from './picture-store.js';
import { createPictureCache, toPicture, type PictureNode, type RoutedFlowEdge } from './to-picture.js';

/** Titles at this size on screen or larger can be read; the box titles are 16 px (picture.css). */
export const TITLE_PX = 16;
export const READABLE_PX = 11;
/** The smallest zoom at which box titles can be read, with a margin for rounding. */
export const READABLE_ZOOM = READABLE_PX / TITLE_PX + 0.005;

/** Screen pixels the canvas's fit keeps clear across the bands (Canvas's FIT_OPTIONS: 44 + 10 px down, 10 + 10 px across). */
const FIT_MARGIN = { RIGHT: 54, DOWN: 20 };
/** Room the layout keeps across the bands (picture-graph's padding). */
const LAYOUT_MARGIN = { RIGHT: BAND_LABEL_ROOM + 20, DOWN: BAND_LABEL_ROOM + 132 };
/**
 * How much one level band can hold and still be read on a canvas of `panePx` pixels across the
 * bands (its height when levels run left to right), in canvas units: the room at the readable zoom
 * less the layout's margins. A level whose boxes take more (by their estimated sizes: a long title
 * takes the room of several short ones) folds some of them (level-folds.ts).
 */
export function levelRoom(panePx: number, direction: PictureDirection): number {
  return Math.max(0, Math.floor((panePx - FIT_MARGIN[direction]) / READABLE_ZOOM - LAYOUT_MARGIN[direction]));
}

/** How many times a view is laid out again because its boxes measured other than the layout assumed. */
const MAX_RELAYOUTS = 2;

/**
 * The picture of the open view for the canvas: the adapter's boxes and links turned into the
 * drawn ones (chips, groups, routed links), the level bands, and the picture's state.
 */
export function usePictureFlow(editor: EditorStore, flow: { nodes: FlowNode[]; edges: FlowEdge[] }, viewId: string, measureTick: number) {
  const picture = getPictureStore(editor);
  const plan = editor.getSnapshot().plan;
  const show = usePicture(picture, (s) => s.show);
  const folds = usePicture(picture, (s) => s.folds.get(viewId));
  const room = usePicture(picture, (s) => s.levelRoom);
  const roomShare = usePicture(picture, (s) => s.roomShares.get(viewId));
  const direction: PictureDirection = getViewDirection(plan, viewId) === 'down' ? 'DOWN' : 'RIGHT';
  const layout = usePicture(picture, (s) => s.layouts.get(viewId));
  const cache = useRef(createPictureCache());
  // What the view shows (cached, the same object while only positions change): a drag does not redraw the picture's structure.
  const members = getViewMembers(plan, viewId);
  const asked = useMemo(
    () => getDrawnView(plan, viewId, picture.settings(viewId)),
    // The drawn view depends on what the plan shows, not where boxes are.
    [plan.nodes, plan.edges, members, viewId, show, folds, room, roomShare, picture],
  );
  const drawn = useShownDrawnView(
    asked,
    layout,
    useEditor((s) => s.layingOut),
    viewId,
  );
  const result = useMemo(() => toPicture(flow, drawn, layout, (id) => plan.nodes.get(id)?.title ?? id, cache.current), [flow, drawn, layout, plan.nodes]);
  const bands = useMemo(() => {
    void measureTick; // sizes the canvas measured since (a title edited) are in the picture store; the tick says so
    const levels = getPlanLevels(plan).map((l) => l.title);
    const levelOf = new Map(drawn.boxes.map((b) => [b.id, b.level]));
    return getBands(
      result.nodes.map((n) => ({
        level: levelOf.get(n.id),
        position: n.position,
        size: picture.measured.get(n.id) ?? (n.type === 'actionGroup' ? GROUP_BOX_SIZE : DEFAULT_BOX_SIZE),
      })),
      levels,
      direction,
      result.edges.flatMap((edge) => (edge.data?.route ? [edge.data.route] : [])),
    );
  }, [result.nodes, result.edges, drawn, direction, plan.levels, picture, measureTick]);
  return { ...result, bands, picture, direction, layout, groups: drawn.groups };
}

/** The drawn view the canvas shows (see shownView): the last one kept between renders. */
function useShownDrawnView(asked: DrawnView, layout: PictureLayout | undefined, layingOut: boolean, viewId: string): DrawnView {
  const last = useRef<ShownView | undefined>(undefined);
  last.current = shownView(last.current, { viewId, drawn: asked }, layout, layingOut);
  return last.current.drawn;
}

/**
 * Lays the view out again when the boxes measured differently from the sizes the layout used
 * (the first layout runs before the browser has drawn the boxes), as long as nothing was moved by
 * hand since that layout.
 */
export function useRelayoutOnMeasure(editor: EditorStore, picture: PictureStore, viewId: string, nodes: PictureNode[], measureTick: number): void {
  const attempts = useRef(new Map<string, number>());
  // Checked again when a layout ends: a box measured meanwhile is compared with the layout that ended.
  const layingOut = useEditor((s) => s.layingOut);
  useEffect(() => {
    const layout = picture.getSnapshot().layouts.get(viewId);
    if (!layout || layingOut) return;
    let differs = false;
    for (const node of nodes) {
      const used = layout.sizes.get(node.id);
      const now = picture.measured.get(node.id);
      const at = layout.positions.get(node.id);
      if (!used || !at) return; // drawn since the layout: leave it to the officer
      if (at.x !== node.position.x || at.y !== node.position.y) return; // moved by hand
      if (now && (Math.abs(now.width - used.width) > 2 || Math.abs(now.height - used.height) > 2)) differs = true;
    }
    if (!differs) return;
    const { folds, show } = picture.getSnapshot();
    const { levelRoom } = picture.settings(viewId);
    const direction = getViewDirection(editor.getSnapshot().plan, viewId);
    const key = `${viewId}|${JSON.stringify([...(folds.get(viewId) ?? [])])}|${JSON.stringify(show)}|${direction}|${levelRoom}`;
    const count = attempts.current.get(key) ?? 0;
    if (count >= MAX_RELAYOUTS) return;
    attempts.current.set(key, count + 1);
    void editor.autoLayout({ skipHistory: true });
  }, [editor, picture, viewId, nodes, measureTick, layingOut]);
}

export type { Band, PictureDirection, RoutedFlowEdge };
