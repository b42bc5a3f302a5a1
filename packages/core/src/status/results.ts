import type { IndicatorNode } from '../kinds/indicator.js';
import type { PlanNode } from '../model/nodes.js';
import type { Plan } from '../model/plan.js';
import { getGraphIndex } from '../queries/graph-index.js';
import { getAncestors } from '../queries/walks.js';
import { callsToActionOf } from '../research/membership.js';
import { getIndicatorStatus, type IndicatorStatus } from './indicator-status.js';

/** One row of the results framework (logframe): an indicator, where it sits in the plan, and its status. */
export interface ResultsRow {
  indicator: IndicatorNode;
  /** The calls to action whose theory of change holds the indicator. */
  callsToAction: PlanNode[];
  /** The priorities it measures, or that what it measures contributes to (the nearest). */
  priorities: PlanNode[];
  /** What it measures directly, other than calls to action and priorities: usually outcomes. */
  outcomes: PlanNode[];
  status: IndicatorStatus;
}

/**
 * The results table of a plan: one row per indicator, in plan order, with its call to action,
 * priority, outcome and status (target, trend, latest comparisons). The Results view, the
 * results CSV and the board report all read it, so they agree.
 */
export function getResultsTable(plan: Plan): ResultsRow[] {
  const index = getGraphIndex(plan);
  const membership = callsToActionOf(plan);
  const rows: ResultsRow[] = [];
  for (const node of plan.nodes.values()) {
    if (node.kind !== 'indicator') continue;
    const measured = (index.outgoing.get(node.id) ?? [])
      .filter((e) => e.kind === 'measures')
      .map((e) => plan.nodes.get(e.target))
      .filter((n): n is PlanNode => n !== undefined);
    const priorities = new Map<string, PlanNode>();
    for (const target of measured) {
      const nearest = target.kind === 'priority' ? target : getAncestors(plan, target.id).find((n) => n.kind === 'priority');
      if (nearest) priorities.set(nearest.id, nearest);
    }
    rows.push({
      indicator: node,
      callsToAction: membership.get(node.id) ?? measured.filter((n) => n.kind === 'callToAction'),
      priorities: [...priorities.values()],
      outcomes: measured.filter((n) => n.kind !== 'callToAction' && n.kind !== 'priority'),
      status: getIndicatorStatus(node),
    });
  }
  return rows;
}
