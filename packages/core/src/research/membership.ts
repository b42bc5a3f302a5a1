import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getTheoryOfChange } from '../queries/theory-of-change.js';

const cache = new WeakMap<Plan, Map<string, PlanNode[]>>();

/** For every node, the calls to action whose theory of change holds it. */
export function callsToActionOf(plan: Plan): Map<string, PlanNode[]> {
  const cached = cache.get(plan);
  if (cached) return cached;
  const membership = new Map<string, PlanNode[]>();
  for (const cta of plan.nodes.toArray()) {
    if (cta.kind !== 'callToAction') continue;
    for (const id of getTheoryOfChange(plan, cta.id).nodeIds) membership.set(id, [...(membership.get(id) ?? []), cta]);
  }
  cache.set(plan, membership);
  return membership;
}
