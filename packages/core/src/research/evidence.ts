import type { PlanEdge } from '../model/edges.js';
import type { PlanNode, UncertaintyLevel } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex, type GraphIndex } from '../queries/graph-index.js';
import { getTheoryOfChange } from '../queries/theory-of-change.js';

/** Something in the plan that neither evidence nor a research question addresses. */
export type EvidenceGap =
  | { kind: 'outcome'; node: PlanNode }
  | { kind: 'causalLink'; edge: PlanEdge; source: PlanNode; target: PlanNode }
  | { kind: 'criticalAssumption'; node: PlanNode };

/** True when evidence points at `id` (a node or a causal link). */
export function hasEvidence(index: GraphIndex, plan: Plan, id: string): boolean {
  return (index.incoming.get(id) ?? []).some((e) => e.kind === 'supports' && plan.nodes.get(e.source)?.kind === 'evidence');
}

/** True when a research question investigates `id`. */
export function hasQuestion(index: GraphIndex, plan: Plan, id: string): boolean {
  return (index.incoming.get(id) ?? []).some((e) => e.kind === 'investigates' && plan.nodes.get(e.source)?.kind === 'researchQuestion');
}

const HOW_LINK_SOURCES = new Set(['action', 'outcome']);

/**
 * Where the plan's logic rests on nothing: outcomes with no evidence and no research question;
 * causal links from actions and outcomes (the “how” of a theory of change) with no evidence on
 * the link and no question about either end; critical assumptions with no evidence and no question.
 */
export function getEvidenceGaps(plan: Plan): EvidenceGap[] {
  const index = getGraphIndex(plan);
  const covered = (id: string) => hasEvidence(index, plan, id) || hasQuestion(index, plan, id);
  const gaps: EvidenceGap[] = [];
  for (const node of plan.nodes.toArray()) {
    if (node.kind === 'outcome' && !covered(node.id)) gaps.push({ kind: 'outcome', node });
    if (node.kind === 'assumption' && node.critical && !covered(node.id)) gaps.push({ kind: 'criticalAssumption', node });
  }
  for (const edge of index.edges) {
    const source = plan.nodes.get(edge.source);
    const target = plan.nodes.get(edge.target);
    if (edge.kind !== 'contributesTo' || !source || !target || !HOW_LINK_SOURCES.has(source.kind)) continue;
    if (hasEvidence(index, plan, edge.id) || hasQuestion(index, plan, source.id) || hasQuestion(index, plan, target.id)) continue;
    gaps.push({ kind: 'causalLink', edge, source, target });
  }
  return gaps;
}

/** How much of a call to action's causal chain is backed by evidence. */
export interface EvidenceCoverage {
  callToActionId: string;
  /** Causal links in the theory of change. */
  links: number;
  /** Of those, links with evidence on the link itself or on the node it leads to. */
  backed: number;
  /** backed / links, 0 when there are no links. */
  share: number;
}

export function getEvidenceCoverage(plan: Plan, callToActionId: string): EvidenceCoverage {
  const index = getGraphIndex(plan);
  const toc = getTheoryOfChange(plan, callToActionId);
  let links = 0;
  let backed = 0;
  for (const id of toc.edgeIds) {
    const edge = plan.edges.get(id);
    if (edge?.kind !== 'contributesTo') continue;
    links++;
    if (hasEvidence(index, plan, edge.id) || hasEvidence(index, plan, edge.target)) backed++;
  }
  return { callToActionId, links, backed, share: links === 0 ? 0 : backed / links };
}

const UNCERTAINTY: Record<UncertaintyLevel, number> = { low: 1, medium: 2, high: 3 };

/** An assumption with its priority for testing: criticality × uncertainty. */
export interface RankedAssumption {
  node: PlanNode;
  score: number;
  tested: boolean;
}

/**
 * Assumptions in the order research should test them: critical ones count double, and
 * uncertainty counts 1 (low) to 3 (high; unknown counts as medium). Ties keep plan order.
 */
export function rankAssumptions(plan: Plan): RankedAssumption[] {
  const index = getGraphIndex(plan);
  return plan.nodes
    .toArray()
    .filter((n) => n.kind === 'assumption')
    .map((node) => {
      const uncertainty = node.kind === 'assumption' ? UNCERTAINTY[node.uncertainty ?? 'medium'] : 2;
      const critical = node.kind === 'assumption' && node.critical ? 2 : 1;
      return { node, score: critical * uncertainty, tested: hasEvidence(index, plan, node.id) || hasQuestion(index, plan, node.id) };
    })
    .sort((a, b) => b.score - a.score);
}
