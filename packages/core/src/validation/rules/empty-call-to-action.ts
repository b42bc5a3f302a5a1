import type { NodeRule } from '../types.js';
import { hasLinkIn } from '../../queries/structure.js';
import { describeNode, sentence } from '../describe.js';

/** A call to action with nothing contributing to it has no theory of change yet. */
export const emptyCallToAction: NodeRule = {
  code: 'empty-call-to-action',
  scope: 'node',
  kind: 'callToAction',
  defaultSeverity: 'warning',
  description: 'Every call to action has priorities, outcomes or actions contributing to it.',
  hint: 'Open the call to action and add the priorities or outcomes that lead to it.',
  checkNode(cta, { structure }, v) {
    if (hasLinkIn(structure, v, 'contributesTo')) return [];
    return [{ message: `${sentence(describeNode(cta))} has nothing contributing to it.`, nodeIds: [cta.id] }];
  },
};
