import { getTheoryOfChange, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';

/** The nodes and links one view shows. */
export interface ViewMembers {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

const WHOLE_PLAN_KINDS = new Set(['vision', 'aim', 'callToAction']);

/**
 * What a view shows. A call to action's view is its derived theory of change; the whole-plan view
 * is the top of the plan — vision, aims, calls to action, and the outcomes on the way from aims to
 * the vision — so that it reads vision ← aims ← calls to action.
 */
export function getViewMembers(plan: Plan, viewId: string): ViewMembers {
  // Plans are immutable, so each (plan, view) is worked out once, however many panels ask.
  let perView = cache.get(plan);
  if (!perView) cache.set(plan, (perView = new Map()));
  let members = perView.get(viewId);
  if (!members) perView.set(viewId, (members = computeMembers(plan, viewId)));
  return members;
}

const cache = new WeakMap<Plan, Map<string, ViewMembers>>();

function computeMembers(plan: Plan, viewId: string): ViewMembers {
  const nodeIds = viewId === WHOLE_PLAN_VIEW ? wholePlanNodes(plan) : getTheoryOfChange(plan, viewId).nodeIds;
  // A box placed on this view stays on it even before it is linked in (a new box, say).
  for (const id of Object.keys(plan.views[viewId]?.positions ?? {})) if (plan.nodes.get(id)) nodeIds.add(id);
  const edgeIds = new Set<string>();
  for (const edge of plan.edges.toArray()) {
    const target = plan.edges.get(edge.target)?.target ?? edge.target;
    if (nodeIds.has(edge.source) && nodeIds.has(target)) edgeIds.add(edge.id);
  }
  return { nodeIds, edgeIds };
}

function wholePlanNodes(plan: Plan): Set<string> {
  const nodeIds = new Set(plan.nodes.toArray().filter((n) => WHOLE_PLAN_KINDS.has(n.kind)).map((n) => n.id));
  // Outcomes that aims lead to (the plan's shared outcomes) belong at the top too.
  for (const edge of plan.edges.toArray()) {
    if (edge.kind === 'contributesTo' && plan.nodes.get(edge.source)?.kind === 'aim' && plan.nodes.get(edge.target)?.kind === 'outcome') nodeIds.add(edge.target);
  }
  return nodeIds;
}
