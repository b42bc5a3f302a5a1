import { NODE_KINDS, type NodeKind } from '../model/node-kinds.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import type { Table } from '../model/table.js';
import { getStructure } from '../queries/structure.js';
import type { RuleContext } from './types.js';

const byKindCache = new WeakMap<Table<PlanNode>, Map<NodeKind, PlanNode[]>>();

/**
 * Builds what every rule shares. The structure is cached on the edges table and the lists on the
 * nodes table, and the lists are made only when a rule first asks: re-checking one edited box
 * needs neither.
 */
export function createRuleContext(plan: Plan): RuleContext {
  return {
    plan,
    structure: getStructure(plan),
    nodeById: plan.nodes,
    edgeById: plan.edges,
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
