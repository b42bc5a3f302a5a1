import { getView, getViewDirection, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Position } from '@changemap/core';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { EditorStore, LaidOut, LayoutEngine } from '../state/editor-store.js';
import { drawnKey, getDrawnView, isNumbered, type PictureSettings } from './drawn-view.js';
import { pictureGraph, readPictureLayout } from './picture-graph.js';
import { getPictureStore } from './picture-store.js';

/**
 * The editor's layout engine: lays out what the picture draws (boxes by level band, folded groups,
 * chips in place of annotation boxes) with ELK in a worker, remembers the routes and the group
 * places for the canvas, and returns the plan boxes' positions for the store to save. Pinned boxes
 * keep their place.
 */
export function createPictureLayout(editor: EditorStore, run: (graph: ElkNode) => Promise<ElkNode>): LayoutEngine {
  const picture = getPictureStore(editor);
  let started = 0;
  return async (plan, viewId) => {
    const number = ++started;
    const settings = picture.settings(viewId);
    const drawn = getDrawnView(plan, viewId, settings);
    // The whole plan keeps the calls to action in the plan's order; a chart without them lets ELK cut crossings.
    const keepOrder = viewId === WHOLE_PLAN_VIEW && drawn.boxes.some((b) => b.type === 'node' && b.node.kind === 'callToAction');
    // The way the levels run is the view's own, saved in the plan.
    const direction = getViewDirection(plan, viewId) === 'down' ? 'DOWN' : 'RIGHT';
    const numbered = isNumbered(plan);
    await picture.measureNew(plan, viewId, drawn);
    const result = await run(pictureGraph(drawn, picture.measured, direction, keepOrder, numbered));
    const layout = readPictureLayout(result, drawn);
    // Taking the worker's answer and drawing it are two tasks, not one long frozen frame.
    await nextTask();
    // Folds, the Show menu or the canvas's size changed what the view draws while this ran: a later
    // layout draws what is drawn now, and this one's places (of other boxes and groups) must not be
    // mixed with it. A change that draws the same boxes (a notice bar's few pixels) keeps this one.
    // A layout started since lays out what is drawn now: this one's routes and group places must
    // not replace its (the editor drops this one's box places too).
    if (number !== started) return NOTHING_LAID_OUT;
    if (!sameSettings(picture.settings(viewId), settings) && drawnKey(getDrawnView(plan, viewId, picture.settings(viewId))) !== drawnKey(drawn))
      return NOTHING_LAID_OUT;
    const pinned = new Set(getView(plan, viewId)?.pinned ?? []);
    const positions = new Map<string, Position>();
    for (const box of drawn.boxes) {
      const position = layout.positions.get(box.id);
      if (box.type === 'node' && position && !pinned.has(box.id)) positions.set(box.id, position);
    }
    return { positions, keep: () => picture.rememberLayout(viewId, layout) };
  };
}

const NOTHING_LAID_OUT: LaidOut = { positions: new Map() };

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The same folds, Show menu and level room: the same drawn view, not worked out again (a pass over every box, in the task that draws the layout). */
function sameSettings(a: PictureSettings, b: PictureSettings): boolean {
  return a.show === b.show && a.folds === b.folds && a.levelRoom === b.levelRoom;
}
