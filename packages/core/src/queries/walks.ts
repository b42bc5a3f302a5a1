import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from './graph-index.js';

/**
 * Nodes that `id` contributes to, directly or through others (towards the vision), nearest first.
 * Iterative, so a chain of any length cannot overflow the stack.
 */
export function getAncestors(plan: Plan, id: string): PlanNode[] {
  return walkCausal(plan, id, 'up');
}

/** Nodes that contribute to `id`, directly or through others (towards the actions), nearest first. */
export function getDescendants(plan: Plan, id: string): PlanNode[] {
  return walkCausal(plan, id, 'down');
}

function walkCausal(plan: Plan, start: string, direction: 'up' | 'down'): PlanNode[] {
  const index = getGraphIndex(plan);
  const edgesOf = direction === 'up' ? index.outgoing : index.incoming;
  const seen = new Set<string>([start]);
  const found: PlanNode[] = [];
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const edge of edgesOf.get(queue[head]!) ?? []) {
      if (edge.kind !== 'contributesTo') continue;
      const next = direction === 'up' ? edge.target : edge.source;
      if (seen.has(next)) continue;
      seen.add(next);
      const node = plan.nodes[next];
      if (!node) continue;
      found.push(node);
      queue.push(next);
    }
  }
  return found;
}

/** A route along causal links, as node ids from the start to the end. */
export type Pathway = string[];

/**
 * Every causal route from `fromId` up to a vision node (or to any node with no further causal
 * link when the plan has no vision), at most `limit` of them: routes multiply fast in dense plans.
 */
export function getPathways(plan: Plan, fromId: string, limit = 100): Pathway[] {
  const index = getGraphIndex(plan);
  const routes: Pathway[] = [];
  if (!plan.nodes[fromId]) return routes;
  const stack: Pathway[] = [[fromId]];
  while (stack.length > 0 && routes.length < limit) {
    const path = stack.pop()!;
    const last = path[path.length - 1]!;
    const next = (index.outgoing.get(last) ?? []).filter(
      (e) => e.kind === 'contributesTo' && plan.nodes[e.target] && !path.includes(e.target),
    );
    if (plan.nodes[last]?.kind === 'vision' || next.length === 0) {
      if (path.length > 1) routes.push(path);
      continue;
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push([...path, next[i]!.target]);
  }
  return routes;
}

/** Indicators that measure `id`. */
export function getIndicatorsOf(plan: Plan, id: string): PlanNode[] {
  const index = getGraphIndex(plan);
  return (index.incoming.get(id) ?? [])
    .filter((e) => e.kind === 'measures')
    .map((e) => plan.nodes[e.source])
    .filter((n): n is PlanNode => n !== undefined);
}
