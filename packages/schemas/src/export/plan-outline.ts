import { getGraphIndex, getTheoryOfChange } from '@changemap/core';
import type { NodeKind, NodeOfKind, Plan, PlanNode } from '@changemap/core';

/** Shared lookups for the exports: which call to action and priority each node belongs to. */
export interface PlanOutline {
  plan: Plan;
  /** Nodes of a kind, in plan order. */
  ofKind<K extends NodeKind>(kind: K): NodeOfKind<K>[];
  /** Calls to action whose theory of change includes the node. */
  callsToActionOf(id: string): PlanNode[];
  /** Nodes the given node contributes to directly. */
  contributesTo(id: string): PlanNode[];
  /** Nodes the indicator measures. */
  measuredBy(indicatorId: string): PlanNode[];
  /** Partners delivering the node. */
  partnersOf(id: string): PlanNode[];
  /** Nodes linked into `id` by `kind`. */
  linkedInto(id: string, kind: string): PlanNode[];
}

export function createOutline(plan: Plan): PlanOutline {
  const nodes = plan.nodes.toArray();
  const index = getGraphIndex(plan);
  const membership = new Map<string, PlanNode[]>();
  for (const cta of nodes.filter((n) => n.kind === 'callToAction')) {
    for (const id of getTheoryOfChange(plan, cta.id).nodeIds) {
      if (id === cta.id) continue;
      const list = membership.get(id) ?? [];
      list.push(cta);
      membership.set(id, list);
    }
  }
  const follow = (id: string, kind: string, direction: 'out' | 'in') =>
    ((direction === 'out' ? index.outgoing : index.incoming).get(id) ?? [])
      .filter((e) => e.kind === kind)
      .map((e) => plan.nodes.get(direction === 'out' ? e.target : e.source))
      .filter((n): n is PlanNode => n !== undefined);
  return {
    plan,
    ofKind: <K extends NodeKind>(kind: K) => nodes.filter((n): n is NodeOfKind<K> => n.kind === kind),
    callsToActionOf: (id) => membership.get(id) ?? [],
    contributesTo: (id) => follow(id, 'contributesTo', 'out'),
    measuredBy: (id) => follow(id, 'measures', 'out'),
    partnersOf: (id) => follow(id, 'deliveredBy', 'out'),
    linkedInto: (id, kind) => follow(id, kind, 'in'),
  };
}
