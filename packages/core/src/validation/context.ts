import { NODE_KINDS, type NodeKind } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import type { Table } from '../model/table.js';
import { getGraphIndex } from '../queries/graph-index.js';
import type { RuleContext } from './types.js';

const byKindCache = new WeakMap<Table<PlanNode>, Map<NodeKind, PlanNode[]>>();

/**
 * Builds what every rule shares. The edge index is cached on the edges table and the lists on
 * the nodes table, and both are made only when a rule first asks: re-checking one edited box
 * needs neither list.
 */
export function createRuleContext(plan: Plan): RuleContext {
  return {
    plan,
    index: getGraphIndex(plan),
    nodeById: plan.nodes,
    get nodes() {
      return plan.nodes.toArray();
    },
    nodesOfKind: (kind) => nodesByKind(plan.nodes).get(kind) ?? [],
  };
}

function nodesByKind(nodes: Table<PlanNode>): Map<NodeKind, PlanNode[]> {
  let byKind = byKindCache.get(nodes);
  if (!byKind) {
    byKind = new Map(NODE_KINDS.map((kind) => [kind, []]));
    for (const node of nodes.toArray()) byKind.get(node.kind)?.push(node);
    byKindCache.set(nodes, byKind);
  }
  return byKind;
}
