import type { Finding, Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** A box with no links plays no part in the theory of change. */
export const orphanNode: Rule = {
  code: 'orphan-node',
  defaultSeverity: 'warning',
  description: 'Every box is linked to at least one other.',
  hint: 'Link it to what it is part of, or delete it if it no longer belongs.',
  check({ nodes, index }) {
    const findings: Finding[] = [];
    if (nodes.length < 2) return findings; // a lone box (a new plan's vision) is a start, not an orphan
    for (const node of nodes) {
      if (index.outgoing.has(node.id) || index.incoming.has(node.id)) continue;
      findings.push({ message: `${sentence(describeNode(node))} is not linked to anything.`, nodeIds: [node.id] });
    }
    return findings;
  },
};
