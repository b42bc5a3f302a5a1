import type { Finding, Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** Progress is a change from a starting point; with no baseline there is nothing to compare. */
export const indicatorWithoutBaseline: Rule = {
  code: 'indicator-without-baseline',
  defaultSeverity: 'info',
  description: 'Every indicator has a baseline (the figure at the start of the plan).',
  hint: 'Enter the latest published figure and its date as the baseline.',
  check({ nodesOfKind }) {
    const findings: Finding[] = [];
    for (const indicator of nodesOfKind('indicator')) {
      if (indicator.kind !== 'indicator') continue;
      if (indicator.baseline === undefined || !Number.isFinite(indicator.baseline.value)) {
        findings.push({ message: `${sentence(describeNode(indicator))} has no baseline.`, nodeIds: [indicator.id] });
      }
    }
    return findings;
  },
};
