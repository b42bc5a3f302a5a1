import { getSavedPosition } from '@changemap/core';
import type { Edge, Node } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { EdgeKind, EvidenceStrength, NodeKind, Plan, PlanNode, Severity, ValidationIssue } from '@changemap/core';
import { NEGATIVE_LABEL } from '../components/kinds.js';
import { fallbackLayout } from './fallback-layout.js';
import { getViewMembers } from './view-members.js';

/** What a node component needs; built here so the component itself only draws. */
export interface PlanNodeData extends Record<string, unknown> {
  node: PlanNode;
  /** The worst severity among the node's issues, and how many there are. */
  problem?: { severity: Severity; count: number };
}

export type FlowNode = Node<PlanNodeData, NodeKind>;
export type FlowEdge = Edge<{ kind: EdgeKind }>;

const EDGE_STYLE: Record<EdgeKind, { dash?: string; label?: string; animated?: boolean }> = {
  contributesTo: {},
  measures: { dash: '6 4', label: 'measures' },
  guides: { dash: '2 4', label: 'guides' },
  investigates: { dash: '6 4', label: 'investigates' },
  underlies: { dash: '2 4', label: 'underlies' },
  supports: { dash: '8 3 2 3', label: 'evidence' },
  deliveredBy: { dash: '2 4', label: 'delivered by' },
};

/** A causal link whose cause lowers its effect: labelled and dashed, so it never reads as a plain contribution. */
const NEGATIVE_STYLE = { dash: '10 4', label: NEGATIVE_LABEL };

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The one adapter from the core model to React Flow. The plan stays the only source of truth:
 * nodes, edges and positions for the open view are derived here on every change, and React Flow's
 * changes come back as core commands (see the canvas). Node objects are reused when nothing they
 * show has changed, so memoised node components skip re-rendering.
 */
export function toFlow(
  plan: Plan,
  viewId: string,
  issues: ValidationIssue[],
  selectedNodeId: string | undefined,
  previous?: Map<string, FlowNode>,
  selectedEdgeId?: string,
  showEvidence = false,
  previousEdges?: Map<string, FlowEdge>,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const evidence = showEvidence ? evidenceStrengths(plan) : undefined;
  const members = getViewMembers(plan, viewId);
  const saved = (id: string) => getSavedPosition(plan, viewId, id);
  const missing = [...members.nodeIds].some((id) => !saved(id));
  const fallback = missing ? fallbackLayout(plan, members) : new Map();
  const problems = problemsByNode(issues);

  const nodes: FlowNode[] = [];
  for (const id of members.nodeIds) {
    const node = plan.nodes.get(id)!;
    const position = saved(id) ?? fallback.get(id) ?? { x: 0, y: 0 };
    const problem = problems.get(id);
    const selected = id === selectedNodeId;
    const before = previous?.get(id);
    if (
      before &&
      before.data.node === node &&
      before.position.x === position.x &&
      before.position.y === position.y &&
      before.selected === selected &&
      before.data.problem?.severity === problem?.severity &&
      before.data.problem?.count === problem?.count
    ) {
      nodes.push(before);
      continue;
    }
    nodes.push({
      id,
      type: node.kind,
      position,
      selected,
      data: { node, ...(problem && { problem }) },
      ariaLabel: `${node.kind}: ${node.title}`,
    });
  }

  const edges: FlowEdge[] = [];
  for (const id of members.edgeIds) {
    const edge = plan.edges.get(id)!;
    // A link pointing at a causal link is drawn to that link's target node.
    const target = plan.edges.get(edge.target)?.target ?? edge.target;
    if (!members.nodeIds.has(edge.source) || !members.nodeIds.has(target)) continue;
    const style = edge.sign === 'negative' ? NEGATIVE_STYLE : EDGE_STYLE[edge.kind];
    const strength = edge.kind === 'contributesTo' ? (evidence?.get(edge.id) ?? evidence?.get(edge.target)) : undefined;
    const width = strength ? EVIDENCE_WIDTH[strength] : edge.kind === 'contributesTo' ? 2 : 1.5;
    const selected = id === selectedEdgeId;
    // Reuse the previous object when nothing drawn has changed, so React Flow skips the edge.
    const before = previousEdges?.get(id);
    if (
      before &&
      before.source === edge.source &&
      before.target === target &&
      before.selected === selected &&
      before.style?.strokeWidth === width &&
      before.data?.kind === edge.kind &&
      before.ariaLabel === edgeLabel(plan, edge.source, style.label, target)
    ) {
      edges.push(before);
      continue;
    }
    edges.push({
      id,
      source: edge.source,
      target,
      type: 'default',
      className: `edge edge-${edge.kind}${strength ? ` evidence-${strength}` : ''}${edge.sign === 'negative' ? ' edge-negative' : ''}`,
      data: { kind: edge.kind },
      selected,
      ...(style.label && { label: style.label }),
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      style: { strokeWidth: width, ...(style.dash && { strokeDasharray: style.dash }) },
      ariaLabel: edgeLabel(plan, edge.source, style.label, target),
    });
  }
  return { nodes, edges };
}

function edgeLabel(plan: Plan, source: string, label: string | undefined, target: string): string {
  return `${plan.nodes.get(source)?.title ?? source} ${label ?? 'contributes to'} ${plan.nodes.get(target)?.title ?? target}`;
}

const EVIDENCE_WIDTH: Record<EvidenceStrength, number> = { weak: 3.5, moderate: 6, strong: 9 };
const STRENGTH_RANK: Record<EvidenceStrength, number> = { weak: 1, moderate: 2, strong: 3 };

/** The strongest evidence backing each node or causal link (from the link's or the evidence's strength). */
function evidenceStrengths(plan: Plan): Map<string, EvidenceStrength> {
  const map = new Map<string, EvidenceStrength>();
  for (const edge of plan.edges.toArray()) {
    const source = plan.nodes.get(edge.source);
    if (edge.kind !== 'supports' || source?.kind !== 'evidence' || edge.stance === 'challenges') continue;
    const strength = edge.strength ?? source.strength ?? 'weak';
    const current = map.get(edge.target);
    if (!current || STRENGTH_RANK[strength] > STRENGTH_RANK[current]) map.set(edge.target, strength);
  }
  return map;
}

function problemsByNode(issues: ValidationIssue[]): Map<string, { severity: Severity; count: number }> {
  const map = new Map<string, { severity: Severity; count: number }>();
  for (const issue of issues) {
    const id = issue.nodeIds[0];
    if (id === undefined) continue;
    const current = map.get(id);
    if (!current) map.set(id, { severity: issue.severity, count: 1 });
    else
      map.set(id, { severity: SEVERITY_RANK[issue.severity] < SEVERITY_RANK[current.severity] ? issue.severity : current.severity, count: current.count + 1 });
  }
  return map;
}
