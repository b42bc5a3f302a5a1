import type { Finding, Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** Evidence that cannot be traced to a source cannot be weighed. */
export const evidenceWithoutCitation: Rule = {
  code: 'evidence-without-citation',
  defaultSeverity: 'warning',
  description: 'Every piece of evidence has a citation.',
  hint: 'Add a citation (author, title, year) so others can find and judge the evidence.',
  check({ nodesOfKind }) {
    const findings: Finding[] = [];
    for (const node of nodesOfKind('evidence')) {
      if (node.kind !== 'evidence' || node.citation?.trim()) continue;
      findings.push({ message: `${sentence(describeNode(node))} has no citation.`, nodeIds: [node.id], path: `/nodes/${node.id}/citation` });
    }
    return findings;
  },
};
