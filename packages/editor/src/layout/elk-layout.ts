import { getView } from '@changemap/core';
import type { Plan, Position } from '@changemap/core';
import { positionsOf, viewGraph } from './elk-graph.js';
import { createElkRunner } from './elk-runner.js';
import { createElkWorker, type LayoutWorkerFactory } from './elk-worker-factory.js';

export { createElkWorker, type LayoutWorkerFactory };

/** Lays out one view; the editor store calls it (see `EditorStore.setLayoutEngine`). */
export type ViewLayout = (plan: Plan, viewId: string, sizes?: ReadonlyMap<string, { width: number; height: number }>) => Promise<Map<string, Position>>;

/**
 * A layout engine whose ELK runs in a worker made by `createWorker` (by default the editor's own),
 * so the page never freezes. The worker starts at the first layout. Boxes the officer pinned keep
 * their place. The worker goes when the engine does (an unmounted editor's store).
 */
export function createElkLayout(createWorker: LayoutWorkerFactory = createElkWorker): ViewLayout {
  const run = createElkRunner(createWorker);
  return async (plan, viewId, sizes) => {
    const result = await run(viewGraph(plan, viewId, sizes));
    return positionsOf(result, new Set(getView(plan, viewId)?.pinned ?? []));
  };
}

/** Lays out a view with the editor's own worker, shared by every editor on the page. */
export const layoutView: ViewLayout = createElkLayout();
