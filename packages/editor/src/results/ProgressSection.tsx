import type { PlanNode } from '@changemap/core';
import { DeliveryPanel } from './DeliveryPanel.js';
import { IndicatorProgress } from './IndicatorProgress.js';

/** The inspector's progress part: an indicator's status and chart, an action's delivery record; nothing for other kinds. */
export function ProgressSection({ node }: { node: PlanNode }) {
  if (node.kind === 'indicator') return <IndicatorProgress key={node.id} indicator={node} />;
  if (node.kind === 'action') return <DeliveryPanel key={node.id} action={node} />;
  return null;
}
