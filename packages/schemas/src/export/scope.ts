import { getTheoryOfChange } from '@changemap/core';
import type { Plan, PlanEdge, PlanNode } from '@changemap/core';

/** The nodes and links an export covers: the whole plan, or one call to action's theory of change. */
export function exportScope(plan: Plan, callToActionId?: string): { nodes: readonly PlanNode[]; edges: readonly PlanEdge[] } {
  if (callToActionId === undefined) return { nodes: plan.nodes.toArray(), edges: plan.edges.toArray() };
  const toc = getTheoryOfChange(plan, callToActionId);
  return {
    nodes: plan.nodes.toArray().filter((n) => toc.nodeIds.has(n.id)),
    edges: plan.edges.toArray().filter((e) => toc.edgeIds.has(e.id)),
  };
}

/** Short, safe ids for diagram languages (n1, n2 …) in plan order. */
export function diagramIds(nodes: readonly PlanNode[]): Map<string, string> {
  return new Map(nodes.map((n, i) => [n.id, `n${i + 1}`]));
}

/** The title with its plan number, e.g. "3.2 Healthy weight". */
export function labelOf(node: PlanNode): string {
  const number = node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
  return number !== undefined ? `${number} ${node.title}` : node.title;
}
