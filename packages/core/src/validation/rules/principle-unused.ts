import type { NodeRule } from '../types.js';
import { hasLinkOut } from '../../queries/structure.js';
import { describeNode, sentence } from '../describe.js';

/** A principle that guides nothing is a slogan, not a way of working. */
export const principleUnused: NodeRule = {
  code: 'principle-unused',
  scope: 'node',
  kind: 'principle',
  defaultSeverity: 'warning',
  description: 'Every principle guides at least one aim, call to action, priority or action.',
  hint: 'Link the principle with “guides” to the work it shapes.',
  checkNode(principle, { structure }, v) {
    if (hasLinkOut(structure, v, 'guides')) return [];
    return [{ message: `${sentence(describeNode(principle))} does not guide any part of the plan.`, nodeIds: [principle.id] }];
  },
};
