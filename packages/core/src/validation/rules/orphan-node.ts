import type { NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** A box with no links plays no part in the theory of change. */
export const orphanNode: NodeRule = {
  code: 'orphan-node',
  scope: 'node',
  defaultSeverity: 'warning',
  description: 'Every box is linked to at least one other.',
  hint: 'Link it to what it is part of, or delete it if it no longer belongs.',
  checkNode(node, { nodeById, structure }, v) {
    if (nodeById.size < 2) return []; // a lone box (a new plan's vision) is a start, not an orphan
    const { outStart, inStart } = structure;
    if (outStart[v + 1]! > outStart[v]! || inStart[v + 1]! > inStart[v]!) return [];
    return [{ message: `${sentence(describeNode(node))} is not linked to anything.`, nodeIds: [node.id] }];
  },
};
