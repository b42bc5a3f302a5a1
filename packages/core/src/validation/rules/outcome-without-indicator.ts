import type { Finding, Rule } from '../types.js';
import { linksIn } from '../links.js';
import { describeNode, sentence } from '../describe.js';

/** An outcome nobody measures cannot be shown to have happened (testable, in Davies' terms). */
export const outcomeWithoutIndicator: Rule = {
  code: 'outcome-without-indicator',
  defaultSeverity: 'warning',
  description: 'Every outcome is measured by at least one indicator.',
  hint: 'Add an indicator and link it to the outcome with a “measures” link.',
  check(context) {
    const { nodesOfKind } = context;
    const findings: Finding[] = [];
    for (const outcome of nodesOfKind('outcome')) {
      const measured = linksIn(context, outcome.id, 'measures');
      if (!measured) findings.push({ message: `${sentence(describeNode(outcome))} has no indicator, so progress on it cannot be shown.`, nodeIds: [outcome.id] });
    }
    return findings;
  },
};
