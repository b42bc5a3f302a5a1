import type { NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** Evidence that cannot be traced to a source cannot be weighed. */
export const evidenceWithoutCitation: NodeRule = {
  code: 'evidence-without-citation',
  scope: 'node',
  kind: 'evidence',
  defaultSeverity: 'warning',
  description: 'Every piece of evidence has a citation.',
  hint: 'Add a citation (author, title, year) so others can find and judge the evidence.',
  checkNode(node) {
    if (node.kind !== 'evidence' || node.citation?.trim()) return [];
    return [{ message: `${sentence(describeNode(node))} has no citation.`, nodeIds: [node.id], path: `/nodes/${node.id}/citation` }];
  },
};
