import type { Finding, PlanRule } from '../types.js';
import { describeNode } from '../describe.js';
import { findCausalCycles } from '../../queries/cycles.js';

/** "A leads to B leads to A" is circular reasoning, not a theory of change. */
export const causalCycle: PlanRule = {
  code: 'causal-cycle',
  scope: 'plan',
  defaultSeverity: 'error',
  description: 'Causal links never loop back on themselves.',
  hint: 'Remove the link that points back down the chain: causes should lead up towards the vision.',
  linkKinds: ['contributesTo'],
  check({ plan, nodeById }) {
    const findings: Finding[] = [];
    for (const cycle of findCausalCycles(plan)) {
      const names = cycle.nodeIds.slice(0, 4).map((id) => describeNode(nodeById.get(id), id));
      const more = cycle.nodeIds.length > 4 ? ` and ${cycle.nodeIds.length - 4} more` : '';
      findings.push({
        // A link from a box to itself is a circle of one: said as such.
        message:
          cycle.nodeIds.length === 1
            ? `${capitalised(names[0]!)} is linked as a cause of itself.`
            : `These boxes lead to each other in a circle: ${names.join(', ')}${more}.`,
        nodeIds: cycle.nodeIds,
        edgeIds: cycle.edgeIds,
      });
    }
    return findings;
  },
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
