import { getView } from '@changemap/core';
import type { Plan, Position } from '@changemap/core';
import ELK, { type ElkNode } from 'elkjs/lib/elk-api.js';
import { positionsOf, viewGraph } from './elk-graph.js';

/** Makes the Web Worker that runs ELK's layout code. */
export type LayoutWorkerFactory = () => Worker;

/** Lays out one view; the editor store calls it (see `EditorStore.setLayoutEngine`). */
export type ViewLayout = (plan: Plan, viewId: string, sizes?: ReadonlyMap<string, { width: number; height: number }>) => Promise<Map<string, Position>>;

/**
 * The layout worker shipped with the editor. The `new Worker(new URL(…, import.meta.url))` form is
 * the one bundlers recognise, so they emit the worker (and ELK inside it) as a file of its own.
 */
export const createElkWorker: LayoutWorkerFactory = () => new Worker(new URL('./elk-worker.js', import.meta.url), { type: 'module' });

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

/** Lays out any ELK graph in a worker made by `createWorker`, started at the first layout. */
export function createElkRunner(createWorker: LayoutWorkerFactory = createElkWorker): (graph: ElkNode) => Promise<ElkNode> {
  let elk: InstanceType<typeof ELK> | undefined;
  return (graph) => {
    elk ??= new ELK({ workerFactory: () => createWorker() });
    return elk.layout(graph);
  };
}

/** Lays out ELK graphs in the editor's own worker, shared by every editor on the page. */
export const runElk = createElkRunner();

/** Lays out a view with the editor's own worker, shared by every editor on the page. */
export const layoutView: ViewLayout = createElkLayout();
