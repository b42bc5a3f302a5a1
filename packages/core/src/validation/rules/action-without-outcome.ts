import type { NodeRule } from '../types.js';
import { hasLinkOut } from '../../queries/structure.js';
import { describeNode, sentence } from '../describe.js';

/** An action that contributes to nothing has no stated reason to be done. */
export const actionWithoutOutcome: NodeRule = {
  code: 'action-without-outcome',
  scope: 'node',
  kind: 'action',
  defaultSeverity: 'warning',
  description: 'Every action contributes to an outcome or priority.',
  hint: 'Draw a link from the action to the outcome or priority it helps achieve.',
  checkNode(action, { structure }, v) {
    if (hasLinkOut(structure, v, 'contributesTo')) return [];
    return [{ message: `${sentence(describeNode(action))} does not contribute to any outcome or priority.`, nodeIds: [action.id] }];
  },
};
