import { getTheoryOfChange } from '@changemap/core';
import type { NodeKind, Plan, PlanNode } from '@changemap/core';

export interface CallToActionCounts {
  id: string;
  number?: number;
  title: string;
  priorities: number;
  actions: number;
  residentActions: number;
  outcomes: number;
  indicators: number;
}

/** Actions the plan asks residents (or children and young people) to take, rather than partners. */
function isByResidents(node: PlanNode): boolean {
  return node.kind === 'action' && (node.actor === 'residents' || node.actor === 'children and young people');
}

/** Counts per call to action (the top-level units of the plan, whatever its own name for them). */
export function countPerCallToAction(plan: Plan): CallToActionCounts[] {
  return plan.nodes
    .toArray()
    .filter((n) => n.kind === 'callToAction')
    .map((cta) => {
      const ids = getTheoryOfChange(plan, cta.id).nodeIds;
      const of = (kind: NodeKind) => [...ids].map((id) => plan.nodes.get(id)!).filter((n) => n.kind === kind);
      const actions = of('action');
      return {
        id: cta.id,
        ...(cta.kind === 'callToAction' && cta.number !== undefined && { number: cta.number }),
        title: cta.title,
        priorities: of('priority').length,
        actions: actions.filter((a) => !isByResidents(a)).length,
        residentActions: actions.filter(isByResidents).length,
        outcomes: of('outcome').length,
        indicators: of('indicator').length,
      };
    });
}

/** A plain-text table of the counts, and of each kind across the plan. */
export function summarise(plan: Plan): string {
  const rows = countPerCallToAction(plan);
  const lines = ['  #  priorities  actions  by residents  outcomes  indicators  title'];
  for (const r of rows) {
    lines.push(
      `  ${String(r.number ?? '-').padEnd(3)}${String(r.priorities).padStart(10)}${String(r.actions).padStart(9)}${String(r.residentActions).padStart(14)}${String(r.outcomes).padStart(10)}${String(r.indicators).padStart(12)}  ${r.title.slice(0, 60)}`,
    );
  }
  const byKind = new Map<string, number>();
  for (const node of plan.nodes.toArray()) byKind.set(node.kind, (byKind.get(node.kind) ?? 0) + 1);
  lines.push(`  Whole plan: ${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}; ${plan.edges.size} links.`);
  return lines.join('\n');
}
