import type { NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** Without a target or a direction, nobody can say whether a change in the figure is good news. */
export const indicatorWithoutTarget: NodeRule = {
  code: 'indicator-without-target',
  scope: 'node',
  kind: 'indicator',
  defaultSeverity: 'info',
  description: 'Every indicator says what success looks like: a target, or at least which way is better.',
  hint: 'Set a target value or description, or the direction that counts as improvement.',
  checkNode(indicator) {
    if (indicator.kind !== 'indicator') return [];
    const target = indicator.target;
    const hasTarget = target !== undefined && (target.value !== undefined || Boolean(target.description?.trim()));
    if (hasTarget || indicator.direction !== undefined) return [];
    return [{ message: `${sentence(describeNode(indicator))} has no target and no direction of improvement.`, nodeIds: [indicator.id] }];
  },
};
