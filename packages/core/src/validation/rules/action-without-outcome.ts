import type { Finding, Rule } from '../types.js';
import { linksOut } from '../links.js';
import { describeNode, sentence } from '../describe.js';

/** An action that contributes to nothing has no stated reason to be done. */
export const actionWithoutOutcome: Rule = {
  code: 'action-without-outcome',
  defaultSeverity: 'warning',
  description: 'Every action contributes to an outcome or priority.',
  hint: 'Draw a link from the action to the outcome or priority it helps achieve.',
  check(context) {
    const { nodesOfKind } = context;
    const findings: Finding[] = [];
    for (const action of nodesOfKind('action')) {
      const leads = linksOut(context, action.id, 'contributesTo');
      if (!leads) {
        findings.push({ message: `${sentence(describeNode(action))} does not contribute to any outcome or priority.`, nodeIds: [action.id] });
      }
    }
    return findings;
  },
};
