import type { EdgeKind, PlanEdge } from '../model/edges.js';
import type { Plan } from '../model/plan.js';
import type { Table } from '../model/table.js';

/** Edges by the id at each end, built once per edge set and shared by queries and rules. */
export interface GraphIndex {
  /** Every edge, in stored order. */
  readonly edges: readonly PlanEdge[];
  /** Edges by their own id. */
  readonly edgeById: Table<PlanEdge>;
  readonly outgoing: ReadonlyMap<string, readonly PlanEdge[]>;
  readonly incoming: ReadonlyMap<string, readonly PlanEdge[]>;
}

const EMPTY: readonly PlanEdge[] = [];
const cache = new WeakMap<Plan['edges'], GraphIndex>();

/**
 * The index of a plan's edges. Cached on the edges record itself: edits that leave the edges
 * alone (most edits) reuse it, and immer's structural sharing makes that identity check exact.
 */
export function getGraphIndex(plan: Pick<Plan, 'edges'>): GraphIndex {
  const cached = cache.get(plan.edges);
  if (cached) return cached;
  const outgoing = new Map<string, PlanEdge[]>();
  const incoming = new Map<string, PlanEdge[]>();
  const edges = plan.edges.toArray();
  const edgeById = plan.edges;
  for (const edge of edges) {
    push(outgoing, edge.source, edge);
    push(incoming, edge.target, edge);
  }
  const index = { edges, edgeById, outgoing, incoming };
  cache.set(plan.edges, index);
  return index;
}

function push(map: Map<string, PlanEdge[]>, key: string, edge: PlanEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/** Edges leaving `id`, optionally of one kind. */
export function outgoingEdges(index: GraphIndex, id: string, kind?: EdgeKind): readonly PlanEdge[] {
  const list = index.outgoing.get(id) ?? EMPTY;
  return kind === undefined ? list : list.filter((e) => e.kind === kind);
}

/** Edges arriving at `id`, optionally of one kind. */
export function incomingEdges(index: GraphIndex, id: string, kind?: EdgeKind): readonly PlanEdge[] {
  const list = index.incoming.get(id) ?? EMPTY;
  return kind === undefined ? list : list.filter((e) => e.kind === kind);
}
