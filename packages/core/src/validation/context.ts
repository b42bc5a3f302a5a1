import { NODE_KINDS, type NodeKind } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from '../queries/graph-index.js';
import { recordLookup, type RecordLookup } from '../queries/record-lookup.js';
import type { RuleContext } from './types.js';

interface NodeLists {
  byId: RecordLookup<PlanNode>;
  all: PlanNode[];
  byKind: Map<NodeKind, PlanNode[]>;
}

const nodeListCache = new WeakMap<Plan['nodes'], NodeLists>();

/**
 * Builds what every rule shares. Lists are cached on the identity of the nodes record (the edge
 * index on the edges record), so revalidating after an edit that leaves links alone skips the
 * index, and iterating arrays is several times faster than walking a large record.
 */
export function createRuleContext(plan: Plan): RuleContext {
  let lists = nodeListCache.get(plan.nodes);
  if (!lists) {
    const all = Object.values(plan.nodes);
    const byId = recordLookup(plan.nodes);
    const byKind = new Map<NodeKind, PlanNode[]>(NODE_KINDS.map((kind) => [kind, []]));
    for (const node of all) byKind.get(node.kind)?.push(node);
    lists = { byId, all, byKind };
    nodeListCache.set(plan.nodes, lists);
  }
  const { byId, all, byKind } = lists;
  return { plan, index: getGraphIndex(plan), nodes: all, nodeById: byId, nodesOfKind: (kind) => byKind.get(kind) ?? [] };
}

