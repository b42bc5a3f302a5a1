import type { PlanNode } from '@changemap/core';
import { KIND_LOOK } from './kinds.js';

/** The line above a box's title, on the canvas and on slides: its kind's icon and name, and its number (calls to action and priorities). */
export function BoxKindLine({ node }: { node: PlanNode }) {
  const look = KIND_LOOK[node.kind];
  const number = node.kind === 'callToAction' || node.kind === 'priority' ? node.number : undefined;
  return (
    <div className="plan-node-kind">
      <span className="plan-node-icon" aria-hidden="true">
        {look.icon}
      </span>
      {look.label}
      {number !== undefined && <span className="plan-node-number">{number}</span>}
    </div>
  );
}

/** The line above a folded group's title: the group icon and what its boxes are. */
export function GroupKindLine({ heading }: { heading: string }) {
  return (
    <div className="plan-node-kind">
      <span className="plan-node-icon" aria-hidden="true">
        ▤
      </span>
      {heading}
    </div>
  );
}
