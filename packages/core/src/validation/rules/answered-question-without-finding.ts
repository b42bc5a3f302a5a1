import type { Finding, Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** An answered question should say what was found, or the answer is lost. */
export const answeredQuestionWithoutFinding: Rule = {
  code: 'answered-question-without-finding',
  defaultSeverity: 'warning',
  description: 'Every answered research question records its finding.',
  hint: 'Write the finding in the question’s “Finding” field, or set its status back to “in progress”.',
  check({ nodesOfKind }) {
    const findings: Finding[] = [];
    for (const node of nodesOfKind('researchQuestion')) {
      if (node.kind !== 'researchQuestion' || node.status !== 'answered' || node.finding?.trim()) continue;
      findings.push({ message: `${sentence(describeNode(node))} is marked answered but has no finding.`, nodeIds: [node.id], path: `/nodes/${node.id}/finding` });
    }
    return findings;
  },
};
