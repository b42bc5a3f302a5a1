import type { Finding, Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** An outcome nobody measures cannot be shown to have happened (testable, in Davies' terms). */
export const outcomeWithoutIndicator: Rule = {
  code: 'outcome-without-indicator',
  defaultSeverity: 'warning',
  description: 'Every outcome is measured by at least one indicator.',
  hint: 'Add an indicator and link it to the outcome with a “measures” link.',
  check({ index, nodesOfKind, nodeById }) {
    const findings: Finding[] = [];
    for (const outcome of nodesOfKind('outcome')) {
      const measured = (index.incoming.get(outcome.id) ?? []).some((e) => e.kind === 'measures' && nodeById.get(e.source));
      if (!measured) findings.push({ message: `${sentence(describeNode(outcome))} has no indicator, so progress on it cannot be shown.`, nodeIds: [outcome.id] });
    }
    return findings;
  },
};
