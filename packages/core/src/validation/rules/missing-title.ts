import type { Finding, Rule } from '../types.js';
import { NODE_KIND_LABELS, isNodeKind } from '../../model/node-kinds.js';

/** A box with no words on it cannot be understood (Davies: understandable). */
export const missingTitle: Rule = {
  code: 'missing-title',
  defaultSeverity: 'warning',
  description: 'Every box has a title.',
  hint: 'Type a short title saying what the box stands for.',
  check({ nodes }) {
    const findings: Finding[] = [];
    for (const node of nodes) {
      if (typeof node.title === 'string' && node.title.trim() !== '') continue;
      const kind = isNodeKind(node.kind) ? NODE_KIND_LABELS[node.kind] : 'box';
      findings.push({ message: `A ${kind} (id “${node.id}”) has no title.`, nodeIds: [node.id], path: `/nodes/${node.id}/title` });
    }
    return findings;
  },
};
