import type { Finding, Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** Without a target or a direction, nobody can say whether a change in the figure is good news. */
export const indicatorWithoutTarget: Rule = {
  code: 'indicator-without-target',
  defaultSeverity: 'info',
  description: 'Every indicator says what success looks like: a target, or at least which way is better.',
  hint: 'Set a target value or description, or the direction that counts as improvement.',
  check({ nodesOfKind }) {
    const findings: Finding[] = [];
    for (const indicator of nodesOfKind('indicator')) {
      if (indicator.kind !== 'indicator') continue;
      const target = indicator.target;
      const hasTarget = target !== undefined && (target.value !== undefined || Boolean(target.description?.trim()));
      if (!hasTarget && indicator.direction === undefined) {
        findings.push({ message: `${sentence(describeNode(indicator))} has no target and no direction of improvement.`, nodeIds: [indicator.id] });
      }
    }
    return findings;
  },
};
