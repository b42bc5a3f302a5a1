import type { Finding, PlanRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** An action wired straight to an aim or the vision skips the outcomes that explain how it helps. */
export const leapOfFaith: PlanRule = {
  code: 'leap-of-faith',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'Actions reach aims and the vision through outcomes, not in one jump.',
  hint: 'Add the outcome the action changes between them, and link action → outcome → aim.',
  check({ nodesOfKind, index, nodeById }) {
    const findings: Finding[] = [];
    for (const action of nodesOfKind('action')) {
      for (const edge of index.outgoing.get(action.id) ?? []) {
        const target = nodeById.get(edge.target);
        if (edge.kind !== 'contributesTo' || (target?.kind !== 'aim' && target?.kind !== 'vision')) continue;
        findings.push({
          message: `${sentence(describeNode(action))} leads straight to ${describeNode(target)} with no outcome in between.`,
          nodeIds: [action.id, target.id],
          edgeIds: [edge.id],
        });
      }
    }
    return findings;
  },
};
