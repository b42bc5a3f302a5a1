import type { Finding, Rule } from '../types.js';
import { linksOut } from '../links.js';
import { describeNode, sentence } from '../describe.js';

/** An indicator that measures nothing cannot tell anyone about progress. */
export const indicatorUnlinked: Rule = {
  code: 'indicator-unlinked',
  defaultSeverity: 'warning',
  description: 'Every indicator measures something in the plan.',
  hint: 'Link the indicator with “measures” to the outcome, priority or call to action it shows progress on.',
  check(context) {
    const { nodesOfKind } = context;
    const findings: Finding[] = [];
    for (const indicator of nodesOfKind('indicator')) {
      const used = linksOut(context, indicator.id, 'measures');
      if (!used) findings.push({ message: `${sentence(describeNode(indicator))} does not measure anything.`, nodeIds: [indicator.id] });
    }
    return findings;
  },
};
