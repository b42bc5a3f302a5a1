import type { NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** A box with no links plays no part in the theory of change. */
export const orphanNode: NodeRule = {
  code: 'orphan-node',
  scope: 'node',
  defaultSeverity: 'warning',
  description: 'Every box is linked to at least one other.',
  hint: 'Link it to what it is part of, or delete it if it no longer belongs.',
  checkNode(node, { nodeById, index }) {
    if (nodeById.size < 2) return []; // a lone box (a new plan's vision) is a start, not an orphan
    if (index.outgoing.has(node.id) || index.incoming.has(node.id)) return [];
    return [{ message: `${sentence(describeNode(node))} is not linked to anything.`, nodeIds: [node.id] }];
  },
};
