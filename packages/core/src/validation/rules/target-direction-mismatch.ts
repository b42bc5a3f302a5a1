import type { NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** A target that moves the wrong way from the baseline is almost always a typing slip. */
export const targetDirectionMismatch: NodeRule = {
  code: 'target-direction-mismatch',
  scope: 'node',
  kind: 'indicator',
  defaultSeverity: 'warning',
  description: 'An indicator’s target lies on the better side of its baseline.',
  hint: 'Check the target, the baseline and the direction: one of them is probably the wrong way round.',
  checkNode(indicator) {
    if (indicator.kind !== 'indicator') return [];
    const base = indicator.baseline?.value;
    const goal = indicator.target?.value;
    if (base === undefined || goal === undefined || indicator.direction === undefined) return [];
    const wrong =
      (indicator.direction === 'increase' && goal < base) ||
      (indicator.direction === 'decrease' && goal > base) ||
      (indicator.direction === 'maintain' && goal !== base);
    if (!wrong) return [];
    return [
      {
        message: `${sentence(describeNode(indicator))} should ${indicator.direction === 'maintain' ? 'hold steady' : indicator.direction}, but its target (${goal}) is ${goal < base ? 'below' : 'above'} its baseline (${base}).`,
        nodeIds: [indicator.id],
      },
    ];
  },
};
