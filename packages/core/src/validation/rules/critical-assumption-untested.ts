import { hasLinkIn } from '../../queries/structure.js';
import type { NodeRule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** A necessary, uncertain assumption that nobody is checking is where a theory of change breaks. */
export const criticalAssumptionUntested: NodeRule = {
  code: 'critical-assumption-untested',
  scope: 'node',
  kind: 'assumption',
  defaultSeverity: 'warning',
  description: 'Every critical, uncertain assumption has evidence or a research question testing it.',
  hint: 'Link evidence to the assumption, or add a research question that investigates it.',
  checkNode(node, { structure }, v) {
    if (node.kind !== 'assumption' || !node.critical || node.uncertainty === 'low') return [];
    // The same test as hasEvidence / hasQuestion, on the numbered structure.
    if (hasLinkIn(structure, v, 'supports', 'evidence') || hasLinkIn(structure, v, 'investigates', 'researchQuestion')) return [];
    return [{ message: `${sentence(describeNode(node))} is critical and uncertain, but no evidence or research question tests it.`, nodeIds: [node.id] }];
  },
};
