import type { Finding, Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** An indicator that measures nothing cannot tell anyone about progress. */
export const indicatorUnlinked: Rule = {
  code: 'indicator-unlinked',
  defaultSeverity: 'warning',
  description: 'Every indicator measures something in the plan.',
  hint: 'Link the indicator with “measures” to the outcome, priority or call to action it shows progress on.',
  check({ index, nodesOfKind, nodeById }) {
    const findings: Finding[] = [];
    for (const indicator of nodesOfKind('indicator')) {
      const used = (index.outgoing.get(indicator.id) ?? []).some((e) => e.kind === 'measures' && nodeById.get(e.target));
      if (!used) findings.push({ message: `${sentence(describeNode(indicator))} does not measure anything.`, nodeIds: [indicator.id] });
    }
    return findings;
  },
};
