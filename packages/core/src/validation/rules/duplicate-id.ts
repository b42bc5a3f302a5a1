import type { Finding, Rule } from '../types.js';
import { describeNode } from '../describe.js';

/**
 * An id must name one thing. In memory nodes and links are keyed by id, so the clash left to find
 * is a node and a link sharing one; duplicates inside a file are re-keyed and reported under this
 * same code by the import pipeline.
 */
export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'Every node and link has its own id.',
  hint: 'Give one of them a new id (importing the file again re-keys duplicates for you).',
  check({ nodes, index }) {
    const findings: Finding[] = [];
    for (const node of nodes) {
      if (index.edgeById.has(node.id)) {
        findings.push({
          message: `The id “${node.id}” is used by both ${describeNode(node)} and a link.`,
          nodeIds: [node.id],
          edgeIds: [node.id],
        });
      }
    }
    return findings;
  },
};
