import { callsToActionOf, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { Plan } from '@changemap/core';
import { getViewMembers } from '../adapter/view-members.js';

/**
 * A view that draws the box: the open one when it does, else the first call to action whose
 * theory of change holds it, else the whole-plan view when that draws it. Undefined when no view
 * draws it (a box linked to nothing yet).
 */
export function viewForNode(plan: Plan, openViewId: string, nodeId: string): string | undefined {
  if (getViewMembers(plan, openViewId).nodeIds.has(nodeId)) return openViewId;
  const callToAction = callsToActionOf(plan).get(nodeId)?.[0]?.id;
  if (callToAction) return callToAction;
  return getViewMembers(plan, WHOLE_PLAN_VIEW).nodeIds.has(nodeId) ? WHOLE_PLAN_VIEW : undefined;
}

/** The name of a view, for lists: "Call to action 3: …" or "Whole plan". */
export function viewName(plan: Plan, viewId: string): string {
  if (viewId === WHOLE_PLAN_VIEW) return 'Whole plan';
  const node = plan.nodes.get(viewId);
  if (node?.kind === 'callToAction') return `Call to action ${node.number ?? ''}`.trim();
  return node?.title ?? viewId;
}
