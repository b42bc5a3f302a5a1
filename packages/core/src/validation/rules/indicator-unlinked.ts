import type { NodeRule } from '../types.js';
import { hasLinkOut } from '../../queries/structure.js';
import { describeNode, sentence } from '../describe.js';

/** An indicator that measures nothing cannot tell anyone about progress. */
export const indicatorUnlinked: NodeRule = {
  code: 'indicator-unlinked',
  scope: 'node',
  kind: 'indicator',
  defaultSeverity: 'warning',
  description: 'Every indicator measures something in the plan.',
  hint: 'Link the indicator with “measures” to the outcome, priority or call to action it shows progress on.',
  checkNode(indicator, { structure }, v) {
    if (hasLinkOut(structure, v, 'measures')) return [];
    return [{ message: `${sentence(describeNode(indicator))} does not measure anything.`, nodeIds: [indicator.id] }];
  },
};
