import type { Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** An id must name one thing: a node and a link sharing it, or a record filed under another id, is ambiguous. */
export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'Every node and link has its own id.',
  hint: 'Give one of them a new id (importing the file again re-keys duplicates for you).',
  check({ plan }) {
    const findings = [];
    for (const key in plan.nodes) {
      const node = plan.nodes[key]!;
      if (node.id !== key) {
        findings.push({ message: `${sentence(describeNode(node))} is stored under the id “${key}”.`, nodeIds: [key] });
      }
      if (Object.hasOwn(plan.edges, key)) {
        findings.push({
          message: `The id “${key}” is used by both ${describeNode(node)} and a link.`,
          nodeIds: [key],
          edgeIds: [key],
        });
      }
    }
    for (const key in plan.edges) {
      if (plan.edges[key]!.id !== key) {
        findings.push({ message: `A link is stored under the id “${key}” but calls itself “${plan.edges[key]!.id}”.`, edgeIds: [key] });
      }
    }
    return findings;
  },
};
