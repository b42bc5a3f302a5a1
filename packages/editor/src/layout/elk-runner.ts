import ELK, { type ElkNode } from 'elkjs/lib/elk-api.js';
import { createElkWorker, type LayoutWorkerFactory } from './elk-worker-factory.js';

// Kept apart from elk-layout.ts, which the package exports: these signatures name ELK's own graph
// types, and a host type-checking our declarations (skipLibCheck off) would then check elkjs's,
// which do not pass strict settings.

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
