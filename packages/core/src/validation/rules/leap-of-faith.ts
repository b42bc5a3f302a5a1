import { EDGE_KIND_CODE, NOT_A_NODE } from '../../queries/structure.js';
import type { Finding, PlanRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** An action wired straight to an aim or the vision skips the outcomes that explain how it helps. */
export const leapOfFaith: PlanRule = {
  code: 'leap-of-faith',
  scope: 'plan',
  defaultSeverity: 'warning',
  description: 'Actions reach aims and the vision through outcomes, not in one jump.',
  hint: 'Add the outcome the action changes between them, and link action → outcome → aim.',
  linkKinds: ['contributesTo'],
  check({ structure, nodeById, edgeById }) {
    const { linkLimit, source, target, kind, kindOf } = structure;
    const findings: Finding[] = [];
    for (let e = 0; e < linkLimit; e++) {
      const s = source[e]!;
      const t = target[e]!;
      if (s === NOT_A_NODE || t === NOT_A_NODE || kind[e] !== EDGE_KIND_CODE.contributesTo || kindOf[s] !== 'action') continue;
      if (kindOf[t] !== 'aim' && kindOf[t] !== 'vision') continue;
      const edge = edgeById.atOrder(e)!;
      const action = nodeById.get(edge.source)!;
      const goal = nodeById.get(edge.target)!;
      findings.push({
        message: `${sentence(describeNode(action))} leads straight to ${describeNode(goal)} with no outcome in between.`,
        nodeIds: [action.id, goal.id],
        edgeIds: [edge.id],
      });
    }
    return findings;
  },
};
