import type { NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** An answered question should say what was found, or the answer is lost. */
export const answeredQuestionWithoutFinding: NodeRule = {
  code: 'answered-question-without-finding',
  scope: 'node',
  kind: 'researchQuestion',
  defaultSeverity: 'warning',
  description: 'Every answered research question records its finding.',
  hint: 'Write the finding in the question’s “Finding” field, or set its status back to “in progress”.',
  checkNode(node) {
    if (node.kind !== 'researchQuestion' || node.status !== 'answered' || node.finding?.trim()) return [];
    return [{ message: `${sentence(describeNode(node))} is marked answered but has no finding.`, nodeIds: [node.id], path: `/nodes/${node.id}/finding` }];
  },
};
