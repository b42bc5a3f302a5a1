import { hasEvidence, hasQuestion } from '../../research/evidence.js';
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
  checkNode(node, { plan, index }) {
    if (node.kind !== 'assumption' || !node.critical || node.uncertainty === 'low') return [];
    if (hasEvidence(index, plan, node.id) || hasQuestion(index, plan, node.id)) return [];
    return [{ message: `${sentence(describeNode(node))} is critical and uncertain, but no evidence or research question tests it.`, nodeIds: [node.id] }];
  },
};
