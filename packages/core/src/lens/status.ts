import { match } from 'ts-pattern';
import type { IndicatorNode, PlanNode } from '../model/nodes.js';

/** What a box's status can be: an action's or a research question's own status, or an indicator's progress. */
export type NodeStatus = string;

/** Labels for statuses, for filters and chips. */
export const NODE_STATUS_LABELS: Readonly<Record<string, string>> = Object.freeze({
  planned: 'Planned',
  inProgress: 'In progress',
  done: 'Done',
  paused: 'Paused',
  proposed: 'Proposed',
  prioritised: 'Prioritised',
  answered: 'Answered',
  targetMet: 'Target met',
  improving: 'Improving',
  worsening: 'Getting worse',
  noChange: 'No change',
});

/**
 * A box's status when it has one: an action's or research question's `status`; an indicator's
 * progress once it has a measurement (target met, improving, getting worse or no change, judged
 * by its direction against the baseline or first measurement). Undefined for every other box
 * and for an indicator with no data, so filters list only statuses the plan really holds.
 */
export function getNodeStatus(node: PlanNode): NodeStatus | undefined {
  return match(node)
    .with({ kind: 'action' }, (n) => n.status)
    .with({ kind: 'researchQuestion' }, (n) => n.status)
    .with({ kind: 'indicator' }, (n) => indicatorProgress(n))
    .otherwise(() => undefined);
}

function indicatorProgress(indicator: IndicatorNode): NodeStatus | undefined {
  const measured = (indicator.measurements ?? []).filter((m) => Number.isFinite(m.value));
  const latest = measured.at(-1);
  if (!latest) return undefined;
  const sign = indicator.direction === 'decrease' ? -1 : 1;
  const target = indicator.target?.value;
  if (indicator.direction !== 'maintain' && target !== undefined && Number.isFinite(target) && sign * (latest.value - target) >= 0) return 'targetMet';
  const start = indicator.baseline?.value ?? (measured.length > 1 ? measured[0]!.value : undefined);
  if (start === undefined || !Number.isFinite(start)) return undefined;
  const change = latest.value - start;
  if (change === 0) return 'noChange';
  if (indicator.direction === 'maintain') return 'worsening';
  return sign * change > 0 ? 'improving' : 'worsening';
}
