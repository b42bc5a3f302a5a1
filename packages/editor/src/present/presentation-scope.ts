import { getAncestors, getLevelIndex, getPathwaysThrough, WHOLE_PLAN_VIEW } from '@changemap/core';
import type { PathwaysThrough, Plan } from '@changemap/core';
import { MarkerType } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../adapter/to-flow.js';
import { toFlow } from '../adapter/to-flow.js';
import { getViewMembers } from '../adapter/view-members.js';

/** What a presentation shows: the boxes, the diagram to draw them on, and the pathway when presenting one. */
export interface PresentationScope {
  nodeIds: Set<string>;
  flow: { nodes: FlowNode[]; edges: FlowEdge[] };
  pathway: PathwaysThrough | undefined;
}

const COLUMN_GAP = 320;
const ROW_GAP = 150;

/**
 * The boxes a presentation goes through, and where they are drawn. A call to action's view ends at
 * the call to action, but its story goes on to the aims and the vision: those are added in columns
 * after the view's rightmost box, one column per level, so the last steps reach the vision. For
 * one pathway, only the pathway's boxes (the view's and those beyond it).
 */
export function getPresentationScope(plan: Plan, viewId: string, pathwayOf?: string): PresentationScope {
  const members = getViewMembers(plan, viewId).nodeIds;
  const pathway = pathwayOf ? getPathwaysThrough(plan, pathwayOf) : undefined;
  const beyond = viewId === WHOLE_PLAN_VIEW ? [] : getAncestors(plan, viewId).map((n) => n.id);
  const wanted = pathway ? [...pathway.nodeIds] : [...members, ...beyond];
  const nodeIds = new Set(wanted.filter((id) => members.has(id) || beyond.includes(id)));
  const base = toFlow(plan, viewId, [], undefined);
  const extras = [...nodeIds].filter((id) => !members.has(id));
  return { nodeIds, flow: extras.length === 0 ? base : withExtras(plan, base, viewId, extras, nodeIds), pathway };
}

function withExtras(plan: Plan, base: { nodes: FlowNode[]; edges: FlowEdge[] }, viewId: string, extras: string[], nodeIds: Set<string>): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const right = Math.max(...base.nodes.map((n) => n.position.x));
  const anchor = base.nodes.find((n) => n.id === viewId)?.position.y ?? average(base.nodes.map((n) => n.position.y));
  // One column per level, in level order.
  const byLevel = new Map<number, string[]>();
  for (const id of extras) {
    const level = getLevelIndex(plan, plan.nodes.get(id)!) ?? Number.MAX_SAFE_INTEGER;
    byLevel.set(level, [...(byLevel.get(level) ?? []), id]);
  }
  const nodes = [...base.nodes];
  [...byLevel.keys()].sort((a, b) => a - b).forEach((level, column) => {
    const ids = byLevel.get(level)!;
    ids.forEach((id, row) => {
      const node = plan.nodes.get(id)!;
      nodes.push({ id, type: node.kind, position: { x: right + COLUMN_GAP * (column + 1), y: anchor + (row - (ids.length - 1) / 2) * ROW_GAP }, data: { node } });
    });
  });
  const drawn = new Set(base.edges.map((e) => e.id));
  const extraSet = new Set(extras);
  const edges = [...base.edges];
  for (const edge of plan.edges.toArray()) {
    if (drawn.has(edge.id) || edge.kind !== 'contributesTo' || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    if (!extraSet.has(edge.source) && !extraSet.has(edge.target)) continue;
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
  return { nodes, edges };
}

function average(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
