import { getAncestors, getPathwaysThrough, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { PathwaysThrough, Plan } from '@changemap/core';
import { MarkerType } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../adapter/to-flow.js';
import { toFlow } from '../adapter/to-flow.js';
import { getViewMembers } from '../adapter/view-members.js';

/** What a presentation shows: its boxes and links (placed by layoutPresentation), and the pathway when presenting one. */
export interface PresentationScope {
  nodeIds: Set<string>;
  flow: { nodes: FlowNode[]; edges: FlowEdge[] };
  pathway: PathwaysThrough | undefined;
}

/**
 * The boxes a presentation goes through. A call to action's view ends at the call to action, but
 * its story goes on to the aims and the vision, so those are added. For one pathway, only the
 * pathway's boxes (the view's and those beyond it). Boxes and links are drawn as in the editor.
 */
export function getPresentationScope(plan: Plan, viewId: string, pathwayOf?: string): PresentationScope {
  const members = getViewMembers(plan, viewId).nodeIds;
  const pathway = pathwayOf ? getPathwaysThrough(plan, pathwayOf) : undefined;
  const beyond = new Set(viewId === WHOLE_PLAN_VIEW ? [] : getAncestors(plan, viewId).map((n) => n.id));
  const wanted = pathway ? [...pathway.nodeIds] : [...members, ...beyond];
  const nodeIds = new Set(wanted.filter((id) => members.has(id) || beyond.has(id)));

  const base = toFlow(plan, viewId, [], undefined);
  const nodes = base.nodes.filter((n) => nodeIds.has(n.id));
  const edges = base.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  const drawn = new Set(edges.map((e) => e.id));
  for (const id of nodeIds) {
    if (members.has(id)) continue;
    const node = plan.nodes.get(id)!;
    nodes.push({ id, type: node.kind, position: { x: 0, y: 0 }, data: { node } });
  }
  // The causal links on the way up from the view to the vision.
  for (const edge of plan.edges.toArray()) {
    if (drawn.has(edge.id) || edge.kind !== 'contributesTo' || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'default',
      className: 'edge edge-contributesTo',
      data: { kind: edge.kind },
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      style: { strokeWidth: 2 },
    });
  }
  return { nodeIds, flow: { nodes, edges }, pathway };
}
