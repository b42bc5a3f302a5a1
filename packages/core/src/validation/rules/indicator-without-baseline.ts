import type { NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** Progress is a change from a starting point; with no baseline there is nothing to compare. */
export const indicatorWithoutBaseline: NodeRule = {
  code: 'indicator-without-baseline',
  scope: 'node',
  kind: 'indicator',
  defaultSeverity: 'info',
  description: 'Every indicator has a baseline (the figure at the start of the plan).',
  hint: 'Enter the latest published figure and its date as the baseline.',
  checkNode(indicator) {
    if (indicator.kind !== 'indicator') return [];
    if (indicator.baseline !== undefined && Number.isFinite(indicator.baseline.value)) return [];
    return [{ message: `${sentence(describeNode(indicator))} has no baseline.`, nodeIds: [indicator.id] }];
  },
};
