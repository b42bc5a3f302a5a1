import { getView } from '@changemap/core';
import type { Plan, Position } from '@changemap/core';
import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { positionsOf, viewGraph } from './elk-graph.js';

let elk: InstanceType<typeof ELK> | undefined;

/** One ELK instance whose layout code runs in a Web Worker, so the page never freezes. */
function engine(): InstanceType<typeof ELK> {
  elk ??= new ELK({ workerFactory: () => new Worker(elkWorkerUrl) });
  return elk;
}

/** Lays out a view in ELK's worker (see `viewGraph`); boxes the officer pinned keep their place. */
export async function layoutView(plan: Plan, viewId: string, sizes?: ReadonlyMap<string, { width: number; height: number }>): Promise<Map<string, Position>> {
  const result = await engine().layout(viewGraph(plan, viewId, sizes));
  return positionsOf(result, new Set(getView(plan, viewId)?.pinned ?? []));
}
