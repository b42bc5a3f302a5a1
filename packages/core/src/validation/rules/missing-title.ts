import type { NodeRule } from '../types.js';
import { NODE_KIND_LABELS, isNodeKind } from '../../model/node-kinds.js';

/** A box with no words on it cannot be understood (Davies: understandable). */
export const missingTitle: NodeRule = {
  code: 'missing-title',
  scope: 'node',
  defaultSeverity: 'warning',
  description: 'Every box has a title.',
  hint: 'Type a short title saying what the box stands for.',
  checkNode(node) {
    if (typeof node.title === 'string' && node.title.trim() !== '') return [];
    const kind = isNodeKind(node.kind) ? NODE_KIND_LABELS[node.kind] : 'box';
    return [{ message: `A ${kind} (id “${node.id}”) has no title.`, nodeIds: [node.id], path: `/nodes/${node.id}/title` }];
  },
};
