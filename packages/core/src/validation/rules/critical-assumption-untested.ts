import { hasEvidence, hasQuestion } from '../../research/evidence.js';
import type { Finding, Rule } from '../types.js';
import { describeNode, sentence } from '../describe.js';

/** A necessary, uncertain assumption that nobody is checking is where a theory of change breaks. */
export const criticalAssumptionUntested: Rule = {
  code: 'critical-assumption-untested',
  defaultSeverity: 'warning',
  description: 'Every critical, uncertain assumption has evidence or a research question testing it.',
  hint: 'Link evidence to the assumption, or add a research question that investigates it.',
  check({ plan, index, nodesOfKind }) {
    const findings: Finding[] = [];
    for (const node of nodesOfKind('assumption')) {
      if (node.kind !== 'assumption' || !node.critical || node.uncertainty === 'low') continue;
      if (hasEvidence(index, plan, node.id) || hasQuestion(index, plan, node.id)) continue;
      findings.push({ message: `${sentence(describeNode(node))} is critical and uncertain, but no evidence or research question tests it.`, nodeIds: [node.id] });
    }
    return findings;
  },
};
