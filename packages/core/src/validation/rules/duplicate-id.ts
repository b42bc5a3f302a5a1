import type { NodeRule } from '../types.js';
import { describeNode } from '../describe.js';

/**
 * An id must name one thing. In memory nodes and links are keyed by id, so the clash left to find
 * is a node and a link sharing one; duplicates inside a file are re-keyed and reported under this
 * same code by the import pipeline.
 */
export const duplicateId: NodeRule = {
  code: 'duplicate-id',
  scope: 'node',
  defaultSeverity: 'error',
  description: 'Every node and link has its own id.',
  hint: 'Give one of them a new id (importing the file again re-keys duplicates for you).',
  checkNode(node, { edgeById }) {
    if (!edgeById.has(node.id)) return [];
    return [{ message: `The id “${node.id}” is used by both ${describeNode(node)} and a link.`, nodeIds: [node.id], edgeIds: [node.id] }];
  },
};
